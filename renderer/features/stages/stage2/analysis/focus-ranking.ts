import type { WeightedSumResult } from '@shared/calc/weighted-sum';
import type { FocusCandidate } from '@shared/model/focus';

export type RankedCandidate = {
  candidate: FocusCandidate;
  total: number;
  rank: number;
};

export type FocusOutcome = {
  /** Candidates by rank; equal totals keep the table's order. */
  ranked: readonly RankedCandidate[];
  /** Every candidate sharing rank 1 (more than one on a tie). */
  top: readonly RankedCandidate[];
  chosen: RankedCandidate | null;
  /** Score cells left empty, counted as 0 in the totals. */
  missingScores: number;
};

/** What the ranking says about the candidates and the focus chosen. */
export function focusOutcome(
  candidates: readonly FocusCandidate[],
  ranking: WeightedSumResult,
): FocusOutcome {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const ranked = ranking.rows.flatMap((row) => {
    const candidate = byId.get(row.candidateKey);
    return candidate ? [{ candidate, total: row.total, rank: row.rank }] : [];
  });
  return {
    ranked,
    // With nothing scored every total is 0, and "highest" would mean nothing.
    top: ranked.filter((r) => r.rank === 1 && r.total > 0),
    chosen: ranked.find((r) => r.candidate.chosen) ?? null,
    missingScores: ranking.issues.filter(
      (issue) => issue.code === 'weighted-sum-score-missing',
    ).length,
  };
}
