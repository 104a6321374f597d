import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_CLASS_RULES } from '@shared/calc/cost-class';
import {
  benefitTotalWanYuanPerYear,
  economicBenefitSchema,
  optionCostClass,
  optionCostGroup,
  optionSchema,
  screeningOf,
} from '@shared/model/option';

const managed = {
  id: 'option-1',
  auditId: 'audit-1',
  sortIndex: 1,
  createdAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-05-01T08:00:00.000Z',
  revision: 1,
  deletedAt: null,
  code: 'F1',
  name: '逆流漂洗',
  primaryAspect: 'A2',
};

function parse(fields: Record<string, unknown> = {}) {
  return optionSchema.safeParse({ ...managed, ...fields });
}

function issuePaths(fields: Record<string, unknown>): string[] {
  const result = parse(fields);
  return result.success
    ? []
    : result.error.issues.map((issue) => issue.path.join('.'));
}

const rules = DEFAULT_COST_CLASS_RULES;

describe('the option schema', () => {
  it('fills a new option with blank estimates, open ticks and an empty record', () => {
    const option = optionSchema.parse(managed);

    expect(option).toMatchObject({
      status: 'proposed',
      source: 'team',
      proposedInStage: 4,
      investmentWanYuan: null,
      costClassOverride: null,
      environmentalEffects: [],
      technologyId: null,
      screening: { override: null, weightedScores: {} },
      implementation: { actualInvestmentWanYuan: null, verifiedEffects: [] },
    });
    expect(option.screening.ticks.technical).toBe('unknown');
    expect(option.economicBenefitWanYuanPerYear.total).toBeNull();
  });

  it('accepts an effect in a unit that converts into the parameter’s own', () => {
    const effect = { parameter: 'electricity', quantity: 12, unit: '万kWh' };
    expect(parse({ environmentalEffects: [effect] }).success).toBe(true);
  });

  it('refuses an effect in a unit of another dimension', () => {
    const effect = { parameter: 'electricity', quantity: 12, unit: 'm3' };
    expect(issuePaths({ environmentalEffects: [effect] })).toEqual([
      'environmentalEffects.0.unit',
    ]);
  });

  it('accepts a negative effect as an increase', () => {
    const effect = { parameter: 'naturalGas', quantity: -5_000, unit: 'm3' };
    expect(parse({ environmentalEffects: [effect] }).success).toBe(true);
  });

  it('refuses a negative investment', () => {
    expect(issuePaths({ investmentWanYuan: -1 })).toEqual([
      'investmentWanYuan',
    ]);
  });

  it('refuses a cost-class override without a reason', () => {
    const override = { costClass: 'low', reason: ' ' };
    expect(issuePaths({ costClassOverride: override })).toEqual([
      'costClassOverride.reason',
    ]);
  });

  it('refuses a secondary aspect that repeats the primary one', () => {
    expect(issuePaths({ secondaryAspects: ['A3', 'A2'] })).toEqual([
      'secondaryAspects',
    ]);
  });

  it('refuses a screening override without a reason', () => {
    const screening = { override: { result: 'feasible', reason: '' } };
    expect(issuePaths({ screening })).toEqual(['screening.override.reason']);
  });

  it('refuses an implementation that ends before it starts', () => {
    const implementation = {
      actualStart: '2026-06-10',
      actualEnd: '2026-06-01',
    };
    expect(issuePaths({ implementation })).toEqual([
      'implementation.actualEnd',
    ]);
  });

  it('refuses a technology id the catalogue does not have', () => {
    expect(issuePaths({ technologyId: 'pcb-not-in-catalogue' })).toEqual([
      'technologyId',
    ]);
    expect(parse({ technologyId: 'pcb-etchant-regeneration' }).success).toBe(
      true,
    );
  });
});

describe('the benefit total', () => {
  it('is the typed total when there is one', () => {
    const benefit = economicBenefitSchema.parse({ total: 10, energy: 3 });
    expect(benefitTotalWanYuanPerYear(benefit)).toBe(10);
  });

  it('is the sum of the parts given when the total is empty', () => {
    const benefit = economicBenefitSchema.parse({
      materials: 198,
      energy: -24,
      other: -12,
    });
    expect(benefitTotalWanYuanPerYear(benefit)).toBe(162);
  });

  it('is empty when nothing is given', () => {
    const benefit = economicBenefitSchema.parse({});
    expect(benefitTotalWanYuanPerYear(benefit)).toBeNull();
  });
});

describe('the cost class of an option', () => {
  it('follows the investment under the audit’s thresholds', () => {
    expect(optionCostClass({ investmentWanYuan: 0 }, rules)).toBe('none');
    expect(optionCostClass({ investmentWanYuan: 4.9 }, rules)).toBe('low');
    expect(optionCostClass({ investmentWanYuan: 45 }, rules)).toBe('mid');
    expect(optionCostClass({ investmentWanYuan: 50 }, rules)).toBe('high');
  });

  it('is the override when one is set', () => {
    const option = {
      investmentWanYuan: 6.2,
      costClassOverride: { costClass: 'low' as const },
    };
    expect(optionCostClass(option, rules)).toBe('low');
    expect(optionCostGroup(option, rules)).toBe('noLow');
  });

  it('is unknown while the investment is, and counts as no/low-cost', () => {
    expect(optionCostClass({ investmentWanYuan: null }, rules)).toBeNull();
    expect(optionCostGroup({ investmentWanYuan: null }, rules)).toBe('noLow');
  });
});

describe('the screening result of an option', () => {
  it('is what the ticks suggest without an override', () => {
    const option = optionSchema.parse({
      ...managed,
      screening: { ticks: { technical: 'fail' } },
    });
    expect(screeningOf(option).result).toBe('rejected');
  });

  it('is the team’s own result when it overrides the ticks', () => {
    const ticks = {
      technical: 'pass',
      environmental: 'pass',
      economic: 'pass',
      ease: 'pass',
      productImpact: 'pass',
    };
    const override = { result: 'not_now', reason: '屋面荷载待复核' };
    const option = optionSchema.parse({
      ...managed,
      screening: { ticks, override },
    });

    expect(screeningOf(option)).toMatchObject({
      suggested: 'feasible',
      result: 'not_now',
      overridden: true,
    });
  });
});
