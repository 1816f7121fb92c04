// "Advanced": deletion policy and breaker, caps, enforce one-way, the CRM cross-reference field.
import { Field, fieldAria } from '../../components/Field';
import type { CrmField } from '../../gen/contactsync/v1/catalog_pb';
import { DeletionPolicy, SyncDirection } from '../../gen/contactsync/v1/plans_pb';
import { useI18n } from '../../i18n';
import { violation, type PlanForm } from './planForm';

interface Props {
  form: PlanForm;
  crmFields: CrmField[];
  violations: Record<string, string>;
  onChange: (change: Partial<PlanForm>) => void;
}

export function AdvancedSection({ form, crmFields, violations, onChange }: Props) {
  const { t } = useI18n();
  const v = (path: string) => violation(violations, path);
  const hasError = ['deletion.policy', 'deletion.mass_delete_threshold', 'caps.first_run', 'caps.later_runs', 'enforce_one_way', 'crm_google_ref_field']
    .some((p) => v(p));
  const number = (id: string, label: string, value: string, path: string, key: keyof PlanForm) => (
    <Field id={id} label={label} error={v(path)}>
      <input {...fieldAria(id, v(path))} type="text" inputMode="numeric" value={value}
        onInput={(e) => onChange({ [key]: (e.currentTarget as HTMLInputElement).value } as Partial<PlanForm>)} />
    </Field>
  );
  return (
    <details class="card advanced" open={hasError || undefined}>
      <summary>{t('advanced')}</summary>
      <Field id="deletion-policy" label={t('deletionPolicy')} error={v('deletion.policy')}>
        <select {...fieldAria('deletion-policy', v('deletion.policy'))} value={String(form.deletionPolicy)}
          onChange={(e) => onChange({ deletionPolicy: Number((e.currentTarget as HTMLSelectElement).value) as DeletionPolicy })}>
          <option value={String(DeletionPolicy.KEEP)}>{t('deletionKeep')}</option>
          <option value={String(DeletionPolicy.PROPAGATE)}>{t('deletionPropagate')}</option>
          <option value={String(DeletionPolicy.QUARANTINE)}>{t('deletionQuarantine')}</option>
        </select>
      </Field>
      {number('mass-delete-threshold', t('massDeleteThreshold'), form.massDeleteThreshold, 'deletion.mass_delete_threshold', 'massDeleteThreshold')}
      {number('first-run-cap', t('firstRunCap'), form.firstRunCap, 'caps.first_run', 'firstRunCap')}
      {number('later-runs-cap', t('laterRunsCap'), form.laterRunsCap, 'caps.later_runs', 'laterRunsCap')}
      {form.direction !== SyncDirection.BIDIRECTIONAL && (
        <div class="field field--check">
          <input {...fieldAria('enforce-one-way', v('enforce_one_way'))} type="checkbox" checked={form.enforceOneWay}
            onChange={(e) => onChange({ enforceOneWay: (e.currentTarget as HTMLInputElement).checked })} />
          <label for="enforce-one-way">{t('enforceOneWay')}</label>
          {v('enforce_one_way') && <p class="field-error" id="enforce-one-way-error">{v('enforce_one_way')}</p>}
        </div>
      )}
      <Field id="ref-field" label={t('refField')} error={v('crm_google_ref_field')}>
        <select {...fieldAria('ref-field', v('crm_google_ref_field'))} value={form.refField}
          onChange={(e) => onChange({ refField: (e.currentTarget as HTMLSelectElement).value })}>
          <option value="">{t('none')}</option>
          {form.refField && !crmFields.some((f) => f.apiName === form.refField) && <option value={form.refField}>{form.refField}</option>}
          {crmFields.filter((f) => !f.readOnly).map((f) => <option value={f.apiName}>{f.label} ({f.apiName})</option>)}
        </select>
      </Field>
    </details>
  );
}
