// The near-real-time state of a saved plan under its toggle: the Zoho channel (active, expires at, last notification)
// and why the last channel call or Google poll failed. Read once when shown; the Status page has the rest.
import { useEffect, useState } from 'preact/hooks';
import { toProblem } from '../../api/errors';
import { Problem } from '../../components/Field';
import { useApp } from '../../context';
import { toDate } from '../../format';
import type { NearRealTimeStatus } from '../../gen/contactsync/v1/runs_pb';
import { useI18n, type Translate } from '../../i18n';

function stateText(t: Translate, state: string): string {
  switch (state) {
    case 'ACTIVE': return t('channelStateACTIVE');
    case 'PENDING': return t('channelStatePENDING');
    case 'FAILED': return t('channelStateFAILED');
    case 'NONE': case '': return t('channelStateNONE');
    default: return state;
  }
}

export function NearRealTimeChannel({ planId }: { planId: string }) {
  const { api } = useApp();
  const { t, formatTime } = useI18n();
  const [status, setStatus] = useState<NearRealTimeStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    setStatus(null);
    api.getStatus({ planId })
      .then((response) => setStatus(response.statuses.find((s) => s.planId === planId)?.nearRealTime ?? null))
      .catch((e) => setProblem(toProblem(e).message));
  }, [planId]);

  if (!status) return <Problem text={problem} />;
  return (
    <div data-testid="near-real-time-channel">
      <h3>{t('nearRealTimeChannel')}</h3>
      <dl class="facts">
        <div><dt>{t('channelState')}</dt><dd data-testid="channel-state">{stateText(t, status.channelState)}</dd></div>
        <div><dt>{t('channelExpires')}</dt><dd data-testid="channel-expires">{status.channelExpireTime ? formatTime(toDate(status.channelExpireTime)) : '—'}</dd></div>
        <div><dt>{t('lastNotification')}</dt><dd data-testid="last-notification">{status.lastNotificationTime ? formatTime(toDate(status.lastNotificationTime)) : t('never')}</dd></div>
      </dl>
      {status.lastError && <p class="help">{status.lastError}</p>}
    </div>
  );
}
