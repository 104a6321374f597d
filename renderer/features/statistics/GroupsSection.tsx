import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GROUP_DIMENSIONS,
  groupPortfolio,
  type GroupDimension,
  type PortfolioAudit,
} from '@shared/calc/portfolio';
import { BarChart } from './BarChart';
import { StatsCard } from './StatsCard';
import { groupTable, langOf } from './portfolio-tables';
import { formatCell } from './sheet-table';
import { SheetTableView } from './SheetTableView';

// The chart can show any numeric column of the group table; these indexes
// point into groupTable's columns.
const METRIC_COLUMNS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export type GroupsSectionProps = { entries: readonly PortfolioAudit[] };

export function GroupsSection({ entries }: GroupsSectionProps) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const [dimension, setDimension] = useState<GroupDimension>('region');
  const [metric, setMetric] = useState<number>(9);
  const table = useMemo(
    () => groupTable(groupPortfolio(entries, dimension), dimension, t, lang),
    [entries, dimension, t, lang],
  );
  const column = table.columns[metric];
  const dimensionName = t(`portfolio.dimensions.${dimension}`);
  const bars = table.rows.map((row) => ({
    label: String(row[0]),
    value: Number(row[metric] ?? 0),
  }));
  return (
    <StatsCard
      id="stats-groups"
      title={t('portfolio.groups.title')}
      table={table}
      fileName={t('portfolio.export.fileGroups', {
        dimension: dimensionName,
      })}
    >
      <div className="toolbar stats-toolbar">
        <label className="field">
          <span>{t('portfolio.groups.by')}</span>
          <select
            value={dimension}
            onChange={(e) => setDimension(e.target.value as GroupDimension)}
          >
            {GROUP_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t(`portfolio.dimensions.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('portfolio.groups.metric')}</span>
          <select
            value={metric}
            onChange={(e) => setMetric(Number(e.target.value))}
          >
            {METRIC_COLUMNS.map((index) => (
              <option key={index} value={index}>
                {table.columns[index]?.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <BarChart
        title={t('portfolio.groups.chartLabel', {
          dimension: dimensionName,
          metric: column?.label ?? '',
        })}
        bars={bars}
        formatValue={(value) =>
          formatCell(value, column?.format ?? 'quantity', i18n.language)
        }
      />
      <SheetTableView table={table} />
    </StatsCard>
  );
}
