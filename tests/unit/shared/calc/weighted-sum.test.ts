import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOCUS_FACTORS,
  DEFAULT_SCREENING_CRITERIA,
  rankWeightedSum,
} from '@shared/calc/weighted-sum';
import type {
  FocusFactorKey,
  ScreeningCriterionKey,
  WeightedCandidate,
  WeightedFactor,
} from '@shared/calc/weighted-sum';

function factor(key: string, weight: number): WeightedFactor {
  return { key, labelZh: key, labelEn: key, weight };
}

function candidate(
  key: string,
  scores: WeightedCandidate['scores'],
): WeightedCandidate {
  return { key, scores };
}

const twoFactors = [factor('waste', 10), factor('energy', 5)];

describe('rankWeightedSum', () => {
  it('multiplies weight by score in each cell', () => {
    const { rows } = rankWeightedSum(twoFactors, [
      candidate('plating', { waste: 7, energy: 4 }),
    ]);
    expect(rows[0]?.cells.map((cell) => cell.weightedScore)).toEqual([70, 20]);
  });

  it('totals the weighted scores of a candidate', () => {
    const { rows } = rankWeightedSum(twoFactors, [
      candidate('plating', { waste: 7, energy: 4 }),
    ]);
    expect(rows[0]?.total).toBe(90);
  });

  it('orders candidates by total, highest first', () => {
    const { rows } = rankWeightedSum(twoFactors, [
      candidate('packing', { waste: 2, energy: 2 }),
      candidate('plating', { waste: 9, energy: 8 }),
      candidate('washing', { waste: 5, energy: 5 }),
    ]);
    expect(rows.map((row) => row.candidateKey)).toEqual([
      'plating',
      'washing',
      'packing',
    ]);
    expect(rows.map((row) => row.rank)).toEqual([1, 2, 3]);
  });

  it('gives equal totals a shared rank and skips the next one', () => {
    const { rows } = rankWeightedSum(twoFactors, [
      candidate('a', { waste: 9, energy: 9 }),
      candidate('b', { waste: 5, energy: 4 }),
      candidate('c', { waste: 4, energy: 6 }),
      candidate('d', { waste: 1, energy: 1 }),
    ]);
    expect(rows.map((row) => [row.candidateKey, row.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('treats totals that differ only by rounding noise as a tie', () => {
    const { rows } = rankWeightedSum(
      [factor('x', 1), factor('y', 1), factor('z', 1)],
      [
        candidate('a', { x: 1.1, y: 1.2, z: 1.3 }),
        candidate('b', { x: 1.3, y: 1.2, z: 1.1 }),
      ],
    );
    expect(rows.map((row) => row.rank)).toEqual([1, 1]);
  });

  it('counts a missing score as 0 and reports it', () => {
    const result = rankWeightedSum(twoFactors, [
      candidate('plating', { waste: 7, energy: null }),
      candidate('washing', { waste: 6 }),
    ]);
    const plating = result.rows.find((row) => row.candidateKey === 'plating');
    expect(plating?.total).toBe(70);
    expect(plating?.cells[1]?.score).toBeNull();
    expect(result.issues).toEqual([
      {
        code: 'weighted-sum-score-missing',
        factorKey: 'energy',
        candidateKey: 'plating',
      },
      {
        code: 'weighted-sum-score-missing',
        factorKey: 'energy',
        candidateKey: 'washing',
      },
    ]);
  });

  it('reports a score outside 1–10 and counts it as entered', () => {
    const result = rankWeightedSum(twoFactors, [
      candidate('plating', { waste: 12, energy: 0 }),
    ]);
    expect(result.rows[0]?.total).toBe(120);
    expect(result.issues.map((issue) => issue.factorKey)).toEqual([
      'waste',
      'energy',
    ]);
    expect(new Set(result.issues.map((issue) => issue.code))).toEqual(
      new Set(['weighted-sum-score-out-of-range']),
    );
  });

  it('counts a non-numeric score as 0 and reports it', () => {
    const result = rankWeightedSum(twoFactors, [
      candidate('plating', { waste: Number.NaN, energy: 4 }),
    ]);
    expect(result.rows[0]?.total).toBe(20);
    expect(result.issues).toEqual([
      {
        code: 'weighted-sum-score-out-of-range',
        factorKey: 'waste',
        candidateKey: 'plating',
      },
    ]);
  });

  it('reports a weight outside 1–10', () => {
    const result = rankWeightedSum(
      [factor('waste', 0), factor('energy', 11), factor('water', 10)],
      [candidate('plating', { waste: 1, energy: 1, water: 1 })],
    );
    expect(result.issues).toEqual([
      { code: 'weighted-sum-weight-out-of-range', factorKey: 'waste' },
      { code: 'weighted-sum-weight-out-of-range', factorKey: 'energy' },
    ]);
  });

  it('accepts half points inside the scale without an issue', () => {
    const result = rankWeightedSum(
      [factor('waste', 7.5)],
      [candidate('plating', { waste: 8.5 })],
    );
    expect(result.issues).toEqual([]);
    expect(result.rows[0]?.total).toBe(63.75);
  });

  it('reports duplicate factor and candidate keys', () => {
    const result = rankWeightedSum(
      [factor('waste', 10), factor('waste', 8)],
      [candidate('plating', { waste: 5 }), candidate('plating', { waste: 6 })],
    );
    expect(result.issues).toEqual([
      { code: 'weighted-sum-duplicate-factor', factorKey: 'waste' },
      { code: 'weighted-sum-duplicate-candidate', candidateKey: 'plating' },
    ]);
  });

  it('returns no rows for no candidates', () => {
    expect(rankWeightedSum(twoFactors, [])).toEqual({ rows: [], issues: [] });
  });
});

describe('default factor sets', () => {
  it('weights the focus factors with the middle of the manual ranges', () => {
    expect(
      DEFAULT_FOCUS_FACTORS.map((f) => [f.key, f.labelZh, f.weight]),
    ).toEqual([
      ['waste-amount', '废弃物量', 10],
      ['main-consumption', '主要消耗', 8],
      ['environmental-cost', '环保费用', 8],
      ['waste-toxicity', '废弃物毒性', 8],
      ['cp-potential', '清洁生产潜力', 5],
      ['workshop-cooperation', '车间积极性', 2],
      ['development-outlook', '发展前景', 2],
    ]);
  });

  it('weights the screening criteria 9, 8, 7 and 5', () => {
    expect(
      DEFAULT_SCREENING_CRITERIA.map((f) => [f.key, f.labelZh, f.weight]),
    ).toEqual([
      ['environmental-effect', '环境效果', 9],
      ['economic-feasibility', '经济可行性', 8],
      ['technical-feasibility', '技术可行性', 7],
      ['ease-of-implementation', '可实施性', 5],
    ]);
  });

  it('gives every default factor a distinct key', () => {
    const focus: readonly FocusFactorKey[] = DEFAULT_FOCUS_FACTORS.map(
      (f) => f.key,
    );
    const screening: readonly ScreeningCriterionKey[] =
      DEFAULT_SCREENING_CRITERIA.map((f) => f.key);
    expect(new Set(focus).size).toBe(7);
    expect(new Set(screening).size).toBe(4);
  });

  it('labels every default factor in English', () => {
    const all = [...DEFAULT_FOCUS_FACTORS, ...DEFAULT_SCREENING_CRITERIA];
    expect(all.every((f) => f.labelEn.length > 0)).toBe(true);
  });
});
