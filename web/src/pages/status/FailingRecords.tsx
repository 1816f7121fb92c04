// The records failing now (ListRunErrors by plan): side, record, code, message, field and expected type, duplicate
// details and notes (values a target field could not hold).
import type { RecordError } from '../../gen/contactsync/v1/runs_pb';
import { sideText } from '../../format';
import { useI18n } from '../../i18n';

export function FailingRecords(props: { errors: RecordError[] }) {
  const { t } = useI18n();
  if (props.errors.length === 0) return <p data-testid="no-errors">{t('noErrors')}</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="errors-title">
      <table class="table" data-testid="failing-records">
        <thead>
          <tr>
            <th scope="col">{t('colSide')}</th>
            <th scope="col">{t('colRecord')}</th>
            <th scope="col">{t('colCode')}</th>
            <th scope="col">{t('colMessage')}</th>
            <th scope="col">{t('colField')}</th>
            <th scope="col">{t('colRetries')}</th>
          </tr>
        </thead>
        <tbody>
          {props.errors.map((e) => (
            <tr class={e.note ? 'row--note' : ''}>
              <td>{sideText(t, e.side)}</td>
              <td>{e.email || e.recordId}{e.email && e.recordId ? <><br /><small>{e.recordId}</small></> : null}</td>
              <td><code>{e.code}</code>{e.note ? ` (${t('noteYes')})` : ''}</td>
              <td>
                {e.message}
                {e.duplicateRecordId && <><br /><small>{t('duplicateOf', { id: e.duplicateRecordId })}{e.duplicateOwner ? `, ${t('duplicateOwner', { owner: e.duplicateOwner })}` : ''}</small></>}
              </td>
              <td>{e.field}{e.expectedType ? ` (${t('expectedType', { type: e.expectedType })})` : ''}</td>
              <td>{e.retries}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
