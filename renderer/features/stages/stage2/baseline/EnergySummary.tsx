import type { AuditEnergyAccounting } from '@shared/model/audit';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsumptionItem, Product } from '@shared/model/baseline';
import { energyCarrier } from '@shared/reference/energy-carriers';
import { formatNumber, unitLabel } from '@renderer/components/grid/cell-format';
import { pickLabel } from '@renderer/i18n/bilingual';
import { lineDecimals } from './column-helpers';
import { auditEnergyAccounting, energySummary } from './energy-summary';
import './baseline.css';

export type EnergySummaryProps = {
  items: readonly ConsumptionItem[];
  products: readonly Product[];
  years: readonly number[];
  choice: AuditEnergyAccounting;
};

type Line = { id: string; label: string; values: (number | null)[] };

/**
 * 综合能耗 of each history year under the consumption table, per unit of
 * product and per 万元 of output value, with the coefficients it used and
 * the energy rows it had to leave out.
 */
export function EnergySummary({
  items,
  products,
  years,
  choice,
}: EnergySummaryProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const accounting = useMemo(() => auditEnergyAccounting(choice), [choice]);
  const summary = useMemo(
    () => energySummary(items, products, years, accounting),
    [items, products, years, accounting],
  );
  const basis = summary.perUnitBasis;
  const lines: Line[] = [
    {
      id: 'tce',
      label: t('baselineTables.energy.tce'),
      values: summary.years.map((y) => y.tce),
    },
    ...(basis
      ? [
          {
            id: 'per-unit',
            label: t('baselineTables.energy.perUnit', {
              unit: unitLabel(basis.unit),
            }),
            values: summary.years.map((y) => y.kgcePerUnit),
          },
        ]
      : []),
    {
      id: 'per-value',
      label: t('baselineTables.energy.perValue'),
      values: summary.years.map((y) => y.tcePerWanYuan),
    },
  ];
  const format = (value: number | null, line: Line) =>
    value === null
      ? '—'
      : formatNumber(
          value,
          locale,
          line.id === 'tce' ? 2 : lineDecimals(line.values),
        );

  return (
    <section className="baseline-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('baselineTables.energy.title')}</h3>
      <div className="baseline-summary-scroll">
        <table
          className="data-table baseline-summary-table"
          aria-labelledby={headingId}
        >
          <thead>
            <tr>
              <th scope="col">{t('baselineTables.energy.item')}</th>
              {years.map((year) => (
                <th key={year} scope="col" className="is-number">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.label}</th>
                {line.values.map((value, index) => (
                  <td key={years[index]} className="is-number">
                    {format(value, line)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        {basis?.kind === 'total'
          ? t('baselineTables.energy.basisTotal', {
              unit: unitLabel(basis.unit),
            })
          : basis?.kind === 'main'
            ? t('baselineTables.energy.basisMain', { name: basis.productName })
            : t('baselineTables.energy.noBasis')}
      </p>
      <p className="hint">
        {t('baselineTables.energy.coefficients', {
          set: pickLabel(accounting.set.name, i18n.language),
          basis: t(`baselineTables.energy.basis.${accounting.basis}`),
          coefficient:
            accounting.electricityKgcePerKwh === undefined
              ? '—'
              : formatNumber(accounting.electricityKgcePerKwh, locale),
        })}
      </p>
      {summary.workingMedia.length > 0 && (
        <p className="hint">
          {t('baselineTables.energy.workingMedia', {
            names: new Intl.ListFormat(locale).format(summary.workingMedia),
          })}
        </p>
      )}
      {summary.excluded.length > 0 && (
        <div className="baseline-warning" role="note">
          <p>{t('baselineTables.energy.excludedTitle')}</p>
          <ul>
            {summary.excluded.map((row) => {
              const carrier = row.carrierKey && energyCarrier(row.carrierKey);
              return (
                <li key={row.id}>
                  {t(`baselineTables.energy.issues.${row.issue}`, {
                    name: row.name || t('baselineTables.energy.unnamed'),
                    unit: row.unit,
                    carrier: carrier
                      ? pickLabel(carrier.name, i18n.language)
                      : '',
                    carrierUnit: carrier ? unitLabel(carrier.unit) : '',
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
