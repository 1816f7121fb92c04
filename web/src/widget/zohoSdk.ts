// The widget's view of the Zoho CRM page it is embedded in: the CRM user the page shows (a claim, used only to pre-fill
// and to cross-check; the server never trusts it) and the server URL the admin set as an extension org variable.
//
// When Zoho's embedded-app SDK is loaded (widget.html includes it from Zoho's CDN), its public API is used:
// ZOHO.embeddedApp.on("PageLoad") + init(), ZOHO.CRM.CONFIG.getCurrentUser(), ZOHO.CRM.API.getOrgVariable().
// When it is not (no network to the CDN, as in the browser tests), a small client of the SDK's postMessage protocol
// takes its place. The parts of that protocol taken from the SDK's core are REGISTER to the parent at ?serviceOrigin,
// the SET_CONTEXT answer with uniqueID, and SDK.EVENT requests answered by EVENT_RESPONSE / EVENT_RESPONSE_FAILURE
// with the same promiseid. The event name and payload of the two CRM requests (CRM_EVENT with category/subCategory)
// are an assumption: README "The Zoho CRM widget" says so.

export const SERVER_URL_VARIABLE = 'contactsync__server_url';

export interface ZohoUser {
  id: string;
  name: string;
  email: string;
  locale: string;
}

export interface ZohoPage {
  user: ZohoUser | null;
  serverUrl: string;
  via: 'sdk' | 'postMessage';
}

interface ZohoGlobal {
  embeddedApp: { on: (event: string, fn: (data: unknown) => void) => void; init: () => Promise<void> };
  CRM: {
    CONFIG: { getCurrentUser: () => Promise<{ users?: RawUser[] }> };
    API: { getOrgVariable: (name: string) => Promise<unknown> };
  };
}

interface RawUser {
  id?: string | number;
  full_name?: string;
  email?: string;
  locale?: string;
}

function toUser(raw: RawUser | undefined): ZohoUser | null {
  if (!raw || raw.id === undefined) return null;
  return { id: String(raw.id), name: raw.full_name ?? '', email: raw.email ?? '', locale: raw.locale ?? '' };
}

// getOrgVariable answers {Success: {Content: "<value>"}} (possibly as JSON strings); accept a plain string too.
function orgVariableValue(response: unknown): string {
  let value: unknown = typeof response === 'string' ? safeJson(response) : response;
  if (value && typeof value === 'object' && 'Success' in value) {
    let success: unknown = (value as { Success: unknown }).Success;
    if (typeof success === 'string') success = safeJson(success);
    value = (success as { Content?: unknown })?.Content;
  }
  return typeof value === 'string' ? value.trim() : '';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function connectZohoPage(timeoutMs = 15000): Promise<ZohoPage> {
  const zoho = (window as unknown as { ZOHO?: ZohoGlobal }).ZOHO;
  if (zoho?.embeddedApp) {
    const loaded = new Promise<void>((resolve) => zoho.embeddedApp.on('PageLoad', () => resolve()));
    await zoho.embeddedApp.init();
    await withTimeout(loaded, timeoutMs);
    const current = await zoho.CRM.CONFIG.getCurrentUser();
    const serverUrl = orgVariableValue(await zoho.CRM.API.getOrgVariable(SERVER_URL_VARIABLE).catch(() => ''));
    return { user: toUser(current.users?.[0]), serverUrl, via: 'sdk' };
  }
  const channel = await PostMessageChannel.open(timeoutMs);
  const current = (await channel.request('CRM_EVENT', { category: 'CONFIG', subCategory: 'CURRENT_USER' })) as { users?: RawUser[] };
  const variable = await channel.request('CRM_EVENT', { category: 'API', subCategory: 'ORG_VARIABLE', apiKeys: [SERVER_URL_VARIABLE] }).catch(() => '');
  return { user: toUser(current?.users?.[0]), serverUrl: orgVariableValue(variable), via: 'postMessage' };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The Zoho CRM page did not answer.')), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}

interface FrameworkMessage {
  type?: string;
  eventName?: string;
  promiseid?: string;
  data?: unknown;
}

class PostMessageChannel {
  private uniqueId = '';
  private counter = 100;
  private readonly pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();

  private constructor(private readonly serviceOrigin: string) {}

  static open(timeoutMs: number): Promise<PostMessageChannel> {
    const serviceOrigin = new URLSearchParams(location.search).get('serviceOrigin');
    if (!serviceOrigin || window.parent === window) {
      return Promise.reject(new Error('Not inside a Zoho CRM page (no serviceOrigin).'));
    }
    const channel = new PostMessageChannel(serviceOrigin);
    const ready = new Promise<PostMessageChannel>((resolve) => {
      window.addEventListener('message', (event) => {
        if (event.source !== window.parent || event.origin !== serviceOrigin) return;
        const message = (typeof event.data === 'string' ? safeJson(event.data) : event.data) as FrameworkMessage;
        if (channel.handle(message)) resolve(channel);
      });
    });
    window.parent.postMessage({ type: 'SDK.EVENT', eventName: 'REGISTER', appOrigin: encodeURIComponent(appPath()) }, serviceOrigin);
    return withTimeout(ready, timeoutMs);
  }

  request(eventName: string, data: unknown): Promise<unknown> {
    const promiseid = `Promise${this.counter++}`;
    const result = new Promise<unknown>((resolve, reject) => this.pending.set(promiseid, { resolve, reject }));
    window.parent.postMessage(
      { type: 'SDK.EVENT', eventName, uniqueID: this.uniqueId, time: Date.now(), promiseid, data, appOrigin: encodeURIComponent(appPath()) },
      this.serviceOrigin,
    );
    return withTimeout(result, 15000);
  }

  // Returns true once the context is set (the SDK's OnLoad / PageLoad moment).
  private handle(message: FrameworkMessage): boolean {
    if (message?.type !== 'FRAMEWORK.EVENT') return false;
    if (message.eventName === 'SET_CONTEXT') {
      this.uniqueId = String((message.data as { uniqueID?: string })?.uniqueID ?? '');
      return true;
    }
    const waiting = message.promiseid ? this.pending.get(message.promiseid) : undefined;
    if (waiting && (message.eventName === 'EVENT_RESPONSE' || message.eventName === 'EVENT_RESPONSE_FAILURE')) {
      this.pending.delete(message.promiseid!);
      if (message.eventName === 'EVENT_RESPONSE') waiting.resolve(message.data);
      else waiting.reject(message.data);
    }
    return false;
  }
}

function appPath(): string {
  return `${location.protocol}//${location.host}${location.pathname}`;
}
