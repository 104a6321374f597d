import { energySavedTce } from '../calc/energy';
import {
  SAVING_COLUMNS,
  type PerformanceFigures,
} from '../calc/performance-summary';
import { ASPECTS } from '../reference/aspects';
import { parameterByKey } from '../reference/parameters';
import { beforeAfterChart, horizontalBarChart, type PairDatum } from './charts';
import type { ReportContext } from './context';
import { live } from './figures';
import { fixed } from './format';

// The three charts of the report and the app, from the same calc results
// the tables print.

export function optionsByAspectSvg(ctx: ReportContext): string {
  const counts = ctx.figures.summary.optionCounts.byAspect;
  return horizontalBarChart(
    ASPECTS.map((aspect) => ({
      label: aspect.optionType.zh,
      value: counts[aspect.key],
      valueText: String(counts[aspect.key]),
    })),
    { unit: '项' },
  );
}

/** Energy saved per carrier in tce/a, from one side of the summary. */
export function energyByCarrier(
  ctx: ReportContext,
  figures: PerformanceFigures,
): { label: string; tce: number }[] {
  const { coefficientSet, electricityBasis } = ctx.figures;
  const keys = Object.keys(SAVING_COLUMNS) as (keyof typeof SAVING_COLUMNS)[];
  return keys
    .filter((key) => parameterByKey(SAVING_COLUMNS[key].parameter).energy)
    .map((key) => {
      const { parameter, unit } = SAVING_COLUMNS[key];
      const quantity = figures.savings[key];
      const tce = energySavedTce(
        [{ parameter, quantity, unit }],
        coefficientSet,
        electricityBasis,
      );
      return { label: parameterByKey(parameter).name.zh, tce };
    })
    .filter((entry) => entry.tce !== 0);
}

export function energyByCarrierSvg(ctx: ReportContext): string {
  const data = energyByCarrier(ctx, ctx.figures.summary.estimated);
  return horizontalBarChart(
    data.map((entry) => ({
      label: entry.label,
      value: entry.tce,
      valueText: fixed(entry.tce),
    })),
    { unit: 'tce/a' },
  );
}

/**
 * Unit indicators of the targets table, baseline against the measured
 * value after implementation, or against the near-term target while
 * nothing has been measured yet.
 */
export function indicatorPairs(ctx: ReportContext): {
  pairs: PairDatum[];
  measured: boolean;
} {
  const rows = live(ctx.snapshot.targets).filter(
    (row) => row.baselineValue !== null && row.baselineValue !== 0,
  );
  const measured = rows.some((row) => row.achievedValue !== null);
  const pairs = rows.flatMap((row) => {
    const after = measured ? row.achievedValue : row.nearTermAbsolute;
    if (after === null || row.baselineValue === null) return [];
    return [{ label: row.indicator, before: row.baselineValue, after }];
  });
  return { pairs, measured };
}

export function indicatorsSvg(ctx: ReportContext): string {
  const { pairs, measured } = indicatorPairs(ctx);
  return beforeAfterChart(pairs, {
    before: '审核前（=100）',
    after: measured ? '实施后' : '近期目标',
  });
}
