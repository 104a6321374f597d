import { describe, expect, it } from 'vitest';
import { COST_CLASS_GROUP } from '@shared/calc/cost-class';
import { concludeEconomics, evaluateEconomics } from '@shared/calc/economics';
import { performanceSummary } from '@shared/calc/performance-summary';
import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import { AUDIT_ROW_TABLES } from '@shared/model/audit-rows';
import { studyBalance } from '@shared/model/balance';
import { rankFocusCandidates } from '@shared/model/focus';
import { economicInputsOf } from '@shared/model/feasibility';
import { comparisonLevel } from '@shared/model/indicators';
import { optionCostClass, screeningOf } from '@shared/model/option';
import { auditSnapshotSchema } from '@shared/model/snapshot';
import { COEFFICIENT_SETS } from '@shared/reference/coefficients';

describe('the demo snapshot', () => {
  it('parses with the snapshot schema unchanged', () => {
    const snapshot = demoSnapshot();
    expect(auditSnapshotSchema.parse(snapshot)).toEqual(snapshot);
  });

  it('fills every working table with rows of the demo audit', () => {
    const snapshot = demoSnapshot();
    for (const table of AUDIT_ROW_TABLES) {
      expect(snapshot[table].length, table).toBeGreaterThan(0);
      const owners = new Set(snapshot[table].map((row) => row.auditId));
      expect([...owners], table).toEqual([DEMO_AUDIT_ID]);
    }
  });

  it('gives every row an id no other row uses', () => {
    const snapshot = demoSnapshot();
    const ids = AUDIT_ROW_TABLES.flatMap((t) => snapshot[t].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds the same rows every time it is called', () => {
    expect(demoSnapshot()).toEqual(demoSnapshot());
  });

  it('makes 62万 m² of board in the base year', () => {
    const output = demoSnapshot().products.map((p) => p.outputByYear['2025']);
    expect(output.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(620_000);
  });

  it('ranks the chosen focus first on the default factors', () => {
    const { focusFactors, focusCandidates } = demoSnapshot();
    const [top] = rankFocusCandidates(focusFactors, focusCandidates).rows;
    const chosen = focusCandidates.filter((c) => c.chosen);

    expect(chosen.map((c) => c.id)).toEqual([top?.candidateKey]);
    expect(top?.total).toBe(394);
  });

  it('has a water balance just inside the 5 % tolerance', () => {
    const { balanceStudies, balanceStreams } = demoSnapshot();
    const water = balanceStudies.find((s) => s.type === 'water');
    const balance = studyBalance(water!, balanceStreams);

    expect(balance.result).toMatchObject({ ok: true });
    const error = balance.result.ok ? balance.result.value.errorFraction : 0;
    expect(error).toBeCloseTo(0.047, 3);
    expect(balance.exceedsTolerance).toBe(false);
  });

  it('includes an indicator beyond level Ⅰ that counts as Ⅰ', () => {
    const levels = demoSnapshot().indicatorComparisons.map(comparisonLevel);
    expect(levels).toEqual(['II', 'II', 'III', 'III', 'III', 'I']);
  });

  it('registers 40 options, F1–F31 and Z1–Z9, over all eight aspects', () => {
    const { options } = demoSnapshot();
    const codes = options.map((option) => option.code);
    const series = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

    expect(codes.filter((c) => c.startsWith('F'))).toEqual(series('F', 31));
    expect(codes.filter((c) => c.startsWith('Z'))).toEqual(series('Z', 9));
    expect(new Set(options.map((o) => o.primaryAspect)).size).toBe(8);
  });

  it('gives every option the screening result its status needs', () => {
    const expected = (status: string) =>
      status === 'rejected' || status === 'not_now' ? status : 'feasible';
    for (const option of demoSnapshot().options) {
      expect(screeningOf(option).result, option.code).toBe(
        expected(option.status),
      );
    }
  });

  it('has one study per mid/high-cost option past screening, its conclusion matching the economics and the status', () => {
    const { audit, options, feasibilityStudies } = demoSnapshot();
    const studied = options.filter((option) => {
      const costClass = optionCostClass(option, audit.costClassRules);
      return (
        costClass !== null &&
        COST_CLASS_GROUP[costClass] === 'midHigh' &&
        option.status !== 'not_now'
      );
    });

    expect(feasibilityStudies.map((s) => s.optionId).sort()).toEqual(
      studied.map((o) => o.id).sort(),
    );
    for (const study of feasibilityStudies) {
      const option = options.find((o) => o.id === study.optionId)!;
      const costClass = optionCostClass(option, audit.costClassRules);
      const result = evaluateEconomics(economicInputsOf(study.economicInputs)!);
      const feasible =
        result.ok &&
        concludeEconomics(result.value, costClass as 'mid' | 'high').feasible;

      expect(feasible, option.code).toBe(study.conclusion === 'recommended');
      expect(option.status === 'not_recommended', option.code).toBe(!feasible);
    }
  });

  it('adds up to a performance table of about 207 万kWh and 11.6万 t of water a year', () => {
    const { audit, options } = demoSnapshot();
    const summary = performanceSummary(options, {
      costClassRules: audit.costClassRules,
      coefficientSet: COEFFICIENT_SETS['gbt2589-2020'],
      electricityBasis: 'calorific',
    });

    expect(summary.optionCounts).toMatchObject({
      total: 40,
      noLowCost: 31,
      midHighCost: 9,
      implemented: 32,
    });
    expect(summary.estimated.savings.electricityKwh).toBe(2_068_000);
    expect(summary.estimated.savings.waterT).toBe(115_800);
    expect(summary.verified.savings.electricityKwh).toBe(933_000);
    expect(summary.verified.reductions.hazardousWasteT).toBeCloseTo(1_787.6, 6);
  });
});
