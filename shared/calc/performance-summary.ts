import {
  benefitTotalWanYuanPerYear,
  optionCostGroup,
  type EconomicBenefit,
  type Option,
  type OptionEffect,
} from '../model/option';
import {
  aspectByCode,
  ASPECT_KEYS,
  type AspectKey,
} from '../reference/aspects';
import type {
  CoefficientSet,
  ElectricityBasis,
} from '../reference/coefficients';
import type { ParameterKey } from '../reference/parameters';
import type { CostClassRules } from './cost-class';
import { energySavedTce } from './energy';
import type { OptionStatus } from './option-status';
import { convertUnit, type Unit } from './units';

// The figures of the performance table (清洁生产审核绩效表, domain.md §5.4
// and §11.6), computed from the audit's options: what the options are
// expected to bring (estimated) next to what the implemented ones were
// measured to bring (verified). Nothing is rounded here; the table rounds
// once, when it prints.

type Column = { readonly parameter: ParameterKey; readonly unit: Unit };

// Resource savings, each in the unit its key names.
export const SAVING_COLUMNS = {
  electricityKwh: { parameter: 'electricity', unit: 'kWh' },
  waterT: { parameter: 'water', unit: 't' },
  naturalGasM3: { parameter: 'naturalGas', unit: 'm3' },
  steamT: { parameter: 'steam', unit: 't' },
  rawCoalT: { parameter: 'rawCoal', unit: 't' },
  dieselT: { parameter: 'diesel', unit: 't' },
} as const satisfies Record<string, Column>;

// Discharge and waste reductions: the results notice's columns first, then
// the rest of the parameter catalogue. Other fuels entered in standard coal
// have no column of their own and count in the energy saved.
export const REDUCTION_COLUMNS = {
  wastewaterT: { parameter: 'wastewater', unit: 't' },
  codT: { parameter: 'cod', unit: 't' },
  ammoniaNitrogenT: { parameter: 'ammoniaNitrogen', unit: 't' },
  so2T: { parameter: 'so2', unit: 't' },
  noxT: { parameter: 'nox', unit: 't' },
  vocsT: { parameter: 'vocs', unit: 't' },
  hazardousWasteT: { parameter: 'hazardousWaste', unit: 't' },
  solidWasteT: { parameter: 'solidWaste', unit: 't' },
  totalNitrogenT: { parameter: 'totalNitrogen', unit: 't' },
  totalPhosphorusT: { parameter: 'totalPhosphorus', unit: 't' },
  particulatesT: { parameter: 'particulates', unit: 't' },
  heavyMetalsKg: { parameter: 'heavyMetals', unit: 'kg' },
  co2T: { parameter: 'co2', unit: 't' },
} as const satisfies Record<string, Column>;

export type Savings = Record<keyof typeof SAVING_COLUMNS, number>;
export type Reductions = Record<keyof typeof REDUCTION_COLUMNS, number>;

/** One side of the table, all per year except the investment. */
export interface PerformanceFigures {
  readonly investmentWanYuan: number;
  readonly economicBenefitWanYuanPerYear: number;
  readonly energySavedTcePerYear: number;
  readonly savings: Savings;
  readonly reductions: Reductions;
}

export interface OptionCounts {
  readonly total: number;
  readonly noLowCost: number;
  readonly midHighCost: number;
  /** Implemented or verified. */
  readonly implemented: number;
  /** By primary aspect. */
  readonly byAspect: Record<AspectKey, number>;
}

export interface PerformanceSummary {
  readonly optionCounts: OptionCounts;
  readonly estimated: PerformanceFigures;
  readonly verified: PerformanceFigures;
}

export interface PerformanceSummarySettings {
  readonly costClassRules: CostClassRules;
  readonly coefficientSet: CoefficientSet;
  readonly electricityBasis: ElectricityBasis;
}

// Options the team has set aside; their estimates promise nothing.
const SET_ASIDE: ReadonlySet<OptionStatus> = new Set<OptionStatus>([
  'not_now',
  'rejected',
  'not_recommended',
]);

const DONE: ReadonlySet<OptionStatus> = new Set<OptionStatus>([
  'implemented',
  'verified',
]);

export function isImplemented(option: Pick<Option, 'status'>): boolean {
  return DONE.has(option.status);
}

type Contribution = {
  readonly investmentWanYuan: number | null;
  readonly benefit: EconomicBenefit;
  readonly effects: readonly OptionEffect[];
};

/**
 * The performance table of an audit from its options. Options in the bin do
 * not count. Counts cover every option. The estimated side sums the
 * estimates of every option not set aside (not feasible now, rejected or
 * not recommended); the verified side sums the implementation records of
 * the implemented and verified options: actual investment, verified benefit
 * and verified effects, each empty figure counting as 0. Negative effects
 * (an increase) subtract. Throws EnergyCalcError when the coefficient set
 * lacks a carrier an effect needs.
 */
export function performanceSummary(
  options: readonly Option[],
  settings: PerformanceSummarySettings,
): PerformanceSummary {
  const live = options.filter((option) => option.deletedAt === null);
  const estimated = live
    .filter((option) => !SET_ASIDE.has(option.status))
    .map((option): Contribution => ({
      investmentWanYuan: option.investmentWanYuan,
      benefit: option.economicBenefitWanYuanPerYear,
      effects: option.environmentalEffects,
    }));
  const verified = live
    .filter(isImplemented)
    .map(({ implementation }): Contribution => ({
      investmentWanYuan: implementation.actualInvestmentWanYuan,
      benefit: implementation.verifiedBenefitWanYuanPerYear,
      effects: implementation.verifiedEffects,
    }));
  return {
    optionCounts: countOptions(live, settings.costClassRules),
    estimated: figuresOf(estimated, settings),
    verified: figuresOf(verified, settings),
  };
}

function countOptions(
  options: readonly Option[],
  rules: CostClassRules,
): OptionCounts {
  const byAspect = Object.fromEntries(
    ASPECT_KEYS.map((key) => [key, 0]),
  ) as Record<AspectKey, number>;
  let noLowCost = 0;
  for (const option of options) {
    byAspect[aspectByCode(option.primaryAspect).key] += 1;
    if (optionCostGroup(option, rules) === 'noLow') noLowCost += 1;
  }
  return {
    total: options.length,
    noLowCost,
    midHighCost: options.length - noLowCost,
    implemented: options.filter(isImplemented).length,
    byAspect,
  };
}

function figuresOf(
  contributions: readonly Contribution[],
  settings: PerformanceSummarySettings,
): PerformanceFigures {
  let investmentWanYuan = 0;
  let economicBenefitWanYuanPerYear = 0;
  for (const contribution of contributions) {
    investmentWanYuan += contribution.investmentWanYuan ?? 0;
    economicBenefitWanYuanPerYear +=
      benefitTotalWanYuanPerYear(contribution.benefit) ?? 0;
  }
  const effects = contributions.flatMap((c) => c.effects);
  return {
    investmentWanYuan,
    economicBenefitWanYuanPerYear,
    energySavedTcePerYear: energySavedTce(
      effects,
      settings.coefficientSet,
      settings.electricityBasis,
    ),
    savings: sumColumns(SAVING_COLUMNS, effects),
    reductions: sumColumns(REDUCTION_COLUMNS, effects),
  };
}

function sumColumns<K extends string>(
  columns: Readonly<Record<K, Column>>,
  effects: readonly OptionEffect[],
): Record<K, number> {
  const keys = Object.keys(columns) as K[];
  return Object.fromEntries(
    keys.map((key) => {
      const { parameter, unit } = columns[key];
      const total = effects
        .filter((effect) => effect.parameter === parameter)
        .reduce((sum, e) => sum + convertUnit(e.quantity, e.unit, unit), 0);
      return [key, total];
    }),
  ) as Record<K, number>;
}
