// Sign-in with an API key (kept only in sessionStorage), or, in the Zoho CRM widget, with Zoho: the server confirms
// the user with Zoho and returns a short-lived signed ticket.
import { useState } from 'preact/hooks';
import { createApi, type Api } from '../api/client';
import { toProblem } from '../api/errors';
import { Field, fieldAria, Problem } from '../components/Field';
import type { GetCallerResponse } from '../gen/contactsync/v1/contact_sync_pb';
import { useI18n } from '../i18n';
import type { StoredCredential } from '../session';
import type { WidgetSetup } from '../widget/WidgetGate';
import { signInWithZoho } from '../widget/widgetSignIn';

interface Props {
  api: Api;
  widget: boolean;
  setup: WidgetSetup;
  restoring: boolean;
  onSignedIn: (credential: StoredCredential, caller: GetCallerResponse) => void;
}

export function SignInPage(props: Props) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (props.restoring) {
    return <main id="main" tabIndex={-1} class="page"><p role="status">{t('loading')}</p></main>;
  }

  const check = async (credential: StoredCredential) => {
    const probe = createApi(props.setup.serverUrl, () => credential.value);
    return probe.getCaller({});
  };

  const submitKey = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    const credential: StoredCredential = { value: key.trim(), kind: 'apiKey' };
    try {
      props.onSignedIn(credential, await check(credential));
    } catch (err) {
      const p = toProblem(err);
      setProblem(`${t('signInInvalid')} ${p.message}`);
    } finally {
      setBusy(false);
    }
  };

  const zohoSignIn = async () => {
    setBusy(true);
    setProblem(t('widgetSignInWaiting'));
    try {
      const ticket = await signInWithZoho(props.setup.serverUrl, () => setProblem(t('widgetPopupBlocked')));
      const claimed = props.setup.zohoUser;
      if (claimed && claimed.id !== ticket.crmUserId) {
        setProblem(t('widgetUserMismatch', { confirmed: `${ticket.name} (${ticket.crmUserId})`, claimed: `${claimed.name} (${claimed.id})` }));
        return;
      }
      const credential: StoredCredential = { value: ticket.ticket, kind: 'ticket', expiresAt: ticket.expiresAt };
      props.onSignedIn(credential, await check(credential));
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const claimed = props.setup.zohoUser;
  return (
    <main id="main" tabIndex={-1} class="page page--narrow">
      <h1>{t('signInTitle')}</h1>
      {props.widget && (
        <section class="card" aria-labelledby="zoho-signin">
          <h2 id="zoho-signin" class="visually-hidden">Zoho</h2>
          <p>{t('widgetSignInIntro')}</p>
          {claimed && <p data-testid="claimed-user">{t('widgetClaimedUser', { name: claimed.name, email: claimed.email })}</p>}
          <button type="button" class="button button--primary" onClick={zohoSignIn} disabled={busy}>{t('widgetSignInButton')}</button>
        </section>
      )}
      <form class="card" onSubmit={submitKey} noValidate>
        <p>{t('signInIntro')}</p>
        <Field id="api-key" label={t('apiKeyLabel')} help={t('apiKeyHelp')}>
          <input {...fieldAria('api-key', undefined, true)} type="password" autoComplete="off" spellcheck={false} value={key}
            onInput={(e) => setKey((e.currentTarget as HTMLInputElement).value)} required />
        </Field>
        <button type="submit" class="button button--primary" disabled={busy || key.trim().length === 0}>{t('signInButton')}</button>
      </form>
      <Problem text={problem} />
    </main>
  );
}
