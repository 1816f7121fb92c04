// The credential lives only in sessionStorage: it is gone when the browser session ends and is never written into
// the page's files. Widget tickets carry their expiry.
const KEY = 'contactsync.credential';

export interface StoredCredential {
  value: string;
  kind: 'apiKey' | 'ticket';
  expiresAt?: number;
}

export function loadCredential(): StoredCredential | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredCredential;
    if (parsed.expiresAt && parsed.expiresAt <= Date.now()) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return parsed;
  } catch {
    return null;
  }
}

export function saveCredential(credential: StoredCredential): void {
  sessionStorage.setItem(KEY, JSON.stringify(credential));
}

export function clearCredential(): void {
  sessionStorage.removeItem(KEY);
}
