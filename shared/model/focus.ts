import { z } from 'zod';
import { rankWeightedSum, type WeightedSumResult } from '../calc/weighted-sum';
import {
  auditRowSchema,
  LONG_TEXT,
  optionalAmount,
  SHORT_TEXT,
  text,
} from './audit-row';

// Step 8, selecting the audit focus by weighted-sum ranking (domain.md §3.1):
// factors carry a weight W, candidates a score R per factor.

/**
 * A factor of the focus ranking. The weight is stored as entered; whether it
 * lies in the manual's 1–10 range is reported by the ranking, so a grid can
 * show the issue in the cell instead of refusing the keystroke.
 */
export const focusFactorSchema = auditRowSchema.extend({
  name: text(SHORT_TEXT),
  weight: z.number().min(0).default(1),
  // The preset of DEFAULT_FOCUS_FACTORS the row was made from, if any, so
  // the UI can show the preset's label in the reader's language.
  presetKey: z.string().min(1).max(40).nullable().default(null),
});
export type FocusFactor = z.infer<typeof focusFactorSchema>;

/**
 * A candidate focus (备选审核重点) with its scores. `scores` maps a focus
 * factor's record id to R; a missing or null entry is an unscored cell.
 * Entries for factors that were deleted are kept (restoring the factor
 * brings its scores back) and ignored by the ranking.
 */
export const focusCandidateSchema = auditRowSchema.extend({
  name: text(SHORT_TEXT),
  description: text(LONG_TEXT),
  // What the 备选审核重点情况汇总表 shows next to each candidate.
  wasteSummary: text(LONG_TEXT),
  consumptionSummary: text(LONG_TEXT),
  environmentalCostWanYuanPerYear: optionalAmount(),
  scores: z
    .record(z.string().min(1).max(64), z.number().min(0).nullable())
    .default({}),
  // At most one candidate per audit is chosen; chooseFocus keeps it so.
  chosen: z.boolean().default(false),
});
export type FocusCandidate = z.infer<typeof focusCandidateSchema>;

/** Ranks live candidates on live factors; keys in the result are record ids. */
export function rankFocusCandidates(
  factors: readonly FocusFactor[],
  candidates: readonly FocusCandidate[],
): WeightedSumResult {
  return rankWeightedSum(
    factors.map((factor) => ({
      key: factor.id,
      labelZh: factor.name,
      labelEn: factor.name,
      weight: factor.weight,
    })),
    candidates.map((candidate) => ({
      key: candidate.id,
      scores: candidate.scores,
    })),
  );
}
