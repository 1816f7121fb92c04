// The settings form's state and its conversion from and to the SyncPlan message. The server validates; the page only
// shapes the request.
import { create } from '@bufbuild/protobuf';
import { DurationSchema } from '@bufbuild/protobuf/wkt';
import type { FieldCatalog } from '../../gen/contactsync/v1/catalog_pb';
import {
  ConflictWinner, DeletionPolicy, DeletionSettingsSchema, FieldMappingSchema, MappingDirection, RunCapsSchema, SyncDirection,
  SyncPlanSchema, type FieldMapping, type SyncPlan,
} from '../../gen/contactsync/v1/plans_pb';

export interface MappingRow {
  key: number;
  crmField: string;
  googleField: string;
  direction: MappingDirection;
}

export interface PlanForm {
  id: string;
  version: bigint;
  name: string;
  crmUserId: string;
  /** "" = the CRM user's own account (the server fills it in). */
  googleAccount: string;
  googleAccountAssigned: boolean;
  googleGroup: string;
  crmViewId: string;
  direction: SyncDirection;
  conflictWinner: ConflictWinner;
  intervalMinutes: number;
  enabled: boolean;
  mappings: MappingRow[];
  deletionPolicy: DeletionPolicy;
  massDeleteThreshold: string;
  firstRunCap: string;
  laterRunsCap: string;
  enforceOneWay: boolean;
  refField: string;
  nearRealTime: boolean;
}

/** Frequencies offered (minutes; 0 = manual). The server accepts 5 minutes to 30 days. */
export const FREQUENCIES = [0, 15, 30, 60, 180, 360, 720, 1440];

let nextKey = 1;
export const rowKey = () => nextKey++;

export function mappingRows(mappings: FieldMapping[]): MappingRow[] {
  return mappings.map((m) => ({ key: rowKey(), crmField: m.crmField, googleField: m.googleField, direction: m.direction }));
}

export function newForm(catalog: FieldCatalog | null, crmUserId: string): PlanForm {
  return {
    id: '', version: 0n, name: '', crmUserId, googleAccount: '', googleAccountAssigned: false, googleGroup: '', crmViewId: '',
    direction: SyncDirection.BIDIRECTIONAL, conflictWinner: ConflictWinner.CRM, intervalMinutes: 60, enabled: true,
    mappings: mappingRows(catalog?.defaultMappings ?? []),
    deletionPolicy: DeletionPolicy.KEEP, massDeleteThreshold: '100', firstRunCap: '10000', laterRunsCap: '500',
    enforceOneWay: false, refField: '', nearRealTime: false,
  };
}

export function fromPlan(plan: SyncPlan): PlanForm {
  const seconds = Number(plan.interval?.seconds ?? 0n);
  return {
    id: plan.id, version: plan.version, name: plan.name, crmUserId: plan.crmUserId, googleAccount: plan.googleAccount,
    googleAccountAssigned: plan.googleAccountAssigned, googleGroup: plan.googleGroup, crmViewId: plan.crmViewId,
    direction: plan.direction, conflictWinner: plan.conflictWinner, intervalMinutes: Math.round(seconds / 60), enabled: plan.enabled,
    mappings: mappingRows(plan.fieldMappings),
    deletionPolicy: plan.deletion?.policy ?? DeletionPolicy.KEEP,
    massDeleteThreshold: String(plan.deletion?.massDeleteThreshold ?? 100),
    firstRunCap: String(plan.caps?.firstRun ?? 10000), laterRunsCap: String(plan.caps?.laterRuns ?? 500),
    enforceOneWay: plan.enforceOneWay, refField: plan.crmGoogleRefField, nearRealTime: plan.nearRealTime,
  };
}

// A number field the user left invalid is sent as -1 so the server's violation names it next to the field.
function int(text: string): number {
  const value = Number(text.trim());
  return text.trim() === '' || !Number.isInteger(value) ? -1 : value;
}

export function toPlan(form: PlanForm, enabled: boolean): SyncPlan {
  return create(SyncPlanSchema, {
    id: form.id, version: form.version, name: form.name, crmUserId: form.crmUserId.trim(),
    direction: form.direction,
    conflictWinner: form.direction === SyncDirection.BIDIRECTIONAL ? form.conflictWinner : ConflictWinner.UNSPECIFIED,
    interval: form.intervalMinutes > 0 ? create(DurationSchema, { seconds: BigInt(form.intervalMinutes * 60) }) : undefined,
    crmViewId: form.crmViewId, googleGroup: form.googleGroup, googleAccount: form.googleAccount.trim(),
    fieldMappings: form.mappings.map((m) => create(FieldMappingSchema, { crmField: m.crmField, googleField: m.googleField, direction: m.direction })),
    deletion: create(DeletionSettingsSchema, { policy: form.deletionPolicy, massDeleteThreshold: int(form.massDeleteThreshold) }),
    caps: create(RunCapsSchema, { firstRun: int(form.firstRunCap), laterRuns: int(form.laterRunsCap) }),
    enabled,
    enforceOneWay: form.direction !== SyncDirection.BIDIRECTIONAL && form.enforceOneWay,
    crmGoogleRefField: form.refField,
    nearRealTime: form.nearRealTime,
  });
}

/** The violation of a path, e.g. violation(v, 'name') for "plan.name". */
export function violation(violations: Record<string, string>, path: string): string | undefined {
  return violations[`plan.${path}`];
}
