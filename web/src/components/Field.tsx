// A labelled form control with help text and the server's validation message right below it. The control gets
// aria-invalid and aria-describedby through fieldAria().
import type { ComponentChildren } from 'preact';

export function fieldAria(id: string, error?: string, help?: boolean): Record<string, string | boolean | undefined> {
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined };
}

export function Field(props: { id: string; label: string; error?: string; help?: string; children: ComponentChildren }) {
  return (
    <div class={`field${props.error ? ' field--invalid' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.help && <p class="help" id={`${props.id}-help`}>{props.help}</p>}
      {props.error && <p class="field-error" id={`${props.id}-error`} data-field-error={props.id}>{props.error}</p>}
    </div>
  );
}

export function Problem(props: { text: string | null }) {
  if (!props.text) return null;
  return <p class="problem" role="alert">{props.text}</p>;
}
