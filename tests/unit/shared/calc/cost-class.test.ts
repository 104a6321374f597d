import { describe, expect, it } from 'vitest';
import {
  COST_CLASSES,
  COST_CLASS_LABELS,
  DEFAULT_COST_CLASS_RULES,
  classifyInvestment,
  costClassRulesValid,
  costGroupOf,
} from '@shared/calc/cost-class';
import type { CostClassRules } from '@shared/calc/cost-class';

function rules(overrides: Partial<CostClassRules> = {}): CostClassRules {
  return { ...DEFAULT_COST_CLASS_RULES, ...overrides };
}

describe('classifyInvestment with the default rules', () => {
  it.each([
    [0, 'none', 'noLow'],
    [0.01, 'low', 'noLow'],
    [4.99, 'low', 'noLow'],
    [5, 'mid', 'midHigh'],
    [49.99, 'mid', 'midHigh'],
    [50, 'high', 'midHigh'],
    [1200, 'high', 'midHigh'],
  ] as const)('puts %d 万元 in %s (%s)', (investment, costClass, group) => {
    expect(classifyInvestment(investment)).toEqual({
      ok: true,
      costClass,
      costGroup: group,
    });
  });

  it('reports a negative investment', () => {
    expect(classifyInvestment(-0.5)).toEqual({
      ok: false,
      code: 'cost-class-investment-negative',
    });
  });

  it('reports an investment that is not a number', () => {
    expect(classifyInvestment(Number.NaN)).toEqual({
      ok: false,
      code: 'cost-class-investment-not-finite',
    });
  });
});

describe('classifyInvestment with audit rules', () => {
  it('uses the thresholds the audit sets', () => {
    const custom = rules({ lowUpperWanYuan: 1, midUpperWanYuan: 100 });
    const classOf = (investment: number): string | null => {
      const result = classifyInvestment(investment, custom);
      return result.ok ? result.costClass : null;
    };
    expect([0.5, 1, 99.99, 100].map(classOf)).toEqual([
      'low',
      'mid',
      'mid',
      'high',
    ]);
  });

  it.each([
    [{ lowUpperWanYuan: 0 }],
    [{ lowUpperWanYuan: 60 }],
    [{ midUpperWanYuan: 5 }],
    [{ midUpperWanYuan: Number.POSITIVE_INFINITY }],
  ] as const)('refuses unusable rules %o', (overrides) => {
    expect(costClassRulesValid(rules(overrides))).toBe(false);
    expect(classifyInvestment(10, rules(overrides))).toEqual({
      ok: false,
      code: 'cost-class-rules-invalid',
    });
  });
});

describe('cost groups and labels', () => {
  it('merges none and low into noLow, mid and high into midHigh', () => {
    expect(COST_CLASSES.map(costGroupOf)).toEqual([
      'noLow',
      'noLow',
      'midHigh',
      'midHigh',
    ]);
  });

  it('labels the classes with the audit terms', () => {
    expect(COST_CLASSES.map((c) => COST_CLASS_LABELS[c].zh)).toEqual([
      '无费',
      '低费',
      '中费',
      '高费',
    ]);
  });
});
