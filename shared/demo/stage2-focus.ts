import { DEFAULT_FOCUS_FACTORS } from '../calc/weighted-sum';
import type { FocusCandidate, FocusFactor } from '../model/focus';
import type { IndicatorComparison } from '../model/indicators';
import type { Target } from '../model/targets';
import { demoId, demoRows } from './common';

// Stage 2 assessment of the demo audit: where the company stands against
// its sector's indicators, which part of the plant becomes the audit focus,
// and the targets set for it.

const ILLUSTRATIVE =
  '示例数值，仅供演示：按印制电路板制造业清洁生产评价指标体系的结构虚构，' +
  '不是该体系的基准值';

type IndicatorRow = readonly [
  string,
  string,
  'le' | 'ge',
  number,
  number,
  number,
  number,
];

// Indicator, unit, direction, company value (2025) and Ⅰ/Ⅱ/Ⅲ benchmarks.
// The etchant row beats Ⅰ by a margin, the case the level rule must count
// as Ⅰ rather than as no level.
// prettier-ignore
const INDICATOR_ROWS: readonly IndicatorRow[] = [
  ['单位产品新鲜水用量', 'm³/m²', 'le', 0.88, 0.5, 0.9, 1.3],
  ['单位产品耗电量', 'kWh/m²', 'le', 29.8, 20, 30, 40],
  ['单位产品废水产生量', 'm³/m²', 'le', 0.73, 0.45, 0.7, 1.1],
  ['单位产品铜产生量(末端处理前)', 'g/m²', 'le', 15.8, 10, 15, 25],
  ['水重复利用率', '%', 'ge', 32, 60, 45, 30],
  ['废蚀刻液回收利用率', '%', 'ge', 100, 95, 90, 85],
];

export function demoIndicatorComparisons(): IndicatorComparison[] {
  return demoRows(
    'indicatorComparisons',
    'indicator',
    INDICATOR_ROWS.map(
      ([indicator, unit, direction, companyValue, levelI, II, III]) => ({
        indicator,
        unit,
        direction,
        companyValue,
        levelI,
        levelII: II,
        levelIII: III,
        source: ILLUSTRATIVE,
      }),
    ),
  );
}

export function demoFocusFactors(): FocusFactor[] {
  return demoRows(
    'focusFactors',
    'factor',
    DEFAULT_FOCUS_FACTORS.map((preset) => ({
      name: preset.labelZh,
      weight: preset.weight,
      presetKey: preset.key,
    })),
  );
}

/** R per default factor, in the order of DEFAULT_FOCUS_FACTORS. */
function scoresOf(values: readonly number[]): Record<string, number> {
  return Object.fromEntries(
    values.map((score, i) => [demoId('factor', i + 1), score]),
  );
}

// Totals with the default weights: 394, 260 and 264.
export function demoFocusCandidates(): FocusCandidate[] {
  return demoRows('focusCandidates', 'focus', [
    {
      name: '图形电镀/蚀刻线',
      description: '外层图形电镀(镀铜、镀锡)、退膜和碱性蚀刻',
      wasteSummary: '含铜清洗废水约 900 t/d，废蚀刻液 1,420 t/a',
      consumptionSummary: '阳极铜球 212 t/a，蚀刻液 1,460 t/a，电 620万kWh/a',
      environmentalCostWanYuanPerYear: 410,
      scores: scoresOf([10, 9, 9, 10, 8, 8, 7]),
      chosen: true,
    },
    {
      name: '内层及压合工序',
      description: '内层图形转移、棕化和真空压合',
      wasteSummary: '含铜清洗废水约 260 t/d，废棕化液 85 t/a',
      consumptionSummary: '覆铜板 86.8万 m²/a，天然气 42万 m³/a',
      environmentalCostWanYuanPerYear: 150,
      scores: scoresOf([6, 8, 5, 5, 6, 7, 6]),
    },
    {
      name: '阻焊及文字印刷工序',
      description: '阻焊油墨涂覆、曝光显影、文字印刷和烘烤',
      wasteSummary: 'VOCs 产生 14.2 t/a，显影废水约 120 t/d',
      consumptionSummary: '阻焊油墨 96 t/a，电 310万kWh/a',
      environmentalCostWanYuanPerYear: 120,
      scores: scoresOf([5, 6, 7, 7, 6, 6, 6]),
    },
  ]);
}

type TargetRow = readonly [
  string,
  string,
  number,
  number,
  number | null,
  number,
  number | null,
  // Achieved after the options, measured over the three months to
  // November 2026 (stage 6).
  number,
];

const NEAR_TERM = '2026-12-31';
const LONG_TERM = '2028-12-31';

// Indicator, unit, baseline (2025), near-term absolute and relative %,
// long-term absolute and relative %. Relative targets are the change against
// the baseline; the reuse rate is a rate, so only absolute targets are given.
// prettier-ignore
const TARGET_ROWS: readonly TargetRow[] = [
  ['单位产品新鲜水用量', 'm³/m²', 0.88, 0.8, -9.1, 0.7, -20.5, 0.81],
  ['单位产品耗电量', 'kWh/m²', 29.8, 28.3, -5, 26.8, -10.1, 28.1],
  ['单位产品废水产生量', 'm³/m²', 0.73, 0.66, -9.6, 0.58, -20.5, 0.67],
  ['单位产品含铜污泥产生量', 'kg/m²', 1.9, 1.75, -7.9, 1.6, -15.8, 1.72],
  ['水重复利用率', '%', 32, 38, null, 45, null, 37],
];

export function demoTargets(): Target[] {
  return demoRows(
    'targets',
    'target',
    TARGET_ROWS.map(
      ([
        indicator,
        unit,
        baseline,
        near,
        nearPct,
        long,
        longPct,
        achieved,
      ]) => ({
        indicator,
        unit,
        baselineValue: baseline,
        nearTermAbsolute: near,
        nearTermRelativePercent: nearPct,
        nearTermDate: NEAR_TERM,
        longTermAbsolute: long,
        longTermRelativePercent: longPct,
        longTermDate: LONG_TERM,
        achievedValue: achieved,
      }),
    ),
  );
}
