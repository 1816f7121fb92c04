// The pickers' data: the field catalogue and the Google groups once, the CRM views of the plan's CRM user.
import { useEffect, useState } from 'preact/hooks';
import type { Api } from '../../api/client';
import { toProblem } from '../../api/errors';
import type { CrmView, FieldCatalog, GoogleGroup } from '../../gen/contactsync/v1/catalog_pb';
import { useI18n } from '../../i18n';

export function usePickers(api: Api, crmUserId: string, onCatalog: (catalog: FieldCatalog | null) => void) {
  const { t } = useI18n();
  const [catalog, setCatalog] = useState<FieldCatalog | null>(null);
  const [groups, setGroups] = useState<GoogleGroup[]>([]);
  const [views, setViews] = useState<CrmView[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    api.listFields({}).then((r) => {
      setCatalog(r.catalog ?? null);
      onCatalog(r.catalog ?? null);
    }, (e) => setProblem(t('fieldsUnavailable', { message: toProblem(e).message })));
    api.listGoogleGroups({}).then((r) => setGroups(r.groups), (e) => setProblem(t('pickersUnavailable', { message: toProblem(e).message })));
  }, []);

  useEffect(() => {
    api.listCrmViews({ crmUserId: crmUserId.trim() }).then((r) => setViews(r.views),
      (e) => setProblem(t('pickersUnavailable', { message: toProblem(e).message })));
  }, [crmUserId]);

  return { catalog, groups, views, problem };
}
