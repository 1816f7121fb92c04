// One connection's form (inside a <details>, closed until needed). Secret inputs are password fields, never
// pre-filled; violations such as "zoho.data_center" appear next to their input.
import { useState } from 'preact/hooks';
import { toProblem } from '../../api/errors';
import { Field, fieldAria, Problem } from '../../components/Field';
import { useI18n, type MessageKey } from '../../i18n';

export interface FormField {
  name: string;
  label: MessageKey;
  secret?: boolean;
  multiline?: boolean;
}

export function ConnectionForm(props: { prefix: string; fields: FormField[]; onSave: (values: Record<string, string>) => Promise<void> }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Record<string, string>>({});
  const [violations, setViolations] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setViolations({});
    setProblem(null);
    setSaved(false);
    try {
      await props.onSave(Object.fromEntries(props.fields.map((f) => [f.name, (values[f.name] ?? '').trim()])));
      setValues({});
      setSaved(true);
    } catch (err) {
      const p = toProblem(err);
      setViolations(p.violations);
      setProblem(`${p.codeName}: ${p.message}`);
    }
  };

  return (
    <details class="connection-form">
      <summary>{t('saveConnection')}</summary>
      <form onSubmit={submit} noValidate>
        {props.fields.map((f) => {
          const id = `${props.prefix}-${f.name}`;
          const error = violations[`${props.prefix}.${f.name}`];
          const common = { ...fieldAria(id, error), value: values[f.name] ?? '', autoComplete: 'off', spellcheck: false,
            onInput: (e: Event) => setValues((v) => ({ ...v, [f.name]: (e.currentTarget as HTMLInputElement).value })) };
          return (
            <Field id={id} label={t(f.label)} error={error}>
              {f.multiline ? <textarea {...common} rows={4} /> : f.secret ? <input {...common} type="password" /> : <input {...common} type="text" />}
            </Field>
          );
        })}
        <button type="submit" class="button button--primary">{t('saveConnection')}</button>
        {saved && <p role="status">{t('configured')}</p>}
      </form>
      <Problem text={problem} />
    </details>
  );
}
