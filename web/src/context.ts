// What every page needs: the API client and who is signed in.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from './api/client';
import type { GetCallerResponse } from './gen/contactsync/v1/contact_sync_pb';
import type { ZohoUser } from './widget/zohoSdk';

export interface AppState {
  api: Api;
  caller: GetCallerResponse;
  isAdmin: boolean;
  widget: boolean;
  zohoUser: ZohoUser | null;
  signOut: () => void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('AppContext missing');
  return state;
}
