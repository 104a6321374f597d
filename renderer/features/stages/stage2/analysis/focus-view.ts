import type { CellValue } from '@renderer/components/grid';
import {
  DEFAULT_FOCUS_FACTORS,
  type WeightedSumResult,
} from '@shared/calc/weighted-sum';
import type { FocusFactor } from '@shared/model/focus';
import type { RowView } from '../../use-audit-table';

// The focus scoring grid shows one R column per factor, while a candidate
// stores its scores as one map keyed by factor id; these views translate.

const SCORE_PREFIX = 'score_';

export type ScoreKey = `${typeof SCORE_PREFIX}${string}`;

export type ScoreGridRow = {
  id: string;
  name: string;
  total: number;
  rank: number | null;
} & { [key: ScoreKey]: number | null };

export function scoreKey(factorId: string): ScoreKey {
  return `${SCORE_PREFIX}${factorId}`;
}

export function factorIdOf(key: string): string | null {
  return key.startsWith(SCORE_PREFIX) ? key.slice(SCORE_PREFIX.length) : null;
}

/**
 * A factor's name in the reader's language: a preset still named as the
 * manual names it shows the manual's label for that language; a renamed
 * factor shows what the consultant typed.
 */
export function factorLabel(factor: FocusFactor, language: string): string {
  const preset = DEFAULT_FOCUS_FACTORS.find((p) => p.key === factor.presetKey);
  if (!preset || factor.name !== preset.labelZh) return factor.name;
  return language.startsWith('zh') ? preset.labelZh : preset.labelEn;
}

const asText = (value: CellValue | undefined) =>
  typeof value === 'string' ? value : '';
const asScore = (value: CellValue | undefined) =>
  typeof value === 'number' ? value : null;

/** The scoring grid's view: totals from the row, ranks from the ranking. */
export function scoreView(
  factors: readonly FocusFactor[],
  ranking: WeightedSumResult,
): RowView<'focusCandidates', ScoreGridRow> {
  const ranks = new Map(ranking.rows.map((r) => [r.candidateKey, r.rank]));
  return {
    toGrid: (candidate) => {
      const row: ScoreGridRow = {
        id: candidate.id,
        name: candidate.name,
        total: 0,
        rank: ranks.get(candidate.id) ?? null,
      };
      for (const factor of factors) {
        const score = candidate.scores[factor.id] ?? null;
        row[scoreKey(factor.id)] = score;
        if (score !== null) row.total += factor.weight * score;
      }
      return row;
    },
    toPatch: (candidate, key, value) => {
      const factorId = factorIdOf(key);
      if (factorId !== null) {
        // The whole map is replaced; use-audit-table hands each edit of a
        // paste the row as the edits before it left it.
        return {
          scores: { ...candidate.scores, [factorId]: asScore(value) },
        };
      }
      return key === 'name' ? { name: asText(value) } : {};
    },
    fromGrid: (values) => {
      const scores: Record<string, number | null> = {};
      for (const [key, value] of Object.entries(values)) {
        const factorId = factorIdOf(key);
        if (factorId !== null) scores[factorId] = asScore(value);
      }
      return { name: asText(values.name), scores };
    },
  };
}

/** The factors grid's view: preset names in the reader's language. */
export function factorView(
  language: string,
): RowView<'focusFactors', FocusFactor> {
  return {
    toGrid: (factor) => ({ ...factor, name: factorLabel(factor, language) }),
    toPatch: (_factor, key, value) => {
      if (key === 'name') return { name: asText(value) };
      // The weight has no blank state: a cleared cell keeps the stored one.
      if (key === 'weight' && typeof value === 'number') {
        return { weight: value };
      }
      return {};
    },
    fromGrid: (values) => ({
      name: asText(values.name),
      ...(typeof values.weight === 'number' ? { weight: values.weight } : {}),
    }),
  };
}
