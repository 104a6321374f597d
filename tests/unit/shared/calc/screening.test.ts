import { describe, expect, it } from 'vitest';
import {
  buildScreeningTable,
  decideScreening,
  screeningGroupOf,
  suggestScreeningResult,
} from '@shared/calc/screening';
import type { ScreenedOption, ScreeningTicks } from '@shared/calc/screening';

function ticks(overrides: Partial<ScreeningTicks> = {}): ScreeningTicks {
  return {
    technical: 'pass',
    environmental: 'pass',
    economic: 'pass',
    ease: 'pass',
    productImpact: 'pass',
    ...overrides,
  };
}

interface Row extends ScreenedOption {
  readonly code: string;
}

function row(
  code: string,
  costGroup: Row['costGroup'],
  result: Row['result'],
): Row {
  return { code, costGroup, result };
}

describe('suggestScreeningResult', () => {
  it('suggests feasible when every criterion passes', () => {
    expect(suggestScreeningResult(ticks())).toBe('feasible');
  });

  it.each(['technical', 'environmental', 'economic'] as const)(
    'suggests rejected when %s fails',
    (criterion) => {
      expect(suggestScreeningResult(ticks({ [criterion]: 'fail' }))).toBe(
        'rejected',
      );
    },
  );

  it.each(['ease', 'productImpact'] as const)(
    'suggests not_now when only %s fails',
    (criterion) => {
      expect(suggestScreeningResult(ticks({ [criterion]: 'fail' }))).toBe(
        'not_now',
      );
    },
  );

  it('suggests not_now when a criterion is unknown', () => {
    expect(suggestScreeningResult(ticks({ economic: 'unknown' }))).toBe(
      'not_now',
    );
  });

  it('suggests rejected when a decisive fail meets an unknown', () => {
    const mixed = ticks({ technical: 'fail', environmental: 'unknown' });
    expect(suggestScreeningResult(mixed)).toBe('rejected');
  });
});

describe('decideScreening', () => {
  it('takes the suggestion when the team gives no override', () => {
    expect(decideScreening(ticks({ ease: 'fail' }))).toEqual({
      suggested: 'not_now',
      result: 'not_now',
      overridden: false,
      overrideReason: null,
    });
  });

  it('takes the team override and keeps its reason', () => {
    const decision = decideScreening(ticks({ ease: 'fail' }), {
      result: 'feasible',
      reason: '设备供应商承诺停产检修期间安装',
    });
    expect(decision).toEqual({
      suggested: 'not_now',
      result: 'feasible',
      overridden: true,
      overrideReason: '设备供应商承诺停产检修期间安装',
    });
  });

  it('does not count an override that matches the suggestion', () => {
    const decision = decideScreening(ticks(), {
      result: 'feasible',
      reason: 'agreed',
    });
    expect(decision.overridden).toBe(false);
  });
});

describe('screeningGroupOf', () => {
  it.each([
    ['noLow', 'feasible', 'implement-now'],
    ['midHigh', 'feasible', 'feasibility-study'],
    ['noLow', 'not_now', 'shelved'],
    ['midHigh', 'rejected', 'shelved'],
  ] as const)('puts a %s option screened %s in %s', (group, result, where) => {
    expect(screeningGroupOf({ costGroup: group, result })).toBe(where);
  });
});

describe('buildScreeningTable', () => {
  it('groups options and keeps their input order and fields', () => {
    const table = buildScreeningTable([
      row('F1', 'noLow', 'feasible'),
      row('Z1', 'midHigh', 'feasible'),
      row('F2', 'noLow', 'rejected'),
      row('F3', 'noLow', 'feasible'),
      row('Z2', 'midHigh', 'feasible'),
      row('Z3', 'midHigh', 'not_now'),
    ]);
    const codes = (list: readonly Row[]): string[] => list.map((r) => r.code);
    expect(codes(table.groups['implement-now'])).toEqual(['F1', 'F3']);
    expect(codes(table.groups['feasibility-study'])).toEqual(['Z1', 'Z2']);
    expect(codes(table.groups.shelved)).toEqual(['F2', 'Z3']);
  });

  it('warns when fewer than two options reach feasibility study', () => {
    const table = buildScreeningTable([
      row('Z1', 'midHigh', 'feasible'),
      row('Z2', 'midHigh', 'rejected'),
    ]);
    expect(table.warnings).toEqual([
      { code: 'screening-too-few-feasibility-studies', count: 1, minimum: 2 },
    ]);
  });

  it('does not warn when two options reach feasibility study', () => {
    const table = buildScreeningTable([
      row('Z1', 'midHigh', 'feasible'),
      row('Z2', 'midHigh', 'feasible'),
    ]);
    expect(table.warnings).toEqual([]);
  });

  it('warns for an empty option list', () => {
    expect(buildScreeningTable([]).warnings).toEqual([
      { code: 'screening-too-few-feasibility-studies', count: 0, minimum: 2 },
    ]);
  });

  it('uses the minimum the caller sets', () => {
    const table = buildScreeningTable([row('Z1', 'midHigh', 'feasible')], 1);
    expect(table.warnings).toEqual([]);
  });
});
