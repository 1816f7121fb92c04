// Every plan (ListConfigs as admin), with links to its settings and status.
import { useEffect, useState } from 'preact/hooks';
import { toProblem } from '../../api/errors';
import { Problem } from '../../components/Field';
import { useApp } from '../../context';
import { SyncDirection, type SyncPlan } from '../../gen/contactsync/v1/plans_pb';
import { useI18n } from '../../i18n';

export function AllPlans() {
  const { api } = useApp();
  const { t } = useI18n();
  const [plans, setPlans] = useState<SyncPlan[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api.listConfigs({ pageSize: 500 }).then((r) => setPlans(r.plans), (e) => setProblem(toProblem(e).message));
  }, []);
  const direction = (d: SyncDirection) =>
    d === SyncDirection.BIDIRECTIONAL ? t('directionBoth') : d === SyncDirection.CRM_TO_GOOGLE ? t('mappingCrmToGoogle') : t('mappingGoogleToCrm');
  return (
    <section class="card" aria-labelledby="all-plans">
      <h2 id="all-plans">{t('allPlansTitle')}</h2>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="all-plans">
        <table class="table" data-testid="all-plans">
          <thead><tr><th scope="col">{t('colPlan')}</th><th scope="col">{t('colUser')}</th><th scope="col">{t('colDirection')}</th><th scope="col">{t('colInterval')}</th><th scope="col">{t('colEnabled')}</th></tr></thead>
          <tbody>
            {plans.map((p) => (
              <tr>
                <td><a href={`#/settings?plan=${p.id}`}>{p.name}</a> · <a href={`#/status?plan=${p.id}`}>{t('navStatus')}</a></td>
                <td>{p.crmUserId}</td>
                <td>{direction(p.direction)}</td>
                <td>{p.interval ? `${Number(p.interval.seconds) / 60} min` : t('manualOnly')}</td>
                <td>{p.enabled ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Problem text={problem} />
    </section>
  );
}
