// Status (the seed's "last sync", and more): per plan the last run and its outcome, next run, counts per side,
// backlog, linked contacts, failing records with their messages, conditions, run history; "Sync now" with a live
// progress bar and Cancel.
import { useEffect, useState } from 'preact/hooks';
import { toProblem } from '../../api/errors';
import { Problem } from '../../components/Field';
import { useApp } from '../../context';
import type { PlanStatus, RecordError, SyncRun } from '../../gen/contactsync/v1/runs_pb';
import { outcomeClass, outcomeText, toDate } from '../../format';
import { useI18n } from '../../i18n';
import { FailingRecords } from './FailingRecords';
import { RunBar } from './RunBar';
import { RunHistory } from './RunHistory';
import { useRun } from './useRun';

export function StatusPage() {
  const { api } = useApp();
  const { t, formatTime } = useI18n();
  const [statuses, setStatuses] = useState<PlanStatus[] | null>(null);
  const [planId, setPlanId] = useState(new URLSearchParams(location.hash.split('?')[1]).get('plan') ?? '');
  const [runs, setRuns] = useState<SyncRun[]>([]);
  const [errors, setErrors] = useState<RecordError[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const load = async () => {
    try {
      const response = await api.getStatus({});
      setStatuses(response.statuses);
      const id = response.statuses.some((s) => s.planId === planId) ? planId : response.statuses[0]?.planId ?? '';
      setPlanId(id);
      if (id) {
        const [history, failing] = await Promise.all([api.listRuns({ planId: id, pageSize: 20 }), api.listRunErrors({ planId: id, pageSize: 100 })]);
        setRuns(history.runs);
        setErrors(failing.errors);
      }
      return response.statuses.find((s) => s.planId === id);
    } catch (e) {
      setProblem(toProblem(e).message);
      return undefined;
    }
  };
  const runner = useRun(api, () => void load());

  useEffect(() => {
    load().then((status) => {
      if (status?.currentRun?.id) runner.watch(status.currentRun.id);
    });
  }, [planId]);

  if (!statuses) return <div class="page"><h1>{t('statusTitle')}</h1><p role="status">{t('loading')}</p><Problem text={problem} /></div>;
  if (statuses.length === 0) return <div class="page"><h1>{t('statusTitle')}</h1><p>{t('statusNoPlans')}</p></div>;
  const status = statuses.find((s) => s.planId === planId) ?? statuses[0];
  const last = status.lastRun;
  const running = runner.run !== null && runner.run.result === null && runner.run.problem === null;

  return (
    <div class="page">
      <h1>{t('statusTitle')}</h1>
      <div class="field plan-picker">
        <label for="status-plan">{t('planPicker')}</label>
        <select id="status-plan" value={status.planId} onChange={(e) => { runner.clear(); setPlanId((e.currentTarget as HTMLSelectElement).value); }}>
          {statuses.map((s) => <option value={s.planId}>{s.planName}</option>)}
        </select>
      </div>
      <section class="card" aria-labelledby="status-summary">
        <h2 id="status-summary">{status.planName}</h2>
        {status.pausedByBreaker && <p class="problem" role="alert">{t('pausedByBreaker', { reason: status.pauseReason })}</p>}
        <dl class="facts" data-testid="status-facts">
          <div><dt>{t('lastSync')}</dt><dd data-testid="last-sync">{last ? <>{formatTime(toDate(last.endTime ?? last.startTime))} · <span class={`badge badge--${outcomeClass(last.outcome)}`}>{outcomeText(t, last.outcome)}</span></> : t('never')}</dd></div>
          <div><dt>{t('nextRun')}</dt><dd>{status.nextRunTime ? formatTime(toDate(status.nextRunTime)) : t('manualOnly')}</dd></div>
          <div><dt>{t('statusGoogleAccount')}</dt><dd data-testid="google-account">{status.googleAccount || '—'}</dd></div>
          <div><dt>{t('linkedContacts')}</dt><dd data-testid="linked">{String(status.linkedContacts)}</dd></div>
          <div><dt>{t('backlog')}</dt><dd>{String(status.backlog)}</dd></div>
          <div><dt>{t('failingRecords')}</dt><dd data-testid="failing-count">{status.failingRecords}</dd></div>
          <div><dt>{t('lastSuccess')}</dt><dd>{status.lastSuccessTime ? formatTime(toDate(status.lastSuccessTime)) : t('never')}</dd></div>
        </dl>
        {last && (
          <div class="sides">
            <h3>{t('countsTitle')}</h3>
            <table class="table table--compact">
              <thead><tr><th scope="col"></th><th scope="col">{t('created')}</th><th scope="col">{t('updated')}</th><th scope="col">{t('deletedCount')}</th><th scope="col">{t('failed')}</th></tr></thead>
              <tbody>
                <tr><th scope="row">{t('sideCrm')}</th><td>{last.crm?.created ?? 0}</td><td>{last.crm?.updated ?? 0}</td><td>{last.crm?.deleted ?? 0}</td><td>{last.crm?.failed ?? 0}</td></tr>
                <tr><th scope="row">{t('sideGoogle')}</th><td>{last.google?.created ?? 0}</td><td>{last.google?.updated ?? 0}</td><td>{last.google?.deleted ?? 0}</td><td>{last.google?.failed ?? 0}</td></tr>
              </tbody>
            </table>
            <p class="help">{t('conflicts')}: {last.conflicts} · {t('apiCalls', { crm: last.apiUsage?.crmCalls ?? 0, google: last.apiUsage?.googleCalls ?? 0 })}</p>
          </div>
        )}
        {status.conditions.length > 0 && (
          <div><h3>{t('conditionsTitle')}</h3><ul>{status.conditions.map((c) => <li><code>{c.code}</code> {c.message}</li>)}</ul></div>
        )}
        <div class="actions actions--left">
          <button type="button" class="button button--primary" onClick={() => runner.start(status.planId)} disabled={running}>{t('syncNow')}</button>
          {running && <button type="button" class="button" onClick={runner.cancel} disabled={!runner.run?.runId || runner.run.cancelling}>{runner.run?.cancelling ? t('cancelling') : t('cancel')}</button>}
          <button type="button" class="button button--quiet" onClick={() => void load()}>{t('refresh')}</button>
        </div>
        {runner.run && <RunBar progress={runner.run.progress} done={runner.run.result !== null} />}
        <div aria-live="polite">{runner.run?.result && <p role="status" data-testid="run-finished">{t('runFinished', { outcome: outcomeText(t, runner.run.result.outcome) })} {runner.run.result.message}</p>}</div>
        <Problem text={runner.run?.problem ?? null} />
      </section>
      <section class="card" aria-labelledby="errors-title">
        <h2 id="errors-title">{t('errorsTitle')}</h2>
        <FailingRecords errors={errors} />
      </section>
      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('historyTitle')}</h2>
        <RunHistory runs={runs} />
      </section>
      <Problem text={problem} />
    </div>
  );
}
