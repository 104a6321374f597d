import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_CLASS_RULES } from '@shared/calc/cost-class';
import {
  changePercent,
  midHighImplementationRate,
  targetAttainment,
} from '@shared/calc/implementation-progress';
import { makeOption as option } from '../../../fixtures/option';

describe('midHighImplementationRate', () => {
  // Thresholds 5 and 50 万元: 12 and 80 are mid/high, 3 is low-cost.
  const options = [
    option({ investmentWanYuan: 12, status: 'implemented' }),
    option({ investmentWanYuan: 80, status: 'verified' }),
    option({ investmentWanYuan: 20, status: 'planned' }),
    option({ investmentWanYuan: 60, status: 'recommended' }),
    option({ investmentWanYuan: 30, status: 'feasibility_study' }),
    // Judged out: they leave the denominator.
    option({ investmentWanYuan: 25, status: 'not_recommended' }),
    option({ investmentWanYuan: 90, status: 'rejected' }),
    option({ investmentWanYuan: 40, status: 'not_now' }),
    // Low-cost and binned options do not count either.
    option({ investmentWanYuan: 3, status: 'implemented' }),
    option({
      investmentWanYuan: 70,
      status: 'implemented',
      deletedAt: '2026-06-01T00:00:00.000Z',
    }),
  ];

  it('counts implemented and verified mid/high options over those still in play', () => {
    const rate = midHighImplementationRate(options, DEFAULT_COST_CLASS_RULES);
    expect(rate.implemented).toBe(2);
    expect(rate.considered).toBe(5);
    expect(rate.rate).toBeCloseTo(0.4, 12);
    expect(rate.low).toBe(true);
  });

  it('is not low at exactly one half', () => {
    const rate = midHighImplementationRate(
      options.slice(0, 4),
      DEFAULT_COST_CLASS_RULES,
    );
    expect(rate.rate).toBe(0.5);
    expect(rate.low).toBe(false);
  });

  it('has no rate when there is no mid/high option', () => {
    const rate = midHighImplementationRate(
      [option({ investmentWanYuan: 0, status: 'implemented' })],
      DEFAULT_COST_CLASS_RULES,
    );
    expect(rate).toEqual({
      implemented: 0,
      considered: 0,
      rate: null,
      low: false,
    });
  });

  it('follows an overridden cost class', () => {
    const overridden = option({
      investmentWanYuan: 3,
      costClassOverride: { costClass: 'mid', reason: '分期投入，总额按中费计' },
      status: 'implemented',
    });
    const rate = midHighImplementationRate(
      [overridden],
      DEFAULT_COST_CLASS_RULES,
    );
    expect(rate.considered).toBe(1);
  });
});

describe('targetAttainment', () => {
  const base = {
    baselineValue: 0.55,
    nearTermAbsolute: null,
    nearTermRelativePercent: null,
    achievedValue: null,
  };

  it('reaches a reduction target at or below it', () => {
    // 0.55 → 0.50 kWh/件 is −9.09 %; 0.48 achieved is −12.73 %.
    const result = targetAttainment({
      ...base,
      nearTermAbsolute: 0.5,
      achievedValue: 0.48,
    });
    expect(result.targetValue).toBe(0.5);
    expect(result.changePercent).toBeCloseTo(-12.7273, 4);
    expect(result.attained).toBe(true);
    expect(
      targetAttainment({ ...base, nearTermAbsolute: 0.5, achievedValue: 0.52 })
        .attained,
    ).toBe(false);
    expect(
      targetAttainment({ ...base, nearTermAbsolute: 0.5, achievedValue: 0.5 })
        .attained,
    ).toBe(true);
  });

  it('derives the target from the relative figure', () => {
    // −10 % of 0.55 is 0.495; 0.495 itself counts as reached.
    const result = targetAttainment({
      ...base,
      nearTermRelativePercent: -10,
      achievedValue: 0.495,
    });
    expect(result.targetValue).toBeCloseTo(0.495, 12);
    expect(result.attained).toBe(true);
  });

  it('reaches a rising target (a reuse rate) at or above it', () => {
    const rate = {
      baselineValue: 32,
      nearTermAbsolute: 38,
      nearTermRelativePercent: null,
    };
    expect(targetAttainment({ ...rate, achievedValue: 40 }).attained).toBe(
      true,
    );
    expect(targetAttainment({ ...rate, achievedValue: 36 }).attained).toBe(
      false,
    );
  });

  it('says nothing while a value is missing', () => {
    expect(targetAttainment({ ...base, nearTermAbsolute: 0.5 })).toEqual({
      targetValue: 0.5,
      changePercent: null,
      attained: null,
    });
    expect(
      targetAttainment({ ...base, baselineValue: null, achievedValue: 0.4 })
        .attained,
    ).toBeNull();
  });
});

describe('changePercent', () => {
  it('is the change against the value before', () => {
    expect(changePercent(2.4, 1.8)).toBeCloseTo(-25, 12);
    expect(changePercent(0, 1)).toBeNull();
    expect(changePercent(null, 1)).toBeNull();
  });
});
