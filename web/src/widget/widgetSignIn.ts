// The widget's sign-in: a popup to the server's /widget/signin, which sends it through Zoho Accounts and back to the
// server; the server confirms the user with Zoho and its last page posts a signed ticket here. Only messages from the
// server's origin, in the expected shape, are taken.
export interface WidgetTicket {
  ticket: string;
  crmUserId: string;
  name: string;
  email: string;
  expiresAt: number;
}

export function signInWithZoho(serverUrl: string, onWindowBlocked: () => void): Promise<WidgetTicket> {
  const server = new URL(serverUrl);
  const url = `${server.origin}/widget/signin?origin=${encodeURIComponent(location.origin)}`;
  const popup = window.open(url, 'contactsync-signin', 'popup,width=520,height=640');
  if (!popup) {
    onWindowBlocked();
    return Promise.reject(new Error('popup blocked'));
  }
  return new Promise<WidgetTicket>((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== server.origin) return;
      const data = event.data as Partial<WidgetTicket> & { type?: string; error?: string | null };
      if (data?.type !== 'contactsync.widget-ticket') return;
      window.removeEventListener('message', onMessage);
      if (data.error || !data.ticket) {
        reject(new Error(data.error ?? 'The sign-in did not return a ticket.'));
        return;
      }
      resolve({ ticket: data.ticket, crmUserId: data.crmUserId ?? '', name: data.name ?? '', email: data.email ?? '', expiresAt: data.expiresAt ?? 0 });
    };
    window.addEventListener('message', onMessage);
  });
}
