// Admin (admin keys only; the server refuses the calls for others anyway): connections, API keys, all plans.
import { useApp } from '../../context';
import { useI18n } from '../../i18n';
import { AllPlans } from './AllPlans';
import { ApiKeys } from './ApiKeys';
import { Connections } from './Connections';

export function AdminPage() {
  const { isAdmin } = useApp();
  const { t } = useI18n();
  if (!isAdmin) return <div class="page"><h1>{t('adminTitle')}</h1><p role="alert">{t('adminOnly')}</p></div>;
  return (
    <div class="page">
      <h1>{t('adminTitle')}</h1>
      <Connections />
      <ApiKeys />
      <AllPlans />
    </div>
  );
}
