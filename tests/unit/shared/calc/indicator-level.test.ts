import { describe, expect, it } from 'vitest';
import {
  INDICATOR_LEVELS,
  levelReached,
  satisfiesLevel,
  type IndicatorBenchmarks,
} from '@shared/calc/indicator-level';

// Fresh water per m² of board, lower is better: Ⅰ ≤ 0.5, Ⅱ ≤ 0.9, Ⅲ ≤ 1.3.
const water: IndicatorBenchmarks = { levelI: 0.5, levelII: 0.9, levelIII: 1.3 };
// Water reuse rate in %, higher is better: Ⅰ ≥ 60, Ⅱ ≥ 45, Ⅲ ≥ 30.
const reuse: IndicatorBenchmarks = { levelI: 60, levelII: 45, levelIII: 30 };

describe('level reached on one indicator', () => {
  it('gives the band a lower-is-better value falls in', () => {
    expect(levelReached('le', 0.88, water)).toBe('II');
    expect(levelReached('le', 1.1, water)).toBe('III');
  });

  it('counts a value exactly on a benchmark as reaching that level', () => {
    expect(levelReached('le', 0.9, water)).toBe('II');
    expect(levelReached('ge', 45, reuse)).toBe('II');
  });

  it('gives Ⅰ to a value far better than the Ⅰ benchmark', () => {
    expect(levelReached('le', 0.1, water)).toBe('I');
    expect(levelReached('ge', 100, reuse)).toBe('I');
  });

  it('reads a higher-is-better indicator the other way round', () => {
    expect(levelReached('ge', 32, reuse)).toBe('III');
    expect(levelReached('le', 32, reuse)).toBe('I');
  });

  it('puts a value that misses Ⅲ below Ⅲ', () => {
    expect(levelReached('le', 1.4, water)).toBe('below');
    expect(levelReached('ge', 12, reuse)).toBe('below');
  });

  it('is unknown without a company value', () => {
    expect(levelReached('le', null, water)).toBe('unknown');
    expect(levelReached('le', Number.NaN, water)).toBe('unknown');
  });

  it('skips a level that has no benchmark', () => {
    const noII = { ...water, levelII: null };
    expect(levelReached('le', 0.88, noII)).toBe('III');
  });

  it('is unknown when no level is reached and Ⅲ has no benchmark', () => {
    const noIII = { ...water, levelIII: null };
    expect(levelReached('le', 1.1, noIII)).toBe('unknown');
  });
});

describe('membership of a reached level', () => {
  it('lets Ⅰ satisfy Ⅰ, Ⅱ and Ⅲ', () => {
    expect(INDICATOR_LEVELS.map((level) => satisfiesLevel('I', level))).toEqual(
      [true, true, true],
    );
  });

  it('lets Ⅱ satisfy Ⅱ and Ⅲ but not Ⅰ', () => {
    expect(satisfiesLevel('II', 'I')).toBe(false);
    expect(satisfiesLevel('II', 'II')).toBe(true);
    expect(satisfiesLevel('II', 'III')).toBe(true);
  });

  it('satisfies nothing below Ⅲ and is null when unknown', () => {
    expect(satisfiesLevel('below', 'III')).toBe(false);
    expect(satisfiesLevel('unknown', 'III')).toBeNull();
  });
});
