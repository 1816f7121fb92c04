// API keys: list (optionally with revoked ones), create (the secret is shown once), revoke.
import { useEffect, useState } from 'preact/hooks';
import { toProblem } from '../../api/errors';
import { Field, fieldAria, Problem } from '../../components/Field';
import { useApp } from '../../context';
import { ApiKeyRole, type ApiKey } from '../../gen/contactsync/v1/access_pb';
import { toDate } from '../../format';
import { useI18n } from '../../i18n';

export function ApiKeys() {
  const { api } = useApp();
  const { t, formatTime } = useI18n();
  const [keys, setKeys] = useState<ApiKey[]>([]);
  const [showRevoked, setShowRevoked] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState(ApiKeyRole.USER);
  const [crmUser, setCrmUser] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [violations, setViolations] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const load = () => api.listApiKeys({ includeRevoked: showRevoked }).then((r) => setKeys(r.keys), (e) => setProblem(toProblem(e).message));
  useEffect(() => { void load(); }, [showRevoked]);

  const create = async (e: Event) => {
    e.preventDefault();
    setProblem(null);
    setViolations({});
    setSecret(null);
    try {
      const r = await api.createApiKey({ name, role, crmUserId: role === ApiKeyRole.USER ? crmUser.trim() : '' });
      setSecret(r.secret);
      setName('');
      await load();
    } catch (err) {
      const p = toProblem(err);
      setViolations(p.violations);
      if (Object.keys(p.violations).length === 0) setProblem(p.message);
    }
  };
  const revoke = async (key: ApiKey) => {
    if (!confirm(t('confirmRevoke', { name: key.name }))) return;
    try {
      await api.revokeApiKey({ keyId: key.id });
      await load();
    } catch (err) {
      setProblem(toProblem(err).message);
    }
  };

  return (
    <section class="card" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('keysTitle')}</h2>
      <div class="field field--check">
        <input id="show-revoked" type="checkbox" checked={showRevoked} onChange={(e) => setShowRevoked((e.currentTarget as HTMLInputElement).checked)} />
        <label for="show-revoked">{t('showRevoked')}</label>
      </div>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="keys-title">
        <table class="table" data-testid="api-keys">
          <thead><tr><th scope="col">{t('keyName')}</th><th scope="col">Id</th><th scope="col">{t('keyRole')}</th><th scope="col">{t('keyCrmUser')}</th><th scope="col">{t('keyCreated')}</th><th scope="col"></th></tr></thead>
          <tbody>
            {keys.map((k) => (
              <tr>
                <td>{k.name}</td><td><code>{k.id}</code></td>
                <td>{k.role === ApiKeyRole.ADMIN ? t('roleAdmin') : 'user'}</td>
                <td>{k.crmUserId}</td>
                <td>{formatTime(toDate(k.createTime))}{k.revokeTime ? ` · ${t('keyRevoked')}` : ''}</td>
                <td>{!k.revokeTime && <button type="button" class="button button--quiet" onClick={() => revoke(k)} aria-label={`${t('revokeKey')} ${k.name}`}>{t('revokeKey')}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={create} noValidate class="inline-form">
        <Field id="key-name" label={t('keyName')} error={violations['name']}>
          <input {...fieldAria('key-name', violations['name'])} type="text" value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </Field>
        <Field id="key-role" label={t('keyRole')} error={violations['role']}>
          <select {...fieldAria('key-role', violations['role'])} value={String(role)} onChange={(e) => setRole(Number((e.currentTarget as HTMLSelectElement).value) as ApiKeyRole)}>
            <option value={String(ApiKeyRole.USER)}>user</option>
            <option value={String(ApiKeyRole.ADMIN)}>{t('roleAdmin')}</option>
          </select>
        </Field>
        {role === ApiKeyRole.USER && (
          <Field id="key-crm-user" label={t('keyCrmUser')} error={violations['crm_user_id']}>
            <input {...fieldAria('key-crm-user', violations['crm_user_id'])} type="text" inputMode="numeric" value={crmUser} onInput={(e) => setCrmUser((e.currentTarget as HTMLInputElement).value)} />
          </Field>
        )}
        <button type="submit" class="button button--primary">{t('createKey')}</button>
      </form>
      {secret && <div class="secret" role="status"><p>{t('newKeySecret')}</p><code data-testid="new-key-secret">{secret}</code></div>}
      <Problem text={problem} />
    </section>
  );
}
