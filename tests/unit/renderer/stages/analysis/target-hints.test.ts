import { describe, expect, it } from 'vitest';
import {
  targetHint,
  type TargetHint,
} from '@renderer/features/stages/stage2/analysis/target-hints';
import { target } from './fixtures';

function percentOf(hint: TargetHint | null): number | undefined {
  return hint && 'percent' in hint ? hint.percent : undefined;
}

describe('targetHint', () => {
  it('derives the relative target from the absolute one: 0.88 to 0.8 is −9.09 %', () => {
    const hint = targetHint(
      target({ baselineValue: 0.88, nearTermAbsolute: 0.8 }),
      'near',
    );

    expect(hint?.kind).toBe('relative');
    expect(percentOf(hint)).toBeCloseTo(-9.0909, 4);
  });

  it('derives the absolute target from the relative one: 29.8 less 10.1 % is 26.79', () => {
    const hint = targetHint(
      target({ baselineValue: 29.8, longTermRelativePercent: -10.1 }),
      'long',
    );

    expect(hint).toEqual({ kind: 'absolute', value: expect.any(Number) });
    expect(hint && 'value' in hint ? hint.value : null).toBeCloseTo(26.7902, 4);
  });

  it('gives a rate’s change in percentage points: 32 % to 38 % is +6', () => {
    expect(
      targetHint(
        target({ unit: '%', baselineValue: 32, nearTermAbsolute: 38 }),
        'near',
      ),
    ).toEqual({ kind: 'points', points: 6 });
  });

  it('flags a relative target that disagrees with the absolute one', () => {
    const hint = targetHint(
      target({
        baselineValue: 0.88,
        nearTermAbsolute: 0.8,
        nearTermRelativePercent: -12,
      }),
      'near',
    );

    expect(hint?.kind).toBe('mismatch');
    expect(percentOf(hint)).toBeCloseTo(-9.0909, 4);
  });

  it('accepts a relative target rounded to one decimal', () => {
    expect(
      targetHint(
        target({
          baselineValue: 0.88,
          nearTermAbsolute: 0.8,
          nearTermRelativePercent: -9.1,
        }),
        'near',
      ),
    ).toBeNull();
  });

  it('derives nothing without a baseline or from a zero baseline', () => {
    expect(targetHint(target({ nearTermAbsolute: 0.8 }), 'near')).toBeNull();
    expect(
      targetHint(target({ baselineValue: 0, nearTermAbsolute: 0.8 }), 'near'),
    ).toBeNull();
  });
});
