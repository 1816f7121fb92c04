// Step "map the fields": one row per mapping (CRM field, Google path with its key for patterns, direction), the
// default rows, "Map more fields" and "Default fields". Errors from the server appear in the row they name.
import { fieldAria } from '../../components/Field';
import type { FieldCatalog } from '../../gen/contactsync/v1/catalog_pb';
import { MappingDirection } from '../../gen/contactsync/v1/plans_pb';
import { useI18n } from '../../i18n';
import { fillPattern, matchPattern, placeholders } from './googlePath';
import { mappingRows, rowKey, violation, type MappingRow } from './planForm';

interface Props {
  rows: MappingRow[];
  catalog: FieldCatalog | null;
  violations: Record<string, string>;
  onChange: (rows: MappingRow[]) => void;
}

export function FieldMapEditor(props: Props) {
  const { t } = useI18n();
  const crmFields = props.catalog?.crmFields ?? [];
  const googleFields = props.catalog?.googleFields ?? [];
  const patterns = googleFields.filter((g) => g.pattern).map((g) => g.path);
  const update = (key: number, change: Partial<MappingRow>) => props.onChange(props.rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const remove = (key: number) => props.onChange(props.rows.filter((r) => r.key !== key));
  const listError = violation(props.violations, 'field_mappings');

  return (
    <div class="fieldmap">
      {listError && <p class="field-error" id="fieldmap-error" data-field-error="fieldmap">{listError}</p>}
      <table class="table table--fieldmap">
        <thead>
          <tr>
            <th scope="col">{t('crmField')}</th>
            <th scope="col">{t('googleField')}</th>
            <th scope="col">{t('mappingDirection')}</th>
            <th scope="col"><span class="visually-hidden">{t('removeMapping')}</span></th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, i) => {
            const crmId = `map-${row.key}-crm`;
            const googleId = `map-${row.key}-google`;
            const dirId = `map-${row.key}-direction`;
            const crmError = violation(props.violations, `field_mappings[${i}].crm_field`);
            const googleError = violation(props.violations, `field_mappings[${i}].google_field`);
            const dirError = violation(props.violations, `field_mappings[${i}].direction`);
            const known = googleFields.some((g) => !g.pattern && g.path === row.googleField);
            const match = known ? null : matchPattern(row.googleField, patterns);
            const selected = known ? row.googleField : match ? match.pattern : row.googleField;
            return (
              <tr key={row.key} data-row={i}>
                <td data-label={t('crmField')}>
                  <select {...fieldAria(crmId, crmError)} aria-label={`${t('crmField')} ${i + 1}`} value={row.crmField}
                    onChange={(e) => update(row.key, { crmField: (e.currentTarget as HTMLSelectElement).value })}>
                    <option value="">{t('choose')}</option>
                    {!crmFields.some((f) => f.apiName === row.crmField) && row.crmField && <option value={row.crmField}>{row.crmField}</option>}
                    {crmFields.map((f) => (
                      <option value={f.apiName}>
                        {f.label} ({f.apiName}){f.custom ? ` · ${t('customField')}` : ''}{f.readOnly ? ` · ${t('readOnlyField')}` : ''}
                      </option>
                    ))}
                  </select>
                  {crmError && <p class="field-error" id={`${crmId}-error`} data-field-error={crmId}>{crmError}</p>}
                </td>
                <td data-label={t('googleField')}>
                  <select {...fieldAria(googleId, googleError)} aria-label={`${t('googleField')} ${i + 1}`} value={selected}
                    onChange={(e) => {
                      const value = (e.currentTarget as HTMLSelectElement).value;
                      update(row.key, { googleField: patterns.includes(value) ? fillPattern(value, placeholders(value).map(() => '')) : value });
                    }}>
                    <option value="">{t('choose')}</option>
                    {!known && !match && row.googleField && <option value={row.googleField}>{row.googleField}</option>}
                    {googleFields.map((g) => <option value={g.path} title={g.description}>{g.path}</option>)}
                  </select>
                  {match && placeholders(match.pattern).map((name, p) => (
                    <input type="text" class="key-input" aria-label={t('googleKeyFor', { path: `${match.pattern} <${name}>` })} placeholder={name}
                      value={match.values[p]}
                      onInput={(e) => {
                        const values = [...match.values];
                        values[p] = (e.currentTarget as HTMLInputElement).value;
                        update(row.key, { googleField: fillPattern(match.pattern, values) });
                      }} />
                  ))}
                  {googleError && <p class="field-error" id={`${googleId}-error`} data-field-error={googleId}>{googleError}</p>}
                </td>
                <td data-label={t('mappingDirection')}>
                  <select {...fieldAria(dirId, dirError)} aria-label={`${t('mappingDirection')} ${i + 1}`} value={String(row.direction)}
                    onChange={(e) => update(row.key, { direction: Number((e.currentTarget as HTMLSelectElement).value) as MappingDirection })}>
                    <option value={String(MappingDirection.UNSPECIFIED)}>{t('mappingFollowPlan')}</option>
                    <option value={String(MappingDirection.BOTH)}>{t('mappingBoth')}</option>
                    <option value={String(MappingDirection.CRM_TO_GOOGLE)}>{t('mappingCrmToGoogle')}</option>
                    <option value={String(MappingDirection.GOOGLE_TO_CRM)}>{t('mappingGoogleToCrm')}</option>
                  </select>
                  {dirError && <p class="field-error" id={`${dirId}-error`} data-field-error={dirId}>{dirError}</p>}
                </td>
                <td>
                  <button type="button" class="button button--quiet" aria-label={t('removeMappingRow', { n: i + 1 })} onClick={() => remove(row.key)}>
                    {t('removeMapping')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="actions actions--left">
        <button type="button" class="button" onClick={() => props.onChange([...props.rows, { key: rowKey(), crmField: '', googleField: '', direction: MappingDirection.UNSPECIFIED }])}>
          {t('mapMoreFields')}
        </button>
        <button type="button" class="button button--quiet" onClick={() => props.onChange(mappingRows(props.catalog?.defaultMappings ?? []))}>
          {t('resetDefaults')}
        </button>
      </div>
    </div>
  );
}
