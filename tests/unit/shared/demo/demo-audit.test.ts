import { describe, expect, it } from 'vitest';
import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import { AUDIT_ROW_TABLES } from '@shared/model/audit-rows';
import { studyBalance } from '@shared/model/balance';
import { rankFocusCandidates } from '@shared/model/focus';
import { comparisonLevel } from '@shared/model/indicators';
import { auditSnapshotSchema } from '@shared/model/snapshot';

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
});
