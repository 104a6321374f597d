import { describe, expect, it } from 'vitest';
import { planProgress, passedYear } from '@shared/calc/plan-tracking';
import type { PortfolioAudit } from '@shared/calc/portfolio';
import type { PlanIndicator, PlanTarget } from '@shared/model/portfolio';
import { portfolioEntries } from '../../../fixtures/portfolio';

// A1 (company c1) was accepted on 2025-11-20; A2 (c2) is evaluated in its
// audit year 2026; A3 (c3) and A4 (c1, next round) are in progress in 2026.
const entries = portfolioEntries;

function target(
  indicator: PlanIndicator,
  fromYear: number,
  toYear: number,
  value: number,
): PlanTarget {
  return {
    id: `${indicator}-${fromYear}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
    deletedAt: null,
    indicator,
    fromYear,
    toYear,
    target: value,
    note: '',
  };
}

const actual = (t: PlanTarget) => planProgress([t], entries())[0]?.actual;

describe('plan tracking', () => {
  it('counts each company audited in the period once', () => {
    // 2026: A2 (c2), A3 (c3), A4 (c1).
    expect(actual(target('companiesAudited', 2026, 2026, 10))).toBe(3);
    // 2025–2026 adds A1, whose company c1 is already counted.
    expect(actual(target('companiesAudited', 2025, 2026, 10))).toBe(3);
  });

  it('counts acceptances in the year of the acceptance date', () => {
    expect(actual(target('companiesAccepted', 2025, 2025, 1))).toBe(1);
    expect(actual(target('companiesAccepted', 2026, 2026, 1))).toBe(0);
    expect(actual(target('mandatoryAccepted', 2025, 2026, 1))).toBe(1);
  });

  it('counts an evaluated audit without a date in its audit year', () => {
    expect(passedYear(entries()[1] as PortfolioAudit)).toBe(2026);
    expect(actual(target('voluntaryAccepted', 2026, 2026, 4))).toBe(1);
  });

  it('sums verified results of the period and reports the ratio', () => {
    const [progress] = planProgress(
      [target('energySavedTce', 2025, 2026, 14.748)],
      entries(),
    );
    // 60 000 kWh × 0.1229 kgce/kWh = 7.374 tce, half of 14.748.
    expect(progress?.actual).toBeCloseTo(7.374, 10);
    expect(progress?.ratio).toBeCloseTo(0.5, 10);
    expect(actual(target('optionsImplemented', 2025, 2026, 1))).toBe(2);
    expect(actual(target('waterSavedT', 2026, 2026, 1))).toBe(4500);
    expect(actual(target('codReducedT', 2025, 2026, 1))).toBe(0);
  });
});
