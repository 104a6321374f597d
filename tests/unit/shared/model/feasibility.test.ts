import { describe, expect, it } from 'vitest';
import { evaluateEconomics } from '@shared/calc/economics';
import {
  economicInputsOf,
  economicInputsSchema,
  feasibilityStudySchema,
} from '@shared/model/feasibility';

const managed = {
  id: 'study-1',
  auditId: 'audit-1',
  sortIndex: 1,
  createdAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-05-01T08:00:00.000Z',
  revision: 1,
  deletedAt: null,
  optionId: 'option-1',
};

describe('the feasibility study schema', () => {
  it('starts with open checklists, the usual economic defaults and no conclusion', () => {
    const study = feasibilityStudySchema.parse(managed);

    expect(study.technicalChecks.maturity).toBe('unknown');
    expect(study.environmentalChecks.secondaryPollution).toBe('unknown');
    expect(study.economicInputs).toEqual({
      totalInvestmentWanYuan: null,
      subsidyWanYuan: 0,
      revenueIncreaseWanYuanPerYear: 0,
      operatingCostSavingWanYuanPerYear: null,
      depreciationYears: 10,
      discountRate: null,
      taxRate: 0.25,
      serviceYears: null,
    });
    expect(study.conclusion).toBeNull();
  });

  it('refuses a conclusion without its reason', () => {
    const result = feasibilityStudySchema.safeParse({
      ...managed,
      conclusion: 'recommended',
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'conclusionReason',
    ]);
  });

  it('refuses a tax rate given in percent', () => {
    const result = economicInputsSchema.safeParse({ taxRate: 25 });
    expect(result.success).toBe(false);
  });
});

describe('the economic inputs of a study', () => {
  it('are not ready while the discount rate is empty', () => {
    const inputs = economicInputsSchema.parse({
      totalInvestmentWanYuan: 150,
      operatingCostSavingWanYuanPerYear: 32.5,
    });
    expect(economicInputsOf(inputs)).toBeNull();
  });

  it('reproduce the guide’s worked example once complete', () => {
    // domain.md §4.5: I = 150, F = 32.5 (no tax), Y = n = 10, i = 5 %.
    const inputs = economicInputsSchema.parse({
      totalInvestmentWanYuan: 150,
      operatingCostSavingWanYuanPerYear: 32.5,
      discountRate: 0.05,
      taxRate: 0,
    });

    const result = evaluateEconomics(economicInputsOf(inputs)!);

    expect(result.ok && result.value.npvWanYuan).toBeCloseTo(100.96, 2);
    expect(result.ok && result.value.irrInterpolation?.irr).toBeCloseTo(
      0.1726,
      4,
    );
  });

  it('pass the service years on only when they are given', () => {
    const base = {
      totalInvestmentWanYuan: 10,
      operatingCostSavingWanYuanPerYear: 1.58,
      discountRate: 0.06,
    };
    const without = economicInputsOf(economicInputsSchema.parse(base));
    const withYears = economicInputsOf(
      economicInputsSchema.parse({ ...base, serviceYears: 15 }),
    );

    expect(without).not.toHaveProperty('serviceYears');
    expect(withYears?.serviceYears).toBe(15);
  });
});
