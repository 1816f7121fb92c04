// Widget mode, before sign-in: connects to the Zoho CRM page (SDK or its postMessage protocol), reads the CRM user it
// shows and the server URL (org variable, else ?server=, else this page's own server when the server hosts it).
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { connectZohoPage, type ZohoUser } from './zohoSdk';

export interface WidgetSetup {
  serverUrl: string;
  zohoUser: ZohoUser | null;
}

function fallbackServer(): string {
  const fromQuery = new URLSearchParams(location.search).get('server');
  if (fromQuery) return fromQuery;
  return document.documentElement.dataset.server === 'self' ? location.origin : '';
}

export function WidgetGate(props: { onReady: (setup: WidgetSetup) => void }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    connectZohoPage()
      .then((page) => ({ serverUrl: page.serverUrl || fallbackServer(), zohoUser: page.user }))
      .catch(() => ({ serverUrl: fallbackServer(), zohoUser: null }))
      .then((setup) => (setup.serverUrl ? props.onReady(setup) : setProblem(t('widgetNoServer'))));
  }, []);

  return (
    <main id="main" tabIndex={-1} class="page">
      {problem ? <p class="problem" role="alert">{problem}</p> : <p role="status">{t('loading')}</p>}
    </main>
  );
}
