import { useTranslation } from 'react-i18next';
import type { PerformanceFigures } from '@shared/calc/performance-summary';
import { routeHref } from '../../app/route';
import { formatFigure } from '../stages/stage2/analysis/number-format';
import { auditSummary } from './option-figures';
import { PerformanceTableExport } from './PerformanceTableExport';
import { useAuditOptions } from './use-audit-options';

export type PerformanceSummaryCardProps = { auditId: string };

type SummaryRow =
  | 'investment'
  | 'benefit'
  | 'energy'
  | 'electricity'
  | 'water'
  | 'cod'
  | 'wastewater'
  | 'hazardousWaste';

// The headline figures of the 绩效表, in the order the provincial table
// lists them; electricity in 万kWh as reports print it.
const ROWS: readonly [SummaryRow, (f: PerformanceFigures) => number][] = [
  ['investment', (f) => f.investmentWanYuan],
  ['benefit', (f) => f.economicBenefitWanYuanPerYear],
  ['energy', (f) => f.energySavedTcePerYear],
  ['electricity', (f) => f.savings.electricityKwh / 10_000],
  ['water', (f) => f.savings.waterT],
  ['cod', (f) => f.reductions.codT],
  ['wastewater', (f) => f.reductions.wastewaterT],
  ['hazardousWaste', (f) => f.reductions.hazardousWasteT],
];

/**
 * The audit's performance at a glance: option counts, then each headline
 * figure as estimated by the options and as verified after implementation.
 */
export function PerformanceSummaryCard({
  auditId,
}: PerformanceSummaryCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const data = useAuditOptions(auditId);
  if (!data) return null;
  const summary =
    data.options.length === 0 ? null : auditSummary(data.audit, data.options);
  const registerHref = routeHref({ name: 'stage', auditId, stage: 4 });

  return (
    <article className="card summary-card" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('options.summary.title')}</h2>
      {summary === null ? (
        <p className="muted">{t('options.summary.empty')}</p>
      ) : (
        <>
          <p data-testid="summary-counts">
            {t('options.summary.counts', {
              total: summary.optionCounts.total,
              noLow: summary.optionCounts.noLowCost,
              midHigh: summary.optionCounts.midHighCost,
              implemented: summary.optionCounts.implemented,
            })}
          </p>
          <table className="figure-table" data-testid="summary-table">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{t('options.summary.estimated')}</th>
                <th scope="col">{t('options.summary.verified')}</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([key, pick]) => (
                <tr key={key} data-row={key}>
                  <th scope="row">{t(`options.summary.rows.${key}`)}</th>
                  <td className="num">
                    {formatFigure(pick(summary.estimated), language, {
                      decimals: 2,
                    })}
                  </td>
                  <td className="num">
                    {formatFigure(pick(summary.verified), language, {
                      decimals: 2,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <a href={registerHref}>{t('options.summary.openRegister')}</a>
      </p>
      {summary !== null && <PerformanceTableExport auditId={auditId} />}
    </article>
  );
}
