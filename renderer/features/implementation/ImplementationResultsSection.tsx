import { useTranslation } from 'react-i18next';
import { COST_CLASS_LABELS } from '@shared/calc/cost-class';
import { midHighImplementationRate } from '@shared/calc/implementation-progress';
import { isImplemented } from '@shared/calc/performance-summary';
import {
  benefitTotalWanYuanPerYear,
  optionCostClass,
} from '@shared/model/option';
import { routeHref } from '../../app/route';
import { pickLabel } from '../../i18n/bilingual';
import { effectsTce } from '../options/option-figures';
import { useAuditOptions } from '../options/use-audit-options';
import { formatFigure } from '../stages/stage2/analysis/number-format';

export type ImplementationResultsSectionProps = { auditId: string };

/**
 * 已实施方案实施效果核定与汇总表 (steps 30–31): the implemented and verified
 * options with what they actually cost and saved, and the implementation
 * rate of the mid/high-cost options. The figures are edited on each
 * option's page; this table only gathers them.
 */
export function ImplementationResultsSection({
  auditId,
}: ImplementationResultsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const data = useAuditOptions(auditId);
  if (!data) return null;
  const rules = data.audit.costClassRules;
  const done = data.options.filter(isImplemented);
  const rate = midHighImplementationRate(data.options, rules);
  const figure = (value: number | null, decimals: number) =>
    value === null ? '—' : formatFigure(value, language, { decimals });
  const rows = done.map((option) => ({
    option,
    costClass: optionCostClass(option, rules),
    paid: option.implementation.actualInvestmentWanYuan,
    saved: benefitTotalWanYuanPerYear(
      option.implementation.verifiedBenefitWanYuanPerYear,
    ),
    energy: effectsTce(
      option.implementation.verifiedEffects,
      data.audit.energyAccounting,
    ),
  }));
  const sum = (pick: (row: (typeof rows)[number]) => number | null) =>
    rows.reduce((total, row) => total + (pick(row) ?? 0), 0);

  return (
    <section
      className="card stage-section"
      id="section-implementationResults"
      aria-labelledby="heading-implementationResults"
    >
      <h2 id="heading-implementationResults">
        {t('options.stage6.resultsTitle')}
      </h2>
      <p className="hint">{t('options.stage6.resultsDescription')}</p>
      {done.length === 0 ? (
        <p className="muted">{t('options.stage6.resultsEmpty')}</p>
      ) : (
        <table className="figure-table">
          <thead>
            <tr>
              <th scope="col">{t('options.stage6.resultsColumns.code')}</th>
              <th scope="col">{t('options.stage6.resultsColumns.name')}</th>
              <th scope="col">
                {t('options.stage6.resultsColumns.costClass')}
              </th>
              <th scope="col">
                {t('options.stage6.resultsColumns.investment')}
              </th>
              <th scope="col">{t('options.stage6.resultsColumns.benefit')}</th>
              <th scope="col">{t('options.stage6.resultsColumns.energy')}</th>
              <th scope="col">{t('options.stage6.resultsColumns.finished')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ option, costClass, paid, saved, energy }) => {
              return (
                <tr key={option.id}>
                  <td>
                    <a
                      href={routeHref({
                        name: 'option',
                        auditId,
                        optionId: option.id,
                      })}
                    >
                      {option.code}
                    </a>
                  </td>
                  <td>{option.name}</td>
                  <td>
                    {costClass === null
                      ? '—'
                      : pickLabel(COST_CLASS_LABELS[costClass], language)}
                  </td>
                  <td className="num">{figure(paid, 2)}</td>
                  <td className="num">{figure(saved, 2)}</td>
                  <td className="num">{figure(energy, 2)}</td>
                  <td className="date-cell">
                    {option.implementation.actualEnd ?? '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('baselineTables.total')}
              </th>
              <td className="num">
                {figure(
                  sum((row) => row.paid),
                  2,
                )}
              </td>
              <td className="num">
                {figure(
                  sum((row) => row.saved),
                  2,
                )}
              </td>
              <td className="num">
                {figure(
                  sum((row) => row.energy),
                  2,
                )}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {rate.rate === null ? (
        <p className="muted">{t('options.stage6.rateNone')}</p>
      ) : (
        <>
          <p data-testid="implementation-rate">
            {t('options.stage6.rate', {
              percent: formatFigure(rate.rate * 100, language, {
                decimals: 1,
              }),
              done: rate.implemented,
              total: rate.considered,
            })}
          </p>
          {rate.low && (
            <p className="warning-text" role="status">
              {t('options.stage6.rateLow')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
