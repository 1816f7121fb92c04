// ContactSync interop check from Node against any server whose Zoho and Google connections are stored: picks a CRM
// view and a Google group with the picker RPCs (ListCrmViews, ListGoogleGroups), then Configure, GetConfig, ListConfigs,
// DeleteConfig with an admin key, and InvalidArgument with google.rpc.BadRequest field violations for a bad plan.
// Uses only the repository's .proto files.
// Usage: CONTACTSYNC_API_KEY=csk_... [CONTACTSYNC_ADDRESS=127.0.0.1:5180] [CONTACTSYNC_CRM_USER=<Zoho user id>] node interop.js
// Without CONTACTSYNC_CRM_USER the plan acts for the CRM user of the stored Zoho connection (as TestConnection reports it).
'use strict';

const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const address = process.env.CONTACTSYNC_ADDRESS || '127.0.0.1:5180';
const apiKey = process.env.CONTACTSYNC_API_KEY;
if (!apiKey) {
  console.error('Set CONTACTSYNC_API_KEY to an admin key (csk_<id>_<secret>).');
  process.exit(2);
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const loaderOptions = { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true };
const definition = protoLoader.loadSync(
  ['contactsync/v1/contact_sync.proto', 'interop/decoder.proto'],
  { ...loaderOptions, includeDirs: [path.join(repoRoot, 'protos'), path.join(__dirname, '..', 'proto')] },
);
const proto = grpc.loadPackageDefinition(definition);
const decoder = definition['interop.Decoder'].Decode;

const client = new proto.contactsync.v1.ContactSync(address, grpc.credentials.createInsecure());
const metadata = () => {
  const m = new grpc.Metadata();
  m.set('authorization', `Bearer ${apiKey}`);
  return m;
};
const call = (method, request) => new Promise((resolve, reject) => {
  client[method](request, metadata(), { deadline: Date.now() + 10000 }, (error, response) => (error ? reject(error) : resolve(response)));
});

function badRequestOf(error) {
  const [bin] = error.metadata.get('grpc-status-details-bin');
  if (!bin) {
    return null;
  }
  const status = decoder.requestDeserialize(bin);
  const detail = status.details.find((d) => d.type_url === 'type.googleapis.com/google.rpc.BadRequest');
  return detail ? decoder.responseDeserialize(detail.value) : null;
}

function check(condition, message) {
  if (!condition) {
    throw new Error(`check failed: ${message}`);
  }
  console.log(`ok   ${message}`);
}

// The CRM user the plan acts for: CONTACTSYNC_CRM_USER, else the user of the stored Zoho connection.
async function crmUser() {
  if (process.env.CONTACTSYNC_CRM_USER) {
    return process.env.CONTACTSYNC_CRM_USER;
  }
  const tested = await call('TestConnection', { kind: 'CONNECTION_KIND_ZOHO' });
  const match = /CRM user (\d+)/.exec(tested.account || '');
  check(match !== null, `TestConnection names the connected CRM user (${JSON.stringify(tested)})`);
  return match[1];
}

// The scope, picked as a client would: the CRM view and the Google group the server lists.
async function pickScope(userId) {
  const views = (await call('ListCrmViews', { crm_user_id: userId })).views;
  check(views.length > 0, `ListCrmViews lists ${views.length} view(s): ${views.map((v) => v.name).join(', ')}`);
  const view = views.find((v) => v.is_default) || views[0];
  const groups = (await call('ListGoogleGroups', {})).groups;
  check(groups.length > 0, `ListGoogleGroups lists ${groups.length} group(s): ${groups.map((g) => g.name).join(', ')}`);
  return { view, group: groups[0] };
}

async function main() {
  const userId = await crmUser();
  const { view, group } = await pickScope(userId);
  console.log(`     scope: CRM view '${view.name}' (${view.id}), Google group '${group.name}' (${group.resource_name})`);
  const name = `node interop ${Date.now()}`;
  const plan = {
    name,
    crm_user_id: userId,
    direction: 'SYNC_DIRECTION_BIDIRECTIONAL',
    conflict_winner: 'CONFLICT_WINNER_CRM',
    interval: { seconds: '900', nanos: 0 },
    crm_view_id: view.id,
    google_group: group.resource_name,
    enabled: false,
  };

  const configured = await call('Configure', { plan });
  check(configured.created && configured.plan.id.startsWith('pln_'), `Configure created ${configured.plan.id} at version ${configured.plan.version}`);
  check(configured.plan.field_mappings.length > 0, `Configure filled the default field map (${configured.plan.field_mappings.length} mappings)`);

  const read = await call('GetConfig', { plan_id: configured.plan.id });
  check(read.plan.name === name, `GetConfig returned '${read.plan.name}'`);
  check(read.plan.crm_view_id === view.id && read.plan.google_group === group.resource_name, 'the plan keeps the picked view and group');

  const listed = await call('ListConfigs', { page_size: 500 });
  check(listed.plans.some((p) => p.id === configured.plan.id), `ListConfigs lists it among ${listed.plans.length} plan(s)`);

  try {
    await call('Configure', { plan: { name: '', google_group: 'groups/1', interval: { seconds: '60', nanos: 0 } } });
    check(false, 'Configure of a bad plan fails');
  } catch (error) {
    check(error.code === grpc.status.INVALID_ARGUMENT, `bad plan -> ${grpc.status[error.code]} (${error.details})`);
    const badRequest = badRequestOf(error);
    check(badRequest !== null, 'grpc-status-details-bin carries google.rpc.BadRequest');
    for (const v of badRequest.field_violations) {
      console.log(`     ${v.field}: ${v.description}`);
    }
    const fields = badRequest.field_violations.map((v) => v.field);
    for (const expected of ['plan.name', 'plan.crm_user_id', 'plan.direction', 'plan.interval', 'plan.google_group']) {
      check(fields.includes(expected), `violation reported for ${expected}`);
    }
  }

  const deleted = await call('DeleteConfig', { plan_id: configured.plan.id, version: configured.plan.version });
  check(deleted.plan.id === configured.plan.id, `DeleteConfig deleted ${deleted.plan.id}`);
  try {
    await call('GetConfig', { plan_id: configured.plan.id });
    check(false, 'GetConfig after delete fails');
  } catch (error) {
    check(error.code === grpc.status.NOT_FOUND, `GetConfig after delete -> ${grpc.status[error.code]}`);
  }

  try {
    const anonymous = new proto.contactsync.v1.ContactSync(address, grpc.credentials.createInsecure());
    await new Promise((resolve, reject) => anonymous.ListConfigs({}, (e, r) => (e ? reject(e) : resolve(r))));
    check(false, 'a call without a key fails');
  } catch (error) {
    check(error.code === grpc.status.UNAUTHENTICATED, `call without key -> ${grpc.status[error.code]}`);
  }

  console.log('interop: all checks passed');
}

main().then(() => process.exit(0), (error) => {
  console.error(`interop: FAILED: ${error.message}`);
  process.exit(1);
});
