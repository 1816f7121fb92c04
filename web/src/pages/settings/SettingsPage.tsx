// Sync settings: the seed's page step by step — plan, the two lists, direction, conflict rule, frequency, the field
// map, Advanced — with Preview (a dry run of the stored, paused plan) and Save. Server validation errors appear next to
// their fields and in a summary that links to them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Code } from '@connectrpc/connect';
import { toProblem } from '../../api/errors';
import { Problem } from '../../components/Field';
import { useApp } from '../../context';
import { RunMode, type PlannedChange } from '../../gen/contactsync/v1/runs_pb';
import type { PlanCondition } from '../../gen/contactsync/v1/runs_pb';
import type { SyncPlan } from '../../gen/contactsync/v1/plans_pb';
import { useI18n } from '../../i18n';
import { AdvancedSection } from './AdvancedSection';
import { FieldMapEditor } from './FieldMapEditor';
import { fromPlan, newForm, toPlan, type PlanForm } from './planForm';
import { PlanSteps } from './PlanSteps';
import { PreviewTable } from './PreviewTable';
import { ErrorSummary } from './ErrorSummary';
import { usePickers } from './usePickers';

export function SettingsPage() {
  const { api, caller, isAdmin, zohoUser } = useApp();
  const { t } = useI18n();
  const defaultUser = isAdmin ? zohoUser?.id ?? '' : caller.crmUserId;
  const [plans, setPlans] = useState<SyncPlan[] | null>(null);
  const [form, setForm] = useState<PlanForm>(newForm(null, defaultUser));
  const [violations, setViolations] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<PlanCondition[]>([]);
  const [preview, setPreview] = useState<PlannedChange[] | null>(null);
  const [busy, setBusy] = useState<'' | 'save' | 'preview' | 'delete'>('');
  const summaryRef = useRef<HTMLDivElement>(null);

  // On first load: the plan named in the address (#/settings?plan=…), else the first. After a save: only the list.
  const loadPlans = async (afterSave?: boolean) => {
    const response = await api.listConfigs({ pageSize: 500 });
    setPlans(response.plans);
    if (afterSave) return;
    const wanted = new URLSearchParams(location.hash.split('?')[1]).get('plan');
    const chosen = response.plans.find((p) => p.id === wanted) ?? response.plans[0];
    if (chosen) setForm(fromPlan(chosen));
  };

  const { catalog, users, ownEmail, groups, views, problem: pickerProblem } = usePickers(api, form.crmUserId, form.googleAccount, (c) =>
    setForm((f) => (f.id === '' && f.mappings.length === 0 ? { ...f, mappings: newForm(c, f.crmUserId).mappings } : f)));
  useEffect(() => {
    loadPlans().catch((e) => setProblem(toProblem(e).message));
  }, []);

  const change = (c: Partial<PlanForm>) => setForm((f) => ({ ...f, ...c }));
  const choosePlan = (id: string) => {
    const plan = plans?.find((p) => p.id === id);
    setForm(plan ? fromPlan(plan) : newForm(catalog, defaultUser));
    setViolations({});
    setPreview(null);
    setMessage(null);
    setProblem(null);
  };

  const configure = async (enabled: boolean): Promise<SyncPlan | null> => {
    setViolations({});
    setProblem(null);
    setMessage(null);
    try {
      const response = await api.configure({ plan: toPlan(form, enabled) });
      const plan = response.plan!;
      // A preview stores the plan paused; the form keeps the user's own choice for Save.
      setForm((f) => ({ ...fromPlan(plan), enabled: f.enabled }));
      setWarnings(response.warnings);
      await loadPlans(true);
      return plan;
    } catch (e) {
      const p = toProblem(e);
      if (p.code === Code.InvalidArgument && Object.keys(p.violations).length > 0) {
        setViolations(p.violations);
        setTimeout(() => summaryRef.current?.focus(), 0);
      } else {
        setProblem(`${p.codeName}: ${p.message}`);
      }
      return null;
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy('save');
    const plan = await configure(form.enabled);
    if (plan) setMessage(t('saved', { version: String(plan.version) }));
    setBusy('');
  };

  const runPreview = async () => {
    setBusy('preview');
    setPreview(null);
    const plan = await configure(false);
    if (plan) {
      try {
        for await (const event of api.runSync({ planId: plan.id, mode: RunMode.FULL, dryRun: true })) {
          if (event.event.case === 'result') setPreview(event.event.value.plannedChanges);
        }
      } catch (e) {
        setProblem(toProblem(e).message);
      }
    }
    setBusy('');
  };

  const remove = async () => {
    if (!form.id || !confirm(t('confirmDelete', { name: form.name }))) return;
    setBusy('delete');
    try {
      await api.deleteConfig({ planId: form.id, version: form.version });
      setForm(newForm(catalog, defaultUser));
      setMessage(t('deleted'));
      await loadPlans(true);
    } catch (e) {
      setProblem(toProblem(e).message);
    }
    setBusy('');
  };

  return (
    <div class="page">
      <h1>{t('settingsTitle')}</h1>
      <p class="intro">{t('settingsIntro')}</p>
      <div class="field plan-picker">
        <label for="plan-picker">{t('planPicker')}</label>
        <select id="plan-picker" value={form.id} data-loaded={plans ? 'true' : 'false'} onChange={(e) => choosePlan((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('newPlan')}</option>
          {(plans ?? []).map((p) => <option value={p.id}>{p.name}</option>)}
        </select>
        {plans?.length === 0 && <p class="help">{t('noPlansYet')}</p>}
      </div>
      <ErrorSummary violations={violations} rows={form.mappings} summaryRef={summaryRef} />
      <Problem text={pickerProblem} />
      <form onSubmit={save} noValidate aria-busy={busy !== ''}>
        <PlanSteps form={form} groups={groups} views={views} users={users} ownEmail={ownEmail} violations={violations} isAdmin={isAdmin} onChange={change} />
        <section class="card step" aria-labelledby="step-fields">
          <h2 id="step-fields"><span class="step-no">{t('step', { n: 6 })}</span> {t('stepFields')}</h2>
          <FieldMapEditor rows={form.mappings} catalog={catalog} violations={violations} onChange={(mappings) => change({ mappings })} />
        </section>
        <AdvancedSection form={form} crmFields={catalog?.crmFields ?? []} violations={violations} onChange={change} />
        <p class="help">{t('previewHelp')}</p>
        <div class="actions">
          <button type="button" class="button" onClick={runPreview} disabled={busy !== ''}>{busy === 'preview' ? t('previewRunning') : t('preview')}</button>
          <button type="submit" class="button button--primary" disabled={busy !== ''}>{busy === 'save' ? t('saving') : t('save')}</button>
          {form.id && <button type="button" class="button button--danger" onClick={remove} disabled={busy !== ''}>{t('deletePlan')}</button>}
        </div>
      </form>
      <div aria-live="polite">
        {message && <p class="message" role="status" data-testid="saved-message">{message}</p>}
      </div>
      {warnings.length > 0 && (
        <div class="card warnings"><h2>{t('warningsTitle')}</h2><ul>{warnings.map((w) => <li><code>{w.code}</code> {w.message}</li>)}</ul></div>
      )}
      <Problem text={problem} />
      {preview && (
        <section class="card" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('previewTitle')}</h2>
          <PreviewTable changes={preview} />
        </section>
      )}
    </div>
  );
}
