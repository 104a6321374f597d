import { describe, expect, it } from 'vitest';
import { focusOutcome } from '@renderer/features/stages/stage2/analysis/focus-ranking';
import { DEFAULT_FOCUS_FACTORS } from '@shared/calc/weighted-sum';
import { rankFocusCandidates } from '@shared/model/focus';
import { candidate, factor } from './fixtures';

// The manual's default factors and the demo's scores (domain.md §3.1):
// totals 394, 260 and 264.
const factors = DEFAULT_FOCUS_FACTORS.map((preset, i) =>
  factor(`f${i + 1}`, { name: preset.labelZh, weight: preset.weight }),
);
const scores = (values: number[]) =>
  Object.fromEntries(values.map((r, i) => [`f${i + 1}`, r]));

function demo(chosen: string) {
  return [
    candidate('plating', {
      scores: scores([10, 9, 9, 10, 8, 8, 7]),
      chosen: chosen === 'plating',
    }),
    candidate('inner', {
      scores: scores([6, 8, 5, 5, 6, 7, 6]),
      chosen: chosen === 'inner',
    }),
    candidate('mask', {
      scores: scores([5, 6, 7, 7, 6, 6, 6]),
      chosen: chosen === 'mask',
    }),
  ];
}

describe('focusOutcome', () => {
  it('orders the candidates by ΣW·R with the highest on top', () => {
    const candidates = demo('plating');
    const outcome = focusOutcome(
      candidates,
      rankFocusCandidates(factors, candidates),
    );

    expect(
      outcome.ranked.map((r) => [r.candidate.id, r.total, r.rank]),
    ).toEqual([
      ['plating', 394, 1],
      ['mask', 264, 2],
      ['inner', 260, 3],
    ]);
    expect(outcome.top.map((r) => r.candidate.id)).toEqual(['plating']);
  });

  it('reports the rank of a chosen focus that is not the top-ranked one', () => {
    const candidates = demo('inner');
    const outcome = focusOutcome(
      candidates,
      rankFocusCandidates(factors, candidates),
    );

    expect(outcome.chosen?.candidate.id).toBe('inner');
    expect(outcome.chosen?.rank).toBe(3);
  });

  it('names no top candidate while nothing is scored', () => {
    const candidates = [candidate('a'), candidate('b')];
    const outcome = focusOutcome(
      candidates,
      rankFocusCandidates(factors, candidates),
    );

    expect(outcome.top).toEqual([]);
    expect(outcome.missingScores).toBe(2 * factors.length);
  });
});
