import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  groupKeys,
  type GroupDimension,
  type PortfolioAudit,
  type PortfolioFilter,
} from '@shared/calc/portfolio';
import { groupLabel } from '@shared/calc/portfolio-labels';
import { langOf, looseT } from './portfolio-tables';

export const FILTER_DIMENSIONS = [
  'year',
  'region',
  'city',
  'industry',
  'auditType',
  'state',
] as const satisfies readonly GroupDimension[];

export type PortfolioFiltersProps = {
  entries: readonly PortfolioAudit[];
  filter: PortfolioFilter;
  onChange: (filter: PortfolioFilter) => void;
};

/** One select per dimension, offering only the values the audits have. */
export function PortfolioFilters({
  entries,
  filter,
  onChange,
}: PortfolioFiltersProps) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const active = Object.values(filter).some((value) => value !== undefined);
  // The choices depend on the audits only, not on the filter chosen.
  const choices = useMemo(
    () =>
      FILTER_DIMENSIONS.map((dimension) => {
        const keys = groupKeys(entries, dimension);
        return {
          dimension,
          keys: dimension === 'year' ? keys.reverse() : keys,
        };
      }),
    [entries],
  );
  return (
    <fieldset className="card stats-filters">
      <legend>{t('portfolio.filters.label')}</legend>
      {choices.map(({ dimension, keys }) => {
        return (
          <label key={dimension} className="field">
            <span>{t(`portfolio.dimensions.${dimension}`)}</span>
            <select
              value={filter[dimension] ?? ''}
              onChange={(event) =>
                onChange({
                  ...filter,
                  [dimension]: event.target.value || undefined,
                })
              }
            >
              <option value="">{t('portfolio.filters.all')}</option>
              {keys.map((key) => (
                <option key={key} value={key}>
                  {groupLabel(dimension, key, lang, looseT(t))}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      <button
        type="button"
        className="button"
        disabled={!active}
        onClick={() => onChange({})}
      >
        {t('portfolio.filters.clear')}
      </button>
    </fieldset>
  );
}
