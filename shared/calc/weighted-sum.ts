// Weighted-sum ranking (权重总和计分排序法): each factor has a weight W, each
// candidate a score R per factor, and candidates are ranked by Σ W·R. The
// same mechanics pick the audit focus (domain.md §3.1) and rank mid/high-cost
// options at screening (§4.3).

export interface WeightedFactor {
  readonly key: string;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly weight: number;
}

export interface WeightedCandidate {
  readonly key: string;
  /** Score R per factor key; a missing entry or null is an unscored cell. */
  readonly scores: Readonly<Record<string, number | null | undefined>>;
}

export interface WeightedCell {
  readonly factorKey: string;
  readonly weight: number;
  /** The score as entered; null when the cell was left empty. */
  readonly score: number | null;
  /** W·R as counted in the total: 0 for an empty or unusable cell. */
  readonly weightedScore: number;
}

export interface WeightedRow {
  readonly candidateKey: string;
  readonly cells: readonly WeightedCell[];
  readonly total: number;
  /** Competition ranking: equal totals share a rank (1, 2, 2, 4). */
  readonly rank: number;
}

export const WEIGHTED_SUM_ISSUE_CODES = [
  'weighted-sum-weight-out-of-range',
  'weighted-sum-score-out-of-range',
  'weighted-sum-score-missing',
  'weighted-sum-duplicate-factor',
  'weighted-sum-duplicate-candidate',
] as const;
export type WeightedSumIssueCode = (typeof WEIGHTED_SUM_ISSUE_CODES)[number];

export interface WeightedSumIssue {
  readonly code: WeightedSumIssueCode;
  readonly factorKey?: string;
  readonly candidateKey?: string;
}

export interface WeightedSumResult {
  /** Rows by rank; candidates with equal totals keep their input order. */
  readonly rows: readonly WeightedRow[];
  readonly issues: readonly WeightedSumIssue[];
}

// The manual scores both W and R on a 1–10 scale. Fractions inside the
// scale are accepted because some consultants use half points.
export const WEIGHT_RANGE = { min: 1, max: 10 } as const;
export const SCORE_RANGE = { min: 1, max: 10 } as const;

// Totals built from fractional entries can differ by rounding noise alone;
// such totals count as a tie.
const TIE_TOLERANCE = 1e-9;

// Weights are the middle of the ranges the manual gives (domain.md §3.1).
export const DEFAULT_FOCUS_FACTORS = [
  preset('waste-amount', '废弃物量', 'Waste amount', 10),
  preset('main-consumption', '主要消耗', 'Main consumption', 8),
  preset('environmental-cost', '环保费用', 'Environmental cost', 8),
  preset('waste-toxicity', '废弃物毒性', 'Waste toxicity', 8),
  preset('cp-potential', '清洁生产潜力', 'Cleaner-production potential', 5),
  preset('workshop-cooperation', '车间积极性', 'Workshop cooperation', 2),
  preset('development-outlook', '发展前景', 'Development outlook', 2),
] as const;
export type FocusFactorKey = (typeof DEFAULT_FOCUS_FACTORS)[number]['key'];

// Typical weights for ranking mid/high-cost options (domain.md §4.3).
export const DEFAULT_SCREENING_CRITERIA = [
  preset('environmental-effect', '环境效果', 'Environmental effect', 9),
  preset('economic-feasibility', '经济可行性', 'Economic feasibility', 8),
  preset('technical-feasibility', '技术可行性', 'Technical feasibility', 7),
  preset('ease-of-implementation', '可实施性', 'Ease of implementation', 5),
] as const;
export type ScreeningCriterionKey =
  (typeof DEFAULT_SCREENING_CRITERIA)[number]['key'];

function preset<K extends string>(
  key: K,
  labelZh: string,
  labelEn: string,
  weight: number,
): WeightedFactor & { readonly key: K } {
  return { key, labelZh, labelEn, weight };
}

/**
 * Scores every candidate, ranks them by total and lists what is wrong with
 * the table. Problems never stop the ranking: an empty cell counts as 0, an
 * out-of-range number counts as entered, and a non-numeric one counts as 0;
 * each is reported so the user can fix the table.
 */
export function rankWeightedSum(
  factors: readonly WeightedFactor[],
  candidates: readonly WeightedCandidate[],
): WeightedSumResult {
  const issues: WeightedSumIssue[] = [
    ...duplicateIssues(factors, 'weighted-sum-duplicate-factor'),
    ...duplicateIssues(candidates, 'weighted-sum-duplicate-candidate'),
  ];
  for (const { key, weight } of factors) {
    if (!inRange(weight, WEIGHT_RANGE)) {
      issues.push({ code: 'weighted-sum-weight-out-of-range', factorKey: key });
    }
  }

  const scored = candidates.map((candidate) => {
    const cells = factors.map((f) => scoreCell(f, candidate, issues));
    const total = cells.reduce((sum, cell) => sum + cell.weightedScore, 0);
    return { candidateKey: candidate.key, cells, total };
  });

  const ordered = [...scored].sort((a, b) => b.total - a.total);
  const rows = ordered.map((row) => ({
    ...row,
    rank: 1 + ordered.filter((o) => o.total - row.total > TIE_TOLERANCE).length,
  }));
  return { rows, issues };
}

function scoreCell(
  factor: WeightedFactor,
  candidate: WeightedCandidate,
  issues: WeightedSumIssue[],
): WeightedCell {
  const raw = candidate.scores[factor.key];
  const where = { factorKey: factor.key, candidateKey: candidate.key };
  if (raw === null || raw === undefined) {
    issues.push({ code: 'weighted-sum-score-missing', ...where });
    return {
      factorKey: factor.key,
      weight: factor.weight,
      score: null,
      weightedScore: 0,
    };
  }
  if (!inRange(raw, SCORE_RANGE)) {
    issues.push({ code: 'weighted-sum-score-out-of-range', ...where });
  }
  const usable = Number.isFinite(raw) && Number.isFinite(factor.weight);
  return {
    factorKey: factor.key,
    weight: factor.weight,
    score: raw,
    weightedScore: usable ? factor.weight * raw : 0,
  };
}

function inRange(
  value: number,
  range: { readonly min: number; readonly max: number },
): boolean {
  return Number.isFinite(value) && value >= range.min && value <= range.max;
}

function duplicateIssues(
  items: readonly { readonly key: string }[],
  code: 'weighted-sum-duplicate-factor' | 'weighted-sum-duplicate-candidate',
): WeightedSumIssue[] {
  const seen = new Set<string>();
  const issues: WeightedSumIssue[] = [];
  for (const { key } of items) {
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    issues.push(
      code === 'weighted-sum-duplicate-factor'
        ? { code, factorKey: key }
        : { code, candidateKey: key },
    );
  }
  return issues;
}
