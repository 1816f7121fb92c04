// The ContactSync client: generated service descriptor + Connect's gRPC-Web transport, with the credential (API key or
// widget ticket) added as "authorization: Bearer …" to every call.
import { createClient, type Client, type Interceptor } from '@connectrpc/connect';
import { createGrpcWebTransport } from '@connectrpc/connect-web';
import { ContactSync } from '../gen/contactsync/v1/contact_sync_pb';

export type Api = Client<typeof ContactSync>;

export function createApi(baseUrl: string, credential: () => string | null): Api {
  const auth: Interceptor = (next) => async (req) => {
    const value = credential();
    if (value) {
      req.header.set('authorization', `Bearer ${value}`);
    }
    return next(req);
  };
  return createClient(ContactSync, createGrpcWebTransport({ baseUrl, useBinaryFormat: true, interceptors: [auth] }));
}
