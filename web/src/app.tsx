// The shell: language, sign-in, the caller's identity, navigation between the three pages (hash routes #/settings,
// #/status, #/admin) and a skip link. Admin appears only for admin keys; the server enforces every rule anyway.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createApi } from './api/client';
import { isUnauthenticated, toProblem } from './api/errors';
import { AppContext, type AppState } from './context';
import { ApiKeyRole } from './gen/contactsync/v1/access_pb';
import type { GetCallerResponse } from './gen/contactsync/v1/contact_sync_pb';
import { I18nContext, initialLang, rememberLang, translator, useI18n, type Lang } from './i18n';
import { AdminPage } from './pages/admin/AdminPage';
import { SignInPage } from './pages/SignInPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { StatusPage } from './pages/status/StatusPage';
import { clearCredential, loadCredential, saveCredential, type StoredCredential } from './session';
import { WidgetGate, type WidgetSetup } from './widget/WidgetGate';

type Route = 'settings' | 'status' | 'admin';

function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '').split('?')[0];
  return hash === 'status' || hash === 'admin' ? hash : 'settings';
}

export function App(props: { widget: boolean }) {
  const [lang, setLang] = useState<Lang>(initialLang());
  const [setup, setSetup] = useState<WidgetSetup | null>(props.widget ? null : { serverUrl: location.origin, zohoUser: null });
  const [credential, setCredential] = useState<StoredCredential | null>(loadCredential());
  const [caller, setCaller] = useState<GetCallerResponse | null>(null);
  const [route, setRoute] = useState<Route>(currentRoute());
  const credentialRef = useRef(credential);
  credentialRef.current = credential;

  const i18n = useMemo(() => ({ lang, t: translator(lang), formatTime: (d?: Date) => (d ? d.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB') : '') }), [lang]);
  const api = useMemo(() => (setup ? createApi(setup.serverUrl, () => credentialRef.current?.value ?? null) : null), [setup?.serverUrl]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${i18n.t('appTitle')} — ${i18n.t('appSubtitle')}`;
  }, [lang]);
  useEffect(() => {
    const onHash = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (!api || !credential) return;
    api.getCaller({}).then(setCaller, (e) => {
      if (isUnauthenticated(toProblem(e))) signOut();
    });
  }, [api, credential?.value]);

  const signIn = (next: StoredCredential, who: GetCallerResponse) => {
    saveCredential(next);
    setCredential(next);
    setCaller(who);
  };
  const signOut = () => {
    clearCredential();
    setCredential(null);
    setCaller(null);
  };
  const changeLang = (next: Lang) => {
    rememberLang(next);
    setLang(next);
  };

  let body;
  if (!setup) {
    body = <WidgetGate onReady={(s) => { setSetup(s); if (s.zohoUser?.locale && !localStorage.getItem('contactsync.lang')) setLang(initialLang(s.zohoUser.locale)); }} />;
  } else if (!api || !credential || !caller) {
    body = <SignInPage api={api!} widget={props.widget} setup={setup} restoring={!!credential && !caller} onSignedIn={signIn} />;
  } else {
    const state: AppState = {
      api, caller, isAdmin: caller.role === ApiKeyRole.ADMIN, widget: props.widget, zohoUser: setup.zohoUser, signOut,
    };
    body = (
      <AppContext.Provider value={state}>
        <Nav route={route} isAdmin={state.isAdmin} />
        <main id="main" tabIndex={-1}>
          {route === 'status' ? <StatusPage /> : route === 'admin' ? <AdminPage /> : <SettingsPage />}
        </main>
      </AppContext.Provider>
    );
  }

  return (
    <I18nContext.Provider value={i18n}>
      <div class={`shell${props.widget ? ' shell--widget' : ''}`}>
        <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{i18n.t('skipToContent')}</a>
        <Header lang={lang} onLang={changeLang} caller={caller} onSignOut={credential ? signOut : undefined} />
        {body}
      </div>
    </I18nContext.Provider>
  );
}

function Header(props: { lang: Lang; onLang: (l: Lang) => void; caller: GetCallerResponse | null; onSignOut?: () => void }) {
  const { t } = useI18n();
  const who = props.caller
    ? props.caller.displayName || (props.caller.role === ApiKeyRole.ADMIN ? t('roleAdmin') : t('roleUser', { id: props.caller.crmUserId }))
    : '';
  return (
    <header class="header">
      <div class="brand">
        <span class="brand-name">{t('appTitle')}</span>
        <span class="brand-sub">{t('appSubtitle')}</span>
      </div>
      <div class="header-tools">
        {who && <span class="who" data-testid="who">{t('signedInAs', { who })}</span>}
        <label class="lang">
          <span class="visually-hidden">{t('language')}</span>
          <select value={props.lang} onChange={(e) => props.onLang((e.currentTarget as HTMLSelectElement).value as Lang)} aria-label={t('language')}>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </label>
        {props.onSignOut && <button type="button" class="button button--quiet" onClick={props.onSignOut}>{t('signOut')}</button>}
      </div>
    </header>
  );
}

function Nav(props: { route: Route; isAdmin: boolean }) {
  const { t } = useI18n();
  const items: [Route, string][] = [['settings', t('navSettings')], ['status', t('navStatus')]];
  if (props.isAdmin) items.push(['admin', t('navAdmin')]);
  return (
    <nav class="nav" aria-label="ContactSync">
      {items.map(([route, label]) => (
        <a href={`#/${route}`} class={`nav-link${props.route === route ? ' nav-link--active' : ''}`} aria-current={props.route === route ? 'page' : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}
