import { describe, expect, it } from 'vitest';
import type { EconomicInputs } from '@shared/calc/economics';
import { economicInputProblems } from '@shared/calc/economics-problems';

// domain.md §4.5, second example: I = 10, P = 1.58, Y = 10, t = 25 %.
const SOUND: EconomicInputs = {
  totalInvestmentWanYuan: 10,
  revenueIncreaseWanYuanPerYear: 0,
  operatingCostSavingWanYuanPerYear: 1.58,
  depreciationYears: 10,
  discountRate: 0.06,
  taxRate: 0.25,
};

describe('economic input problems', () => {
  it('are none for inputs evaluateEconomics accepts', () => {
    expect(economicInputProblems(SOUND)).toEqual([]);
  });

  it('list every bad field, not only the first', () => {
    const problems = economicInputProblems({
      ...SOUND,
      depreciationYears: 0,
      discountRate: 1.2,
      taxRate: -0.1,
    });

    expect(problems).toEqual([
      {
        code: 'economics-depreciation-years-not-positive',
        field: 'depreciationYears',
      },
      {
        code: 'economics-discount-rate-out-of-range',
        field: 'discountRate',
      },
      { code: 'economics-tax-rate-out-of-range', field: 'taxRate' },
    ]);
  });

  it('name the investment, not also the subsidy, when the investment is bad', () => {
    const problems = economicInputProblems({
      ...SOUND,
      totalInvestmentWanYuan: -5,
      subsidyWanYuan: 2,
    });

    expect(problems.map((p) => p.field)).toEqual(['totalInvestmentWanYuan']);
  });

  it('name the subsidy when it exceeds a sound investment', () => {
    const problems = economicInputProblems({ ...SOUND, subsidyWanYuan: 12 });

    expect(problems).toEqual([
      { code: 'economics-investment-not-positive', field: 'subsidyWanYuan' },
    ]);
  });

  it('report a field that is not a number once', () => {
    const problems = economicInputProblems({
      ...SOUND,
      operatingCostSavingWanYuanPerYear: Number.NaN,
    });

    expect(problems).toEqual([
      {
        code: 'economics-input-not-finite',
        field: 'operatingCostSavingWanYuanPerYear',
      },
    ]);
  });
});
