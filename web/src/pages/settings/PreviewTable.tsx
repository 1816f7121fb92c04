// The dry run's planned changes: a summary per action and side, then a table (first 200 rows).
import type { PlannedChange } from '../../gen/contactsync/v1/runs_pb';
import { useI18n } from '../../i18n';
import { actionText, sideText } from '../../format';

const LIMIT = 200;

export function PreviewTable(props: { changes: PlannedChange[] }) {
  const { t } = useI18n();
  if (props.changes.length === 0) {
    return <p role="status" data-testid="preview-empty">{t('previewNothing')}</p>;
  }
  const counts = new Map<string, number>();
  for (const c of props.changes) {
    const label = `${actionText(t, c.action)} → ${sideText(t, c.target)}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return (
    <div class="preview">
      <p role="status" data-testid="preview-summary">
        {t('previewSummary', { n: props.changes.length })}: {[...counts].map(([label, n]) => `${n} × ${label}`).join(', ')}
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('previewTitle')}>
        <table class="table" data-testid="preview-table">
          <thead>
            <tr>
              <th scope="col">{t('colAction')}</th>
              <th scope="col">{t('colTarget')}</th>
              <th scope="col">{t('colContact')}</th>
              <th scope="col">{t('colEmail')}</th>
              <th scope="col">{t('colFields')}</th>
              <th scope="col">{t('colReason')}</th>
            </tr>
          </thead>
          <tbody>
            {props.changes.slice(0, LIMIT).map((c) => (
              <tr>
                <td>{actionText(t, c.action)}</td>
                <td>{sideText(t, c.target)}</td>
                <td>{c.displayName}</td>
                <td>{c.email}</td>
                <td>{c.fields.map((f) => `${f.crmField}: ${f.oldValue || '∅'} → ${f.newValue || '∅'}${f.conflict ? ' ⚡' : ''}`).join('; ')}</td>
                <td>{c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.changes.length > LIMIT && <p>{t('previewMore', { n: props.changes.length - LIMIT })}</p>}
    </div>
  );
}
