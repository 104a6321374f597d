import type { Option } from '../model/option';
import type { Target } from '../model/targets';
import { optionCostGroup } from '../model/option';
import type { CostClassRules } from './cost-class';
import type { OptionStatus } from './option-status';
import { isImplemented } from './performance-summary';

// Stage 6 figures: how many of the mid/high-cost options were carried out,
// and whether each cleaner-production target was reached.

// Mid/high-cost options the team judged not worth doing. They leave the
// denominator: the rate asks how much of what was found feasible got done.
const JUDGED_OUT: ReadonlySet<OptionStatus> = new Set<OptionStatus>([
  'not_now',
  'rejected',
  'not_recommended',
]);

/** Reviewers usually ask why when fewer than half were carried out. */
export const LOW_IMPLEMENTATION_RATE = 0.5;

export interface ImplementationRate {
  /** Mid/high-cost options implemented or verified. */
  readonly implemented: number;
  /** Mid/high-cost options not set aside as infeasible or not recommended. */
  readonly considered: number;
  /** implemented / considered, 0–1; null when no option is considered. */
  readonly rate: number | null;
  readonly low: boolean;
}

/**
 * The implementation rate of the mid/high-cost options (中/高费方案实施率).
 * Options in the bin do not count. An option shelved at screening or not
 * recommended by its feasibility study is out of the denominator.
 */
export function midHighImplementationRate(
  options: readonly Option[],
  rules: CostClassRules,
): ImplementationRate {
  const midHigh = options.filter(
    (option) =>
      option.deletedAt === null &&
      optionCostGroup(option, rules) === 'midHigh' &&
      !JUDGED_OUT.has(option.status),
  );
  const implemented = midHigh.filter(isImplemented).length;
  const considered = midHigh.length;
  const rate = considered === 0 ? null : implemented / considered;
  return {
    implemented,
    considered,
    rate,
    low: rate !== null && rate < LOW_IMPLEMENTATION_RATE,
  };
}

export interface TargetAttainment {
  /** The near-term target value: the absolute one, or derived from the %. */
  readonly targetValue: number | null;
  /** Achieved against baseline in percent (−12.5 for 12.5 % less). */
  readonly changePercent: number | null;
  /** null while the baseline, the target or the achieved value is missing. */
  readonly attained: boolean | null;
}

/**
 * Whether a target was reached by its near-term date (清洁生产目标完成情况).
 * The direction comes from the target itself: a target below the baseline
 * is a reduction, reached when the achieved value is at or below it; a
 * target above the baseline (a reuse rate) is reached at or above it.
 */
export function targetAttainment(
  target: Pick<
    Target,
    | 'baselineValue'
    | 'nearTermAbsolute'
    | 'nearTermRelativePercent'
    | 'achievedValue'
  >,
): TargetAttainment {
  const baseline = target.baselineValue;
  const achieved = target.achievedValue;
  const targetValue =
    target.nearTermAbsolute ??
    (baseline !== null && target.nearTermRelativePercent !== null
      ? baseline * (1 + target.nearTermRelativePercent / 100)
      : null);
  const changePercent =
    baseline !== null && baseline !== 0 && achieved !== null
      ? ((achieved - baseline) / baseline) * 100
      : null;
  let attained: boolean | null = null;
  if (baseline !== null && targetValue !== null && achieved !== null) {
    // Compare with a tolerance so that a target derived from a rounded
    // percentage is not missed by a rounding crumb.
    const slack = Math.abs(targetValue) * 1e-9;
    attained =
      targetValue <= baseline
        ? achieved <= targetValue + slack
        : achieved >= targetValue - slack;
  }
  return { targetValue, changePercent, attained };
}

/** Change of a before/after unit indicator in percent; null when unknown. */
export function changePercent(
  before: number | null,
  after: number | null,
): number | null {
  if (before === null || after === null || before === 0) return null;
  return ((after - before) / before) * 100;
}
