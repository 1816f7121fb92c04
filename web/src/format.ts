// Shared display helpers for enums and times.
import { timestampDate, type Timestamp } from '@bufbuild/protobuf/wkt';
import type { MessageKey, Translate } from './i18n';
import { ChangeAction, RunOutcome, RunPhase, RunTrigger, Side } from './gen/contactsync/v1/runs_pb';

export function toDate(ts: Timestamp | undefined): Date | undefined {
  return ts ? timestampDate(ts) : undefined;
}

const outcomes: Record<number, MessageKey> = {
  [RunOutcome.UNSPECIFIED]: 'outcomeRunning',
  [RunOutcome.SUCCEEDED]: 'outcomeSucceeded',
  [RunOutcome.PARTIALLY_SUCCEEDED]: 'outcomePartial',
  [RunOutcome.FAILED]: 'outcomeFailed',
  [RunOutcome.CANCELLED]: 'outcomeCancelled',
  [RunOutcome.PAUSED_BY_BREAKER]: 'outcomePaused',
};
const phases: Record<number, MessageKey> = {
  [RunPhase.UNSPECIFIED]: 'phaseQueued',
  [RunPhase.QUEUED]: 'phaseQueued',
  [RunPhase.READING_CRM]: 'phaseReadingCrm',
  [RunPhase.READING_GOOGLE]: 'phaseReadingGoogle',
  [RunPhase.PLANNING]: 'phasePlanning',
  [RunPhase.WRITING_GOOGLE]: 'phaseWritingGoogle',
  [RunPhase.WRITING_CRM]: 'phaseWritingCrm',
  [RunPhase.FINISHING]: 'phaseFinishing',
  [RunPhase.DONE]: 'phaseDone',
};
const triggers: Record<number, MessageKey> = {
  [RunTrigger.UNSPECIFIED]: 'triggerManual',
  [RunTrigger.MANUAL]: 'triggerManual',
  [RunTrigger.SCHEDULED]: 'triggerScheduled',
  [RunTrigger.RETRY]: 'triggerRetry',
};
const actions: Record<number, MessageKey> = {
  [ChangeAction.UNSPECIFIED]: 'actionSkip',
  [ChangeAction.CREATE]: 'actionCreate',
  [ChangeAction.UPDATE]: 'actionUpdate',
  [ChangeAction.DELETE]: 'actionDelete',
  [ChangeAction.QUARANTINE]: 'actionQuarantine',
  [ChangeAction.LINK]: 'actionLink',
  [ChangeAction.UNLINK]: 'actionUnlink',
  [ChangeAction.ADD_TO_GROUP]: 'actionAddToGroup',
  [ChangeAction.SKIP]: 'actionSkip',
};

export const outcomeText = (t: Translate, o: RunOutcome) => t(outcomes[o] ?? 'outcomeRunning');
export const phaseText = (t: Translate, p: RunPhase) => t(phases[p] ?? 'phaseQueued');
export const triggerText = (t: Translate, r: RunTrigger) => t(triggers[r] ?? 'triggerManual');
export const actionText = (t: Translate, a: ChangeAction) => t(actions[a] ?? 'actionSkip');
export const sideText = (t: Translate, s: Side) => (s === Side.CRM ? t('sideCrm') : s === Side.GOOGLE ? t('sideGoogle') : '');

export function outcomeClass(o: RunOutcome): string {
  switch (o) {
    case RunOutcome.SUCCEEDED: return 'ok';
    case RunOutcome.PARTIALLY_SUCCEEDED: case RunOutcome.PAUSED_BY_BREAKER: case RunOutcome.CANCELLED: return 'warn';
    case RunOutcome.FAILED: return 'bad';
    default: return 'info';
  }
}
