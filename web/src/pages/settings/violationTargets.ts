// Where each server violation path is shown: the id of the control the summary links to.
import type { MappingRow } from './planForm';

const simple: Record<string, string> = {
  'plan.name': 'plan-name',
  'plan.crm_user_id': 'crm-user',
  'plan.google_group': 'google-group',
  'plan.crm_view_id': 'crm-view',
  'plan.direction': 'direction-1',
  'plan.conflict_winner': 'conflict-1',
  'plan.interval': 'frequency',
  'plan.field_mappings': 'fieldmap-error',
  'plan.deletion.policy': 'deletion-policy',
  'plan.deletion.mass_delete_threshold': 'mass-delete-threshold',
  'plan.caps.first_run': 'first-run-cap',
  'plan.caps.later_runs': 'later-runs-cap',
  'plan.enforce_one_way': 'enforce-one-way',
  'plan.crm_google_ref_field': 'ref-field',
};

export function targetOf(path: string, rows: MappingRow[]): string | null {
  if (simple[path]) return simple[path];
  const m = /^plan\.field_mappings\[(\d+)\]\.(crm_field|google_field|direction)$/.exec(path);
  if (m && rows[Number(m[1])]) {
    const part = m[2] === 'crm_field' ? 'crm' : m[2] === 'google_field' ? 'google' : 'direction';
    return `map-${rows[Number(m[1])].key}-${part}`;
  }
  return null;
}
