import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annuityFactor,
  cashFlowTable,
  concludeEconomics,
  evaluateEconomics,
  exactIrr,
  expectedPaybackYears,
  interpolatedIrr,
  uniformNpvWanYuan,
} from '@shared/calc/economics';
import type {
  EconomicEvaluation,
  EconomicInputs,
  UniformCashFlow,
} from '@shared/calc/economics';

function inputs(overrides: Partial<EconomicInputs> = {}): EconomicInputs {
  return {
    totalInvestmentWanYuan: 150,
    revenueIncreaseWanYuanPerYear: 0,
    operatingCostSavingWanYuanPerYear: 32.5,
    depreciationYears: 10,
    discountRate: 0.05,
    taxRate: 0,
    ...overrides,
  };
}

function evaluate(overrides: Partial<EconomicInputs> = {}): EconomicEvaluation {
  const result = evaluateEconomics(inputs(overrides));
  if (!result.ok) throw new Error(`unexpected ${result.code}`);
  return result.value;
}

// Worked example (a) of domain.md §4.5: I = 150, F = 32.5, n = 10.
const exampleA: UniformCashFlow = {
  investmentWanYuan: 150,
  annualCashFlowWanYuanPerYear: 32.5,
  years: 10,
};

describe('worked example (a) from the cash flow', () => {
  it('gives the tabulated annuity factor 7.7217 at 5 % over 10 years', () => {
    expect(annuityFactor(0.05, 10)).toBeCloseTo(7.7217, 4);
  });

  it('gives an NPV of about 100.96 万元 at 5 %', () => {
    expect(uniformNpvWanYuan(exampleA, 0.05)).toBeCloseTo(100.96, 2);
  });

  it('brackets the IRR between 17 % and 18 % with the textbook NPVs', () => {
    const bracket = interpolatedIrr(exampleA);
    expect(bracket?.lowerRate).toBe(0.17);
    expect(bracket?.upperRate).toBe(0.18);
    expect(bracket?.annuityFactorAtLower).toBeCloseTo(4.6586, 4);
    expect(bracket?.annuityFactorAtUpper).toBeCloseTo(4.4941, 4);
    // The guide multiplies factors rounded to 4 places, hence 1e-3.
    expect(bracket?.npvAtLowerWanYuan).toBeCloseTo(1.4045, 3);
    expect(bracket?.npvAtUpperWanYuan).toBeCloseTo(-3.9418, 3);
  });

  it('interpolates the IRR to 17.26 %', () => {
    expect(interpolatedIrr(exampleA)?.irr).toBeCloseTo(0.1726, 4);
  });

  it('finds an exact IRR within 0.01 percentage points of the textbook', () => {
    const irr = exactIrr(exampleA);
    expect(irr).not.toBeNull();
    expect(Math.abs((irr ?? 0) - 0.1726)).toBeLessThan(1e-4);
    expect(uniformNpvWanYuan(exampleA, irr ?? 0)).toBeCloseTo(0, 9);
  });
});

describe('worked example (a) through the full pipeline', () => {
  it('reproduces F = 32.5 from P = 32.5 with no tax', () => {
    expect(evaluate().annualCashFlowWanYuanPerYear).toBeCloseTo(32.5, 12);
  });

  it('reproduces F = 32.5 from P = 38.33 with 25 % tax', () => {
    const value = evaluate({
      operatingCostSavingWanYuanPerYear: 115 / 3,
      taxRate: 0.25,
    });
    expect(value.depreciationWanYuanPerYear).toBe(15);
    expect(value.annualCashFlowWanYuanPerYear).toBeCloseTo(32.5, 12);
  });

  it('gives NPV 100.96, payback 4.6 a and IRR 17.26 % from the inputs', () => {
    const value = evaluate({
      operatingCostSavingWanYuanPerYear: 115 / 3,
      taxRate: 0.25,
    });
    expect(value.annuityFactor).toBeCloseTo(7.7217, 4);
    expect(value.npvWanYuan).toBeCloseTo(100.96, 2);
    expect(value.paybackYears).toBeCloseTo(4.6, 1);
    expect(value.irrInterpolation?.irr).toBeCloseTo(0.1726, 4);
    expect(value.irr).toBeCloseTo(0.1726, 3);
  });

  it('divides the NPV by the net investment for the NPVR', () => {
    const value = evaluate({ subsidyWanYuan: 30 });
    expect(value.npvr).toBe(value.npvWanYuan / 120);
  });

  it('adds revenue increase and operating saving into P', () => {
    const value = evaluate({
      revenueIncreaseWanYuanPerYear: 12.5,
      operatingCostSavingWanYuanPerYear: 20,
    });
    expect(value.annualSavingWanYuanPerYear).toBe(32.5);
  });
});

describe('worked example (b)', () => {
  const exampleB = (): EconomicEvaluation =>
    evaluate({
      totalInvestmentWanYuan: 10,
      operatingCostSavingWanYuanPerYear: 1.58,
      taxRate: 0.25,
      discountRate: 0.06,
    });

  it('derives D, T, E and F as the source lists them', () => {
    const value = exampleB();
    expect(value.depreciationWanYuanPerYear).toBe(1);
    expect(value.taxableProfitWanYuanPerYear).toBeCloseTo(0.58, 12);
    expect(value.netProfitWanYuanPerYear).toBeCloseTo(0.435, 12);
    expect(value.annualCashFlowWanYuanPerYear).toBeCloseTo(1.435, 12);
  });

  it('gives a payback of 6.97 years', () => {
    expect(exampleB().paybackYears).toBeCloseTo(6.97, 2);
  });

  it('gives an NPV of about 0.56 万元 at 6 %', () => {
    expect(exampleB().npvWanYuan).toBeCloseTo(0.56, 2);
  });

  // The source prints F = 1.44 but its NPV (0.56) and IRR (7.17 %) only
  // follow from the unrounded F = 1.435; with 1.44 they would be 0.60 and
  // 7.25 %. The exact IRR is 7.170 %, the interpolated one 7.175 %.
  it('gives an exact IRR of 7.17 %', () => {
    expect(exampleB().irr).toBeCloseTo(0.0717, 4);
  });

  it('interpolates the IRR between 7 % and 8 % to about 7.17 %', () => {
    const bracket = exampleB().irrInterpolation;
    expect(bracket?.lowerRate).toBe(0.07);
    expect(bracket?.upperRate).toBe(0.08);
    expect(bracket?.irr).toBeCloseTo(0.0717, 3);
  });
});

describe('cash-flow table', () => {
  it('starts with the outlay in year 0 and ends at the NPV', () => {
    const rows = cashFlowTable(exampleA, 0.05);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toEqual({
      year: 0,
      cashFlowWanYuan: -150,
      discountFactor: 1,
      presentValueWanYuan: -150,
      cumulativePresentValueWanYuan: -150,
    });
    expect(rows[1]?.discountFactor).toBeCloseTo(1 / 1.05, 12);
    expect(rows[1]?.presentValueWanYuan).toBeCloseTo(32.5 / 1.05, 12);
    expect(rows[10]?.cumulativePresentValueWanYuan).toBeCloseTo(
      uniformNpvWanYuan(exampleA, 0.05),
      9,
    );
  });

  it('runs for the service years, not the depreciation years', () => {
    expect(evaluate({ serviceYears: 15 }).cashFlows).toHaveLength(16);
  });
});

describe('edge cases of the formulas', () => {
  it('uses n as the annuity factor at a zero rate', () => {
    expect(annuityFactor(0, 10)).toBe(10);
  });

  it('returns no IRR and no payback when the cash flow is not positive', () => {
    const value = evaluate({ operatingCostSavingWanYuanPerYear: 0 });
    expect(value.annualCashFlowWanYuanPerYear).toBe(0);
    expect(value.irr).toBeNull();
    expect(value.irrInterpolation).toBeNull();
    expect(value.paybackYears).toBeNull();
  });

  it('gives a negative IRR when the cash flows never repay the outlay', () => {
    const irr = exactIrr({
      investmentWanYuan: 100,
      annualCashFlowWanYuanPerYear: 8,
      years: 10,
    });
    expect(irr).toBeLessThan(0);
  });

  it('deducts the subsidy from the investment', () => {
    const value = evaluate({ subsidyWanYuan: 50 });
    expect(value.investmentNetWanYuan).toBe(100);
    expect(value.depreciationWanYuanPerYear).toBe(10);
  });
});

describe('IRR search on arbitrary cash flows', () => {
  // Cash flows up to 100 times the outlay keep the IRR below the search
  // ceiling, so a root always exists when F is large enough to beat −99 %.
  const flows = fc
    .record({
      investmentWanYuan: fc.double({ min: 0.01, max: 1e5, noNaN: true }),
      cashFlowShare: fc.double({ min: 1e-4, max: 100, noNaN: true }),
      years: fc.integer({ min: 1, max: 100 }),
    })
    .map(({ investmentWanYuan, cashFlowShare, years }): UniformCashFlow => ({
      investmentWanYuan,
      annualCashFlowWanYuanPerYear: investmentWanYuan * cashFlowShare,
      years,
    }));

  it('finds a rate where the NPV is zero whenever one lies in range', () => {
    fc.assert(
      fc.property(flows, (flow) => {
        const irr = exactIrr(flow);
        if (irr === null) {
          return uniformNpvWanYuan(flow, -0.99) < 0;
        }
        const scale = flow.investmentWanYuan;
        return Math.abs(uniformNpvWanYuan(flow, irr)) <= 1e-7 * scale;
      }),
    );
  });

  it('brackets the interpolated IRR by whole percents of opposite NPV', () => {
    fc.assert(
      fc.property(flows, (flow) => {
        const bracket = interpolatedIrr(flow);
        if (bracket === null) return true;
        return (
          bracket.npvAtLowerWanYuan >= -1e-9 * flow.investmentWanYuan &&
          bracket.npvAtUpperWanYuan < 0 &&
          bracket.irr >= bracket.lowerRate - 1e-12 &&
          bracket.irr <= bracket.upperRate
        );
      }),
    );
  });
});

describe('input guards', () => {
  it.each([
    [{ totalInvestmentWanYuan: 0 }, 'economics-investment-not-positive'],
    [{ subsidyWanYuan: 150 }, 'economics-investment-not-positive'],
    [{ subsidyWanYuan: -1 }, 'economics-subsidy-negative'],
    [{ depreciationYears: 0 }, 'economics-depreciation-years-not-positive'],
    [{ depreciationYears: -10 }, 'economics-depreciation-years-not-positive'],
    [{ serviceYears: -3 }, 'economics-service-years-invalid'],
    [{ serviceYears: 2.5 }, 'economics-service-years-invalid'],
    [{ serviceYears: 101 }, 'economics-service-years-invalid'],
    [{ discountRate: -0.01 }, 'economics-discount-rate-out-of-range'],
    [{ discountRate: 1 }, 'economics-discount-rate-out-of-range'],
    [{ taxRate: 1.25 }, 'economics-tax-rate-out-of-range'],
    [{ revenueIncreaseWanYuanPerYear: NaN }, 'economics-input-not-finite'],
    [{ totalInvestmentWanYuan: Infinity }, 'economics-input-not-finite'],
  ] as const)('rejects %o with %s', (overrides, code) => {
    const result = evaluateEconomics(inputs(overrides));
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.code).toBe(code);
  });

  it('names the field that holds the bad value', () => {
    const result = evaluateEconomics(inputs({ discountRate: NaN }));
    expect(result.ok ? null : result.field).toBe('discountRate');
  });

  it('blames the depreciation years when n defaults to a fractional Y', () => {
    const result = evaluateEconomics(inputs({ depreciationYears: 7.5 }));
    expect(result.ok ? null : result.field).toBe('depreciationYears');
  });
});

describe('economic conclusion', () => {
  it('expects payback under 3 years for mid-cost, 10 for high-cost', () => {
    expect(expectedPaybackYears('mid')).toBe(3);
    expect(expectedPaybackYears('high')).toBe(10);
    expect(expectedPaybackYears('high', { midYears: 2, highYears: 5 })).toBe(5);
  });

  it('finds example (a) feasible as a high-cost option', () => {
    const conclusion = concludeEconomics(evaluate(), 'high');
    expect(conclusion).toEqual({
      feasible: true,
      reasons: [],
      expectedPaybackYears: 10,
      benchmarkRate: 0.05,
    });
  });

  it('reports a payback too long for a mid-cost option', () => {
    const conclusion = concludeEconomics(evaluate(), 'mid');
    expect(conclusion.feasible).toBe(false);
    expect(conclusion.reasons).toEqual(['payback-too-long']);
  });

  it('reports an IRR below a benchmark above it', () => {
    const conclusion = concludeEconomics(evaluate(), 'high', {
      benchmarkRate: 0.2,
    });
    expect(conclusion.reasons).toEqual(['irr-below-benchmark']);
  });

  it('reports every failed rule for a losing option', () => {
    const losing = evaluate({ operatingCostSavingWanYuanPerYear: -20 });
    expect(concludeEconomics(losing, 'high').reasons).toEqual([
      'npv-negative',
      'payback-too-long',
      'irr-below-benchmark',
    ]);
  });
});
