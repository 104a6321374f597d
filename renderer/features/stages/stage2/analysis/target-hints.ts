import type { Target } from '@shared/model/targets';

export type TargetTerm = 'near' | 'long';

/**
 * What the "derived" column of one term shows. Relative targets are the
 * change against the baseline in percent, negative for a reduction
 * (domain.md §3.2): relative % = (target − baseline) / baseline × 100.
 */
export type TargetHint =
  | { kind: 'relative'; percent: number }
  | { kind: 'absolute'; value: number }
  /** A rate (unit %) changes by points: 32 % to 38 % is +6 points. */
  | { kind: 'points'; points: number }
  /** Both are filled and the relative one disagrees with the absolute. */
  | { kind: 'mismatch'; percent: number };

// Relative targets are written to one decimal (−9.1 for −9.09 %); a gap
// above half a point is a typing or calculation error, not rounding.
const MISMATCH_POINTS = 0.5;

function fieldsOf(target: Target, term: TargetTerm) {
  return term === 'near'
    ? {
        absolute: target.nearTermAbsolute,
        relative: target.nearTermRelativePercent,
      }
    : {
        absolute: target.longTermAbsolute,
        relative: target.longTermRelativePercent,
      };
}

export function relativePercent(baseline: number, absolute: number): number {
  return ((absolute - baseline) / baseline) * 100;
}

export function absoluteFromRelative(
  baseline: number,
  percent: number,
): number {
  return baseline * (1 + percent / 100);
}

/** The value one term lacks, or a disagreement; null when nothing to add. */
export function targetHint(
  target: Target,
  term: TargetTerm,
): TargetHint | null {
  const baseline = target.baselineValue;
  if (baseline === null || baseline === 0) return null;
  const { absolute, relative } = fieldsOf(target, term);
  const isRate = target.unit.trim() === '%';

  if (absolute !== null && relative === null) {
    return isRate
      ? { kind: 'points', points: absolute - baseline }
      : { kind: 'relative', percent: relativePercent(baseline, absolute) };
  }
  if (absolute === null && relative !== null) {
    return {
      kind: 'absolute',
      value: absoluteFromRelative(baseline, relative),
    };
  }
  // A rate's relative column may hold points as well as percent, so only
  // other units are checked for agreement.
  if (absolute !== null && relative !== null && !isRate) {
    const percent = relativePercent(baseline, absolute);
    if (Math.abs(percent - relative) > MISMATCH_POINTS) {
      return { kind: 'mismatch', percent };
    }
  }
  return null;
}
