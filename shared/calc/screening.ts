import type { CostGroup } from './cost-class';

// Simple screening (简易筛选法, domain.md §4.3): the team ticks or crosses
// five criteria per option, and the option comes out feasible (可行), not
// feasible for now (暂不可行) or not feasible (不可行).

export const SCREENING_CRITERIA = [
  'technical',
  'environmental',
  'economic',
  'ease',
  'productImpact',
] as const;
export type ScreeningCriterion = (typeof SCREENING_CRITERIA)[number];

export const SCREENING_TICKS = ['pass', 'fail', 'unknown'] as const;
export type ScreeningTick = (typeof SCREENING_TICKS)[number];

export type ScreeningTicks = Readonly<
  Record<ScreeningCriterion, ScreeningTick>
>;

export const SCREENING_RESULTS = ['feasible', 'not_now', 'rejected'] as const;
export type ScreeningResult = (typeof SCREENING_RESULTS)[number];

// The manual names the criteria and the three outcomes but not how ticks
// combine into an outcome, so this is our convention:
// - an option that fails on technology, environment or economics is rejected
//   (不可行): these are the reasons an option cannot work at all, and a
//   single cross on them outweighs any open question elsewhere;
// - otherwise, an open question on any criterion, or a cross only on ease of
//   implementation or on the effect on production and product, leaves the
//   option for later (暂不可行): both can change with timing and planning;
// - with every criterion passed the option is feasible (可行).
const DECISIVE_CRITERIA: readonly ScreeningCriterion[] = [
  'technical',
  'environmental',
  'economic',
];

/** The outcome the ticks suggest; the team may decide otherwise. */
export function suggestScreeningResult(ticks: ScreeningTicks): ScreeningResult {
  if (DECISIVE_CRITERIA.some((criterion) => ticks[criterion] === 'fail')) {
    return 'rejected';
  }
  const allPass = SCREENING_CRITERIA.every((c) => ticks[c] === 'pass');
  return allPass ? 'feasible' : 'not_now';
}

export interface ScreeningOverride {
  readonly result: ScreeningResult;
  /** Why the team departed from the suggestion; quoted in the report. */
  readonly reason: string;
}

export interface ScreeningDecision {
  readonly suggested: ScreeningResult;
  readonly result: ScreeningResult;
  readonly overridden: boolean;
  readonly overrideReason: string | null;
}

/** The suggestion, replaced by the team's own call when one is given. */
export function decideScreening(
  ticks: ScreeningTicks,
  override: ScreeningOverride | null = null,
): ScreeningDecision {
  const suggested = suggestScreeningResult(ticks);
  if (override === null) {
    return {
      suggested,
      result: suggested,
      overridden: false,
      overrideReason: null,
    };
  }
  return {
    suggested,
    result: override.result,
    overridden: override.result !== suggested,
    overrideReason: override.reason,
  };
}

// The three groups of the screening-results table (方案筛选结果汇总表).
export const SCREENING_GROUPS = [
  'implement-now',
  'feasibility-study',
  'shelved',
] as const;
export type ScreeningGroup = (typeof SCREENING_GROUPS)[number];

export interface ScreenedOption {
  readonly costGroup: CostGroup;
  readonly result: ScreeningResult;
}

export const SCREENING_WARNING_CODES = [
  'screening-too-few-feasibility-studies',
] as const;
export type ScreeningWarningCode = (typeof SCREENING_WARNING_CODES)[number];

export interface ScreeningWarning {
  readonly code: ScreeningWarningCode;
  readonly count: number;
  readonly minimum: number;
}

export interface ScreeningTable<T extends ScreenedOption> {
  readonly groups: Readonly<Record<ScreeningGroup, readonly T[]>>;
  readonly warnings: readonly ScreeningWarning[];
}

// The manual expects at least two mid/high-cost options to go on to
// feasibility analysis (domain.md §4.3, §11.8). Falling short is allowed
// but the reviewer will ask why, hence a warning and not an error.
export const MIN_FEASIBILITY_STUDIES = 2;

export function screeningGroupOf(option: ScreenedOption): ScreeningGroup {
  if (option.result !== 'feasible') return 'shelved';
  return option.costGroup === 'noLow' ? 'implement-now' : 'feasibility-study';
}

/** Sorts options into the table's groups, keeping their input order. */
export function buildScreeningTable<T extends ScreenedOption>(
  options: readonly T[],
  minimumFeasibilityStudies: number = MIN_FEASIBILITY_STUDIES,
): ScreeningTable<T> {
  const groups: Record<ScreeningGroup, T[]> = {
    'implement-now': [],
    'feasibility-study': [],
    shelved: [],
  };
  for (const option of options) groups[screeningGroupOf(option)].push(option);

  const count = groups['feasibility-study'].length;
  const warnings: ScreeningWarning[] =
    count < minimumFeasibilityStudies
      ? [
          {
            code: 'screening-too-few-feasibility-studies',
            count,
            minimum: minimumFeasibilityStudies,
          },
        ]
      : [];
  return { groups, warnings };
}
