import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WasteStream } from '@shared/model/emissions';
import { formatNumber } from '@renderer/components/grid/cell-format';
import { wasteExceedances } from './waste-rules';
import './baseline.css';

export type WasteExceedancesProps = {
  rows: readonly WasteStream[];
  baseYear: number;
};

/** Concentrations over their limit and discharges over the permit, listed. */
export function WasteExceedances({ rows, baseYear }: WasteExceedancesProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const found = useMemo(
    () => wasteExceedances(rows, baseYear),
    [rows, baseYear],
  );
  if (found.length === 0) return null;
  return (
    <div className="baseline-warning baseline-summary" role="note">
      <p>{t('baselineTables.waste.exceedTitle')}</p>
      <ul>
        {found.map((item) => (
          <li key={`${item.id}-${item.kind}`}>
            {t(
              item.kind === 'concentration'
                ? 'baselineTables.waste.overConcentration'
                : 'baselineTables.waste.overPermit',
              {
                source: item.source,
                pollutant: item.pollutant,
                value: formatNumber(item.value, locale),
                limit: formatNumber(item.limit, locale),
                unit: item.unit,
                year: baseYear,
              },
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
