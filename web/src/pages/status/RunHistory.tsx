// The run history of a plan, newest first.
import type { SyncRun } from '../../gen/contactsync/v1/runs_pb';
import { outcomeClass, outcomeText, toDate, triggerText } from '../../format';
import { useI18n } from '../../i18n';

export function RunHistory(props: { runs: SyncRun[] }) {
  const { t, formatTime } = useI18n();
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="history-title">
      <table class="table" data-testid="run-history">
        <thead>
          <tr>
            <th scope="col">{t('colStarted')}</th>
            <th scope="col">{t('colTrigger')}</th>
            <th scope="col">{t('colOutcome')}</th>
            <th scope="col">{t('colCrm')}</th>
            <th scope="col">{t('colGoogle')}</th>
            <th scope="col">{t('colErrors')}</th>
            <th scope="col">{t('colMessage')}</th>
          </tr>
        </thead>
        <tbody>
          {props.runs.map((r) => (
            <tr>
              <td>{formatTime(toDate(r.startTime))}</td>
              <td>{triggerText(t, r.trigger)}{r.dryRun ? ` · ${t('dryRun')}` : ''}</td>
              <td><span class={`badge badge--${outcomeClass(r.outcome)}`}>{outcomeText(t, r.outcome)}</span></td>
              <td>+{r.crm?.created ?? 0} ~{r.crm?.updated ?? 0} −{r.crm?.deleted ?? 0}</td>
              <td>+{r.google?.created ?? 0} ~{r.google?.updated ?? 0} −{r.google?.deleted ?? 0}</td>
              <td>{r.errors}</td>
              <td>{r.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
