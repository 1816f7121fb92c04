// The list of the server's violations above the form; each links to (and focuses) the control it concerns.
import type { Ref } from 'preact';
import { useI18n } from '../../i18n';
import type { MappingRow } from './planForm';
import { targetOf } from './violationTargets';

export function ErrorSummary(props: { violations: Record<string, string>; rows: MappingRow[]; summaryRef: Ref<HTMLDivElement> }) {
  const { t } = useI18n();
  const entries = Object.entries(props.violations);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={props.summaryRef} data-testid="error-summary">
      <p>{t('fixErrors', { n: entries.length })}</p>
      <ul>
        {entries.map(([path, text]) => {
          const target = targetOf(path, props.rows);
          return (
            <li>
              {target
                ? <a href={`#${target}`} onClick={(e) => { e.preventDefault(); document.getElementById(target)?.focus(); }}>{text}</a>
                : text}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
