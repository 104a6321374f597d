import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortfolioTotals } from '@shared/calc/portfolio';
import {
  CO2_FACTOR_SETS,
  CO2_FACTOR_SET_IDS,
  type Co2FactorSetId,
} from '@shared/reference/coefficients';
import { StatsCard } from './StatsCard';
import { langOf, optionsTable, totalsTable } from './portfolio-tables';
import { SheetTableView } from './SheetTableView';

export type TotalsSectionProps = { totals: PortfolioTotals };

/** Counts by state and type, the performance totals and the option counts. */
export function TotalsSection({ totals }: TotalsSectionProps) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const [co2Id, setCo2Id] = useState<Co2FactorSetId | ''>('');
  const co2 = co2Id === '' ? null : CO2_FACTOR_SETS[co2Id];
  const figures = useMemo(
    () => totalsTable(totals.summary, co2, t, lang),
    [totals, co2, t, lang],
  );
  const options = useMemo(
    () => optionsTable(totals.summary, t, lang),
    [totals, t, lang],
  );
  const cards: [string, number][] = [
    [t('portfolio.cards.audits'), totals.audits],
    [t('portfolio.cards.inProgress'), totals.byState['in-progress']],
    [t('portfolio.cards.evaluated'), totals.byState.evaluated],
    [t('portfolio.cards.accepted'), totals.byState.accepted],
    [t('portfolio.cards.mandatory'), totals.byType.mandatory],
    [t('portfolio.cards.voluntary'), totals.byType.voluntary],
  ];
  return (
    <>
      <dl className="stats-cards">
        {cards.map(([label, value]) => (
          <div key={label} className="stats-card">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="stats-pair">
        <StatsCard
          id="stats-totals"
          title={figures.title}
          table={figures}
          fileName={t('portfolio.export.fileTotals')}
        >
          <label className="field stats-inline">
            <span>{t('portfolio.totals.co2Factor')}</span>
            <select
              value={co2Id}
              onChange={(e) => setCo2Id(e.target.value as Co2FactorSetId)}
            >
              <option value="">{t('portfolio.totals.co2None')}</option>
              {CO2_FACTOR_SET_IDS.map((id) => (
                <option key={id} value={id}>
                  {CO2_FACTOR_SETS[id].name[lang]}
                </option>
              ))}
            </select>
          </label>
          <SheetTableView table={figures} />
          {co2 && <p className="hint">{t('portfolio.totals.co2Note')}</p>}
        </StatsCard>
        <StatsCard
          id="stats-options"
          title={options.title}
          table={options}
          fileName={t('portfolio.export.fileOptions')}
        >
          <SheetTableView table={options} />
        </StatsCard>
      </div>
    </>
  );
}
