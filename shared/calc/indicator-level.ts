// The level a company reaches on one indicator of a cleaner-production
// standard or indicator system (domain.md §9): Ⅰ is the highest, Ⅲ the
// lowest. A value that reaches a higher level also satisfies every lower one
// (the membership function of the 2013 通则), so the levels are tried from
// the top down and a value far better than Ⅰ still counts as Ⅰ, Ⅱ and Ⅲ.
// Testing for the band between two benchmarks instead would under-score
// exactly the companies that do best.

export const INDICATOR_LEVELS = ['I', 'II', 'III'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

/** A level, 'below' Ⅲ, or 'unknown' when the data cannot tell. */
export type LevelReached = IndicatorLevel | 'below' | 'unknown';

/** 'le': lower is better (use per unit); 'ge': higher is better (reuse). */
export const INDICATOR_DIRECTIONS = ['le', 'ge'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** Benchmark values (基准值) per level; null where the system gives none. */
export interface IndicatorBenchmarks {
  readonly levelI: number | null;
  readonly levelII: number | null;
  readonly levelIII: number | null;
}

function benchmarkOf(
  benchmarks: IndicatorBenchmarks,
  level: IndicatorLevel,
): number | null {
  if (level === 'I') return benchmarks.levelI;
  if (level === 'II') return benchmarks.levelII;
  return benchmarks.levelIII;
}

/** Whether `value` is at least as good as `benchmark` in `direction`. */
export function meetsBenchmark(
  direction: IndicatorDirection,
  value: number,
  benchmark: number,
): boolean {
  return direction === 'le' ? value <= benchmark : value >= benchmark;
}

/**
 * The highest level `value` reaches. A level without a benchmark is skipped.
 * The answer is 'below' only when a Ⅲ benchmark exists and is missed; when
 * Ⅲ has no benchmark and no higher level is reached, nothing is known about
 * Ⅲ, so the answer is 'unknown', as it is for a missing company value.
 */
export function levelReached(
  direction: IndicatorDirection,
  value: number | null,
  benchmarks: IndicatorBenchmarks,
): LevelReached {
  if (value === null || !Number.isFinite(value)) return 'unknown';

  for (const level of INDICATOR_LEVELS) {
    const benchmark = benchmarkOf(benchmarks, level);
    if (benchmark === null || !Number.isFinite(benchmark)) continue;
    if (meetsBenchmark(direction, value, benchmark)) return level;
  }

  const lowest = benchmarks.levelIII;
  return lowest !== null && Number.isFinite(lowest) ? 'below' : 'unknown';
}

/**
 * The membership test of the composite index: whether a reached level
 * satisfies `level` (Ⅰ satisfies Ⅰ, Ⅱ and Ⅲ). Null when the level reached
 * is unknown.
 */
export function satisfiesLevel(
  reached: LevelReached,
  level: IndicatorLevel,
): boolean | null {
  if (reached === 'unknown') return null;
  if (reached === 'below') return false;
  return INDICATOR_LEVELS.indexOf(reached) <= INDICATOR_LEVELS.indexOf(level);
}
