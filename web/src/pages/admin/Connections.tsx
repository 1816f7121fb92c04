// Connections: what is stored (never a secret), Test, and the forms that set them. Secrets are write-only inputs.
import { useEffect, useState } from 'preact/hooks';
import { create } from '@bufbuild/protobuf';
import { toProblem } from '../../api/errors';
import { Problem } from '../../components/Field';
import { useApp } from '../../context';
import { ConnectionKind, GoogleConnectionSchema, ZohoConnectionSchema, type ConnectionInfo } from '../../gen/contactsync/v1/connections_pb';
import { toDate } from '../../format';
import { useI18n } from '../../i18n';
import { ConnectionForm, type FormField } from './ConnectionForm';

const zohoFields: FormField[] = [
  { name: 'data_center', label: 'dataCenter' }, { name: 'accounts_url', label: 'accountsUrl' }, { name: 'api_url', label: 'apiUrl' },
  { name: 'client_id', label: 'clientId' }, { name: 'client_secret', label: 'clientSecret', secret: true }, { name: 'refresh_token', label: 'refreshToken', secret: true },
];
const googleFields: FormField[] = [
  { name: 'service_account_json', label: 'serviceAccount', secret: true, multiline: true }, { name: 'impersonated_user', label: 'impersonatedUser' },
  { name: 'refresh_token', label: 'userRefreshToken', secret: true }, { name: 'client_id', label: 'clientId' },
  { name: 'client_secret', label: 'clientSecret', secret: true }, { name: 'token_url', label: 'tokenUrl' }, { name: 'api_url', label: 'apiUrl' },
];

export function Connections() {
  const { api } = useApp();
  const { t, formatTime } = useI18n();
  const [connections, setConnections] = useState<ConnectionInfo[]>([]);
  const [tests, setTests] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const load = () => api.getConnections({}).then((r) => setConnections(r.connections), (e) => setProblem(toProblem(e).message));
  useEffect(() => { void load(); }, []);

  const test = async (kind: ConnectionKind) => {
    setTests((s) => ({ ...s, [kind]: t('loading') }));
    try {
      const r = await api.testConnection({ kind });
      setTests((s) => ({ ...s, [kind]: r.ok ? t('testOk', { message: r.message, account: r.account, ms: String(r.latencyMs) }) : t('testFailed', { message: r.message }) }));
    } catch (e) {
      setTests((s) => ({ ...s, [kind]: t('testFailed', { message: toProblem(e).message }) }));
    }
  };

  const saveZoho = async (v: Record<string, string>) => {
    await api.setConnection({ connection: { case: 'zoho', value: create(ZohoConnectionSchema, {
      dataCenter: v.data_center, accountsUrl: v.accounts_url, apiUrl: v.api_url, clientId: v.client_id, clientSecret: v.client_secret, refreshToken: v.refresh_token,
    }) } });
    await load();
  };
  const saveGoogle = async (v: Record<string, string>) => {
    const credential = v.service_account_json
      ? { case: 'serviceAccountJson' as const, value: v.service_account_json }
      : v.refresh_token ? { case: 'refreshToken' as const, value: v.refresh_token } : { case: undefined };
    await api.setConnection({ connection: { case: 'google', value: create(GoogleConnectionSchema, {
      credential, impersonatedUser: v.impersonated_user, clientId: v.client_id, clientSecret: v.client_secret, tokenUrl: v.token_url, apiUrl: v.api_url,
    }) } });
    await load();
  };

  const describe = (kind: ConnectionKind) => {
    const c = connections.find((x) => x.kind === kind);
    if (!c?.configured) return <p data-testid={`connection-${kind}`}>{t('notConfigured')}</p>;
    return (
      <p data-testid={`connection-${kind}`}>
        <span class="badge badge--ok">{t('configured')}</span> {c.apiUrl} · {c.clientId || c.serviceAccountEmail} {c.impersonatedUser && `· ${c.impersonatedUser}`} · {t('updatedAt', { time: formatTime(toDate(c.updateTime)) })}
      </p>
    );
  };

  return (
    <section class="card" aria-labelledby="connections-title">
      <h2 id="connections-title">{t('connectionsTitle')}</h2>
      <p class="help">{t('secretWriteOnly')}</p>
      {[[ConnectionKind.ZOHO, 'connectionZoho', 'zoho', zohoFields, saveZoho] as const, [ConnectionKind.GOOGLE, 'connectionGoogle', 'google', googleFields, saveGoogle] as const]
        .map(([kind, title, prefix, fields, save]) => (
          <div class="connection">
            <h3>{t(title)}</h3>
            {describe(kind)}
            <button type="button" class="button" onClick={() => test(kind)}>{t('testConnection')}</button>
            {tests[kind] && <p role="status" data-testid={`test-${prefix}`}>{tests[kind]}</p>}
            <ConnectionForm prefix={prefix} fields={fields} onSave={save} />
          </div>
        ))}
      <Problem text={problem} />
    </section>
  );
}
