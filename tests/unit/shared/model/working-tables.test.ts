import { describe, expect, it } from 'vitest';
import { AUDIT_ROW_SCHEMAS } from '@shared/model/audit-rows';
import { studyBalance, type BalanceStream } from '@shared/model/balance';
import { workPlanTemplate } from '@shared/model/team';

const managed = {
  id: 'row-1',
  createdAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-05-01T08:00:00.000Z',
  revision: 1,
  deletedAt: null,
  auditId: 'audit-1',
  sortIndex: 1,
};

function accepts(table: keyof typeof AUDIT_ROW_SCHEMAS, fields: object) {
  return AUDIT_ROW_SCHEMAS[table].safeParse({ ...managed, ...fields }).success;
}

describe('working-table schemas', () => {
  it('fill every cell of a new row with its blank default', () => {
    expect(AUDIT_ROW_SCHEMAS.products.parse(managed)).toEqual({
      ...managed,
      name: '',
      unit: '',
      outputByYear: {},
      outputValueWanYuanByYear: {},
      capacityPerYear: null,
    });
  });

  it('refuse a step filed under a stage it does not belong to', () => {
    expect(accepts('stageSteps', { stepCode: 8, stageCode: 2 })).toBe(true);
    expect(accepts('stageSteps', { stepCode: 8, stageCode: 3 })).toBe(false);
    expect(accepts('stageSteps', { stepCode: 36, stageCode: 7 })).toBe(false);
  });

  it('accept hazardous-waste classes HW01 to HW50 only', () => {
    const hw = (hwCode: string) =>
      accepts('wasteStreams', { medium: 'hazardous', hwCode });
    expect(['HW01', 'HW22', 'HW49', 'HW50'].map(hw)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['HW00', 'HW51', 'hw22', 'HW2'].map(hw)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('refuse an HW code on a stream that is not hazardous waste', () => {
    expect(
      accepts('wasteStreams', { medium: 'wastewater', hwCode: 'HW17' }),
    ).toBe(false);
  });

  it('key yearly values by four-digit year', () => {
    const output = (outputByYear: object) =>
      accepts('products', { outputByYear });
    expect(output({ '2023': 1, '2024': null })).toBe(true);
    expect(output({ 近三年: 1 })).toBe(false);
  });

  it('require at least one aspect on a waste cause, each named once', () => {
    const cause = (aspects: string[]) => accepts('wasteCauses', { aspects });
    expect(cause(['A2', 'A7'])).toBe(true);
    expect(cause([])).toBe(false);
    expect(cause(['A2', 'A2'])).toBe(false);
    expect(cause(['A9'])).toBe(false);
  });

  it('accept only energy carriers of the coefficient catalogue', () => {
    const carrier = (energyCarrierKey: string) =>
      accepts('consumptionItems', { category: 'energy', energyCarrierKey });
    expect(carrier('naturalGas')).toBe(true);
    expect(carrier('biogas')).toBe(false);
  });
});

describe('a balance study', () => {
  const study = AUDIT_ROW_SCHEMAS.balanceStudies.parse({
    ...managed,
    id: 'study-1',
    type: 'water',
  });
  const stream = (id: string, fields: Partial<BalanceStream>): BalanceStream =>
    AUDIT_ROW_SCHEMAS.balanceStreams.parse({
      ...managed,
      id,
      studyId: 'study-1',
      unit: 't',
      ...fields,
    });

  it('sums its own streams and flags an error above its tolerance', () => {
    const result = studyBalance(study, [
      stream('in', { direction: 'in', quantity: 100 }),
      stream('out', { direction: 'out', category: 'waste', quantity: 94 }),
      stream('other', { studyId: 'study-2', direction: 'out', quantity: 50 }),
    ]);

    expect(result.result).toMatchObject({
      ok: true,
      value: { totalIn: 100, totalOut: 94 },
    });
    expect(result.exceedsTolerance).toBe(true);
  });

  it('leaves streams without a quantity out of the sums and names them', () => {
    const result = studyBalance(study, [
      stream('in', { direction: 'in', quantity: 100 }),
      stream('blank', { direction: 'out' }),
    ]);

    expect(result.unfilledStreamIds).toEqual(['blank']);
    expect(result.result).toMatchObject({ value: { totalOut: 0 } });
  });
});

describe('the WS 1-2 template', () => {
  it('keeps the interim-report row blank when the procedure skips step 22', () => {
    const rows = workPlanTemplate('simplified');

    expect(rows).toHaveLength(9);
    expect(rows[4]).toEqual({
      stageLabel: '中期审核报告',
      tasks: '',
      output: '',
    });
  });
});
