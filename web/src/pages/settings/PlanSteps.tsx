// Steps 1–5 of the seed's page: plan name and CRM user, the Google group and CRM list view (by name), direction,
// conflict rule, frequency.
import type { ComponentChildren } from 'preact';
import { Field, fieldAria } from '../../components/Field';
import type { CrmUser, CrmView, GoogleGroup } from '../../gen/contactsync/v1/catalog_pb';
import { ConflictWinner, SyncDirection } from '../../gen/contactsync/v1/plans_pb';
import { useI18n, type Translate } from '../../i18n';
import { NearRealTimeChannel } from './NearRealTimeChannel';
import { FREQUENCIES, violation, type PlanForm } from './planForm';

interface Props {
  form: PlanForm;
  groups: GoogleGroup[];
  views: CrmView[];
  users: CrmUser[];
  ownEmail: string;
  violations: Record<string, string>;
  isAdmin: boolean;
  onChange: (change: Partial<PlanForm>) => void;
}

function frequencyText(t: Translate, minutes: number): string {
  if (minutes === 0) return t('frequencyManual');
  if (minutes < 60) return t('everyMinutes', { n: minutes });
  if (minutes === 60) return t('everyHour');
  if (minutes === 1440) return t('everyDay');
  return t('everyHours', { n: minutes / 60 });
}

function Step(props: { n: number; id: string; title: string; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <section class="card step" aria-labelledby={props.id}>
      <h2 id={props.id}><span class="step-no">{t('step', { n: props.n })}</span> {props.title}</h2>
      {props.children}
    </section>
  );
}

function Radios<T extends number>(props: { name: string; legend: string; value: T; options: [T, string][]; error?: string; onChange: (v: T) => void }) {
  const errorId = `${props.name}-error`;
  return (
    <fieldset class="radios" aria-describedby={props.error ? errorId : undefined} aria-invalid={props.error ? true : undefined}>
      <legend class="visually-hidden">{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <div class="radio">
          <input type="radio" id={`${props.name}-${value}`} name={props.name} value={String(value)} checked={props.value === value}
            onChange={() => props.onChange(value)} />
          <label for={`${props.name}-${value}`}>{label}</label>
        </div>
      ))}
      {props.error && <p class="field-error" id={errorId} data-field-error={props.name}>{props.error}</p>}
    </fieldset>
  );
}

export function PlanSteps({ form, groups, views, users, ownEmail, violations, isAdmin, onChange }: Props) {
  const { t } = useI18n();
  const v = (path: string) => violation(violations, path);
  const frequencies = FREQUENCIES.includes(form.intervalMinutes) ? FREQUENCIES : [...FREQUENCIES, form.intervalMinutes].sort((a, b) => a - b);
  const groupKnown = groups.some((g) => g.resourceName === form.googleGroup);
  const viewKnown = views.some((w) => w.id === form.crmViewId);
  return (
    <>
      <Step n={1} id="step-plan" title={t('planPicker')}>
        <Field id="plan-name" label={t('planName')} error={v('name')}>
          <input {...fieldAria('plan-name', v('name'))} type="text" value={form.name} maxLength={200}
            onInput={(e) => onChange({ name: (e.currentTarget as HTMLInputElement).value })} />
        </Field>
        <Field id="crm-user" label={t('crmUser')} error={v('crm_user_id')} help={t('crmUserHelp')}>
          <input {...fieldAria('crm-user', v('crm_user_id'), true)} type="text" inputMode="numeric" value={form.crmUserId}
            readOnly={!isAdmin} onInput={(e) => onChange({ crmUserId: (e.currentTarget as HTMLInputElement).value })} />
        </Field>
      </Step>
      <Step n={2} id="step-lists" title={t('stepLists')}>
        <Field id="google-account" label={t('googleAccount')} error={v('google_account')} help={t('googleAccountHelp', { email: ownEmail || '…' })}>
          <input {...fieldAria('google-account', v('google_account'), true)} type="email" list="google-accounts" value={form.googleAccount}
            placeholder={ownEmail || t('googleAccountOwn')} readOnly={!isAdmin}
            onChange={(e) => onChange({ googleAccount: (e.currentTarget as HTMLInputElement).value, googleGroup: '' })} />
          <datalist id="google-accounts">
            {users.filter((u) => u.email).map((u) => <option value={u.email}>{u.name}</option>)}
          </datalist>
          {form.googleAccountAssigned && <p class="help" data-testid="account-assigned">{t('googleAccountAssigned')}</p>}
        </Field>
        <Field id="google-group" label={t('googleGroup')} error={v('google_group')}>
          <select {...fieldAria('google-group', v('google_group'))} value={form.googleGroup}
            onChange={(e) => onChange({ googleGroup: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{t('choose')}</option>
            {form.googleGroup && !groupKnown && <option value={form.googleGroup}>{form.googleGroup}</option>}
            {groups.map((g) => <option value={g.resourceName}>{g.name} · {t('members', { n: g.memberCount })}</option>)}
          </select>
        </Field>
        <Field id="crm-view" label={t('crmView')} error={v('crm_view_id')}>
          <select {...fieldAria('crm-view', v('crm_view_id'))} value={form.crmViewId}
            onChange={(e) => onChange({ crmViewId: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{t('choose')}</option>
            {form.crmViewId && !viewKnown && <option value={form.crmViewId}>{form.crmViewId}</option>}
            {views.map((w) => <option value={w.id}>{w.name}{w.isDefault ? ` ${t('defaultView')}` : ''}</option>)}
          </select>
        </Field>
      </Step>
      <Step n={3} id="step-direction" title={t('stepDirection')}>
        <Radios name="direction" legend={t('stepDirection')} value={form.direction} error={v('direction')}
          options={[[SyncDirection.BIDIRECTIONAL, t('directionBoth')], [SyncDirection.CRM_TO_GOOGLE, t('directionCrmToGoogle')], [SyncDirection.GOOGLE_TO_CRM, t('directionGoogleToCrm')]]}
          onChange={(direction) => onChange({ direction })} />
      </Step>
      <Step n={4} id="step-conflict" title={t('stepConflict')}>
        {form.direction === SyncDirection.BIDIRECTIONAL ? (
          <Radios name="conflict" legend={t('stepConflict')} value={form.conflictWinner} error={v('conflict_winner')}
            options={[[ConflictWinner.CRM, t('conflictCrm')], [ConflictWinner.GOOGLE, t('conflictGoogle')]]}
            onChange={(conflictWinner) => onChange({ conflictWinner })} />
        ) : <p class="help">{t('conflictOneWay')}</p>}
      </Step>
      <Step n={5} id="step-frequency" title={t('stepFrequency')}>
        <Field id="frequency" label={t('frequency')} error={v('interval')}>
          <select {...fieldAria('frequency', v('interval'))} value={String(form.intervalMinutes)}
            onChange={(e) => onChange({ intervalMinutes: Number((e.currentTarget as HTMLSelectElement).value) })}>
            {frequencies.map((m) => <option value={String(m)}>{frequencyText(t, m)}</option>)}
          </select>
        </Field>
        <div class="field field--check">
          <input id="schedule-enabled" type="checkbox" checked={form.enabled} disabled={form.intervalMinutes === 0}
            onChange={(e) => onChange({ enabled: (e.currentTarget as HTMLInputElement).checked })} />
          <label for="schedule-enabled">{t('scheduleEnabled')}</label>
        </div>
        <div class="field field--check">
          <input {...fieldAria('near-real-time', v('near_real_time'), true)} type="checkbox" checked={form.nearRealTime}
            onChange={(e) => onChange({ nearRealTime: (e.currentTarget as HTMLInputElement).checked })} />
          <label for="near-real-time">{t('nearRealTime')}</label>
          <p class="help" id="near-real-time-help">{t('nearRealTimeHelp')}</p>
          {v('near_real_time') && <p class="field-error" id="near-real-time-error">{v('near_real_time')}</p>}
        </div>
        {form.id && form.nearRealTime && <NearRealTimeChannel planId={form.id} />}
      </Step>
    </>
  );
}
