// The pickers' data: the field catalogue and the CRM users once, the CRM views of the plan's CRM user, and the Google groups
// of the plan's Google account (the account given, else the CRM user's own: their email).
import { useEffect, useState } from 'preact/hooks';
import type { Api } from '../../api/client';
import { toProblem } from '../../api/errors';
import type { CrmUser, CrmView, FieldCatalog, GoogleGroup } from '../../gen/contactsync/v1/catalog_pb';
import { useI18n } from '../../i18n';

export function usePickers(api: Api, crmUserId: string, googleAccount: string, onCatalog: (catalog: FieldCatalog | null) => void) {
  const { t } = useI18n();
  const [catalog, setCatalog] = useState<FieldCatalog | null>(null);
  const [users, setUsers] = useState<CrmUser[] | null>(null);
  const [groups, setGroups] = useState<GoogleGroup[]>([]);
  const [views, setViews] = useState<CrmView[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    api.listFields({}).then((r) => {
      setCatalog(r.catalog ?? null);
      onCatalog(r.catalog ?? null);
    }, (e) => setProblem(t('fieldsUnavailable', { message: toProblem(e).message })));
    api.listCrmUsers({}).then((r) => setUsers(r.users), () => setUsers([]));
  }, []);

  // The account whose groups are offered: the one given, else the CRM user's email (what the server gives a new plan).
  const ownEmail = users?.find((u) => u.id === crmUserId.trim())?.email ?? '';
  const account = googleAccount.trim() || ownEmail;
  useEffect(() => {
    if (users === null) return;
    api.listGoogleGroups({ googleAccount: account }).then((r) => setGroups(r.groups),
      (e) => { setGroups([]); setProblem(t('pickersUnavailable', { message: toProblem(e).message })); });
  }, [account, users]);

  useEffect(() => {
    api.listCrmViews({ crmUserId: crmUserId.trim() }).then((r) => setViews(r.views),
      (e) => setProblem(t('pickersUnavailable', { message: toProblem(e).message })));
  }, [crmUserId]);

  return { catalog, users: users ?? [], ownEmail, groups, views, problem };
}
