import { describe, expect, it } from 'vitest';
import {
  filterPortfolio,
  GROUP_DIMENSIONS,
  groupKeyOf,
  groupKeys,
  groupPortfolio,
  newestRevisions,
  portfolioTotals,
  UNKNOWN_GROUP,
} from '@shared/calc/portfolio';
import {
  portfolioEntries,
  portfolioSnapshots,
} from '../../../fixtures/portfolio';

const entries = portfolioEntries;

describe('portfolio totals', () => {
  const totals = portfolioTotals(entries());

  it('counts audits, distinct companies, states and types', () => {
    expect(totals.audits).toBe(4);
    expect(totals.companies).toBe(3);
    expect(totals.byState).toEqual({
      'in-progress': 2,
      evaluated: 1,
      accepted: 1,
    });
    expect(totals.byType).toEqual({ mandatory: 2, voluntary: 2 });
  });

  it('counts options by cost group, implementation and aspect', () => {
    const counts = totals.summary.optionCounts;
    expect(counts.total).toBe(5);
    // O1 (0) and O5 (2) are no/low-cost; O2 (20), O3 (30), O4 (100) are not.
    expect(counts.noLowCost).toBe(2);
    expect(counts.midHighCost).toBe(3);
    expect(counts.implemented).toBe(2);
    expect(counts.byAspect).toMatchObject({
      management: 2,
      waste: 1,
      process: 1,
      equipment: 1,
      staff: 0,
    });
  });

  it('sums the estimated side without set-aside options, increases subtracting', () => {
    const e = totals.summary.estimated;
    // 0 + 20 + 30 + 2; the rejected O4 (100) does not count.
    expect(e.investmentWanYuan).toBe(52);
    expect(e.economicBenefitWanYuanPerYear).toBe(21);
    // 80 000 − 5 000 kWh.
    expect(e.savings.electricityKwh).toBe(75_000);
    expect(e.savings.waterT).toBe(7000);
    expect(e.reductions.codT).toBe(1.5);
    // 75 000 kWh × 0.1229 kgce/kWh = 9 217.5 kgce.
    expect(e.energySavedTcePerYear).toBeCloseTo(9.2175, 10);
  });

  it('sums the verified side from implemented options only', () => {
    const v = totals.summary.verified;
    expect(v.investmentWanYuan).toBe(32);
    expect(v.economicBenefitWanYuanPerYear).toBe(14);
    // 70 000 − 10 000 kWh.
    expect(v.savings.electricityKwh).toBe(60_000);
    expect(v.savings.waterT).toBe(4500);
    expect(v.reductions.codT).toBe(0);
    // 60 000 kWh × 0.1229 = 7 374 kgce.
    expect(v.energySavedTcePerYear).toBeCloseTo(7.374, 10);
  });

  it('gives zeros for no audits at all', () => {
    const empty = portfolioTotals([]);
    expect(empty.audits).toBe(0);
    expect(empty.summary.estimated.investmentWanYuan).toBe(0);
    expect(empty.summary.verified.reductions.codT).toBe(0);
  });
});

describe('portfolio groups', () => {
  it('derives the region from the company city', () => {
    const regions = entries().map((entry) => groupKeyOf(entry, 'region'));
    expect(regions).toEqual(['prd', 'east', 'west', 'prd']);
  });

  it('groups by region, largest group first', () => {
    const groups = groupPortfolio(entries(), 'region');
    expect(groups.map((g) => [g.key, g.audits, g.companies])).toEqual([
      ['prd', 2, 1],
      ['east', 1, 1],
      ['west', 1, 1],
    ]);
    expect(groups[0]?.summary.estimated.investmentWanYuan).toBe(20);
    expect(groups[1]?.summary.verified.savings.electricityKwh).toBe(-10_000);
  });

  it('orders years by time and keys audits by the year after the base year', () => {
    const groups = groupPortfolio(entries(), 'year');
    expect(groups.map((g) => [g.key, g.audits])).toEqual([
      ['2025', 1],
      ['2026', 3],
    ]);
  });

  it('gives a filter the same keys in the same order as the groups', () => {
    expect(groupKeys(entries(), 'region')).toEqual(['prd', 'east', 'west']);
    for (const dimension of GROUP_DIMENSIONS) {
      expect(groupKeys(entries(), dimension)).toEqual(
        groupPortfolio(entries(), dimension).map((g) => g.key),
      );
    }
  });

  it('puts an audit without a recorded value in the unknown group, last', () => {
    const groups = groupPortfolio(entries(), 'consultant');
    expect(groups.at(-1)?.key).toBe(UNKNOWN_GROUP);
    expect(groups.at(-1)?.audits).toBe(1);
  });

  it('groups industries into the pillar groups', () => {
    const keys = groupPortfolio(entries(), 'pillarGroup').map((g) => g.key);
    expect(keys.sort()).toEqual(['emerging', 'traditional']);
    const byGroup = groupPortfolio(entries(), 'pillarGroup');
    expect(byGroup.find((g) => g.key === 'traditional')?.audits).toBe(2);
  });

  it('treats a company missing from the data as unknown city and region', () => {
    const [first] = entries();
    if (!first) throw new Error('fixture');
    const orphan = { ...first, company: undefined };
    expect(groupKeyOf(orphan, 'city')).toBe(UNKNOWN_GROUP);
    expect(groupKeyOf(orphan, 'region')).toBe(UNKNOWN_GROUP);
  });
});

describe('portfolio filter', () => {
  it('keeps only the audits of the chosen region', () => {
    const east = filterPortfolio(entries(), { region: 'east' });
    expect(east.map((e) => e.audit.id)).toEqual(['A2']);
    expect(portfolioTotals(east).summary.verified.savings.waterT).toBe(4500);
  });

  it('combines dimensions with and', () => {
    const kept = filterPortfolio(entries(), {
      region: 'prd',
      state: 'in-progress',
    });
    expect(kept.map((e) => e.audit.id)).toEqual(['A4']);
  });

  it('keeps everything for an empty filter', () => {
    expect(filterPortfolio(entries(), {})).toHaveLength(4);
  });
});

describe('newest revisions', () => {
  it('counts an audit read twice once, at its newest revision', () => {
    const [a1] = portfolioSnapshots();
    if (!a1) throw new Error('fixture');
    const older = { ...a1, audit: { ...a1.audit, revision: 3 } };
    const newer = {
      ...a1,
      audit: { ...a1.audit, revision: 5, state: 'in-progress' as const },
    };
    const kept = newestRevisions([older, newer, older]);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.audit.revision).toBe(5);
    expect(kept[0]?.audit.state).toBe('in-progress');
  });

  it('breaks a revision tie by the later update time', () => {
    const [a1] = portfolioSnapshots();
    if (!a1) throw new Error('fixture');
    const early = {
      ...a1,
      audit: { ...a1.audit, updatedAt: '2026-01-01T00:00:00.000Z' },
    };
    const late = {
      ...a1,
      audit: {
        ...a1.audit,
        title: '后来的',
        updatedAt: '2026-02-01T00:00:00.000Z',
      },
    };
    expect(newestRevisions([late, early])[0]?.audit.title).toBe('后来的');
  });
});
