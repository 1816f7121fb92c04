// The live progress of a run: phase, processed of total (indeterminate while the total is unknown), counts so far,
// and the time left once the server reports one (RunProgress.eta: predicted from the quotas, absent while unknown).
import type { RunProgress } from '../../gen/contactsync/v1/runs_pb';
import { phaseText } from '../../format';
import { useI18n } from '../../i18n';

function etaText(progress: RunProgress): string | null {
  const eta = progress.eta;
  if (!eta) return null;
  const total = Number(eta.seconds);
  const minutes = Math.floor(total / 60);
  return minutes > 0 ? `${minutes} min ${total % 60} s` : `${total} s`;
}

export function RunBar(props: { progress: RunProgress | null; done: boolean }) {
  const { t } = useI18n();
  const p = props.progress;
  const processed = Number(p?.processed ?? 0n);
  const total = Number(p?.total ?? 0n);
  const known = total > 0;
  const value = props.done ? 100 : known ? Math.min(100, Math.round((processed / total) * 100)) : undefined;
  const eta = p ? etaText(p) : null;
  const label = known || props.done ? t('progressOf', { processed, total: props.done && !known ? processed : total }) : t('progressCounting', { processed });
  return (
    <div class="runbar" data-testid="run-bar" data-done={props.done ? 'true' : 'false'}>
      <div class="runbar-head">
        <span>{props.done ? t('phaseDone') : p ? phaseText(t, p.phase) : t('phaseQueued')}</span>
        <span>{label}{eta ? ` · ${t('eta', { eta })}` : ''}</span>
      </div>
      <div class={`runbar-track${value === undefined ? ' runbar-track--busy' : ''}`} role="progressbar" aria-label={t('progressLabel')}
        aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-valuetext={label} data-value={value ?? ''}>
        <div class="runbar-fill" style={{ width: `${value ?? 100}%` }} />
      </div>
      {p && (
        <p class="runbar-counts">
          CRM +{p.crm?.created ?? 0} ~{p.crm?.updated ?? 0} −{p.crm?.deleted ?? 0} · Google +{p.google?.created ?? 0} ~{p.google?.updated ?? 0} −{p.google?.deleted ?? 0}
          {p.errors > 0 ? ` · ${t('colErrors')}: ${p.errors}` : ''}
        </p>
      )}
    </div>
  );
}
