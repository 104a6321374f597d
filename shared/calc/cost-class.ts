// Cost classes of cleaner-production options (domain.md §4.1). No national
// rule fixes the money thresholds: every audit states its own in the report,
// so the rules are data the consultant edits per audit, and the defaults
// below are only a common starting point.

export const COST_CLASSES = ['none', 'low', 'mid', 'high'] as const;
export type CostClass = (typeof COST_CLASSES)[number];

// Reports and the screening table speak of two merged groups: 无/低费 options
// are done during the audit, 中/高费 options need a feasibility study.
export const COST_GROUPS = ['noLow', 'midHigh'] as const;
export type CostGroup = (typeof COST_GROUPS)[number];

export const COST_CLASS_GROUP: Readonly<Record<CostClass, CostGroup>> = {
  none: 'noLow',
  low: 'noLow',
  mid: 'midHigh',
  high: 'midHigh',
};

export const COST_CLASS_LABELS: Readonly<
  Record<CostClass, { readonly zh: string; readonly en: string }>
> = {
  none: { zh: '无费', en: 'No-cost' },
  low: { zh: '低费', en: 'Low-cost' },
  mid: { zh: '中费', en: 'Mid-cost' },
  high: { zh: '高费', en: 'High-cost' },
};

export const COST_GROUP_LABELS: Readonly<
  Record<CostGroup, { readonly zh: string; readonly en: string }>
> = {
  noLow: { zh: '无/低费', en: 'No/low-cost' },
  midHigh: { zh: '中/高费', en: 'Mid/high-cost' },
};

/**
 * Investment bounds in 万元. An option costs nothing (none), less than
 * `lowUpperWanYuan` (low), less than `midUpperWanYuan` (mid), or more (high).
 * `basis` is the free text the report quotes to justify the thresholds.
 */
export interface CostClassRules {
  readonly lowUpperWanYuan: number;
  readonly midUpperWanYuan: number;
  readonly basis: string;
}

export const DEFAULT_COST_CLASS_RULES: CostClassRules = {
  lowUpperWanYuan: 5,
  midUpperWanYuan: 50,
  basis: '',
};

export const COST_CLASS_CODES = [
  'cost-class-investment-negative',
  'cost-class-investment-not-finite',
  'cost-class-rules-invalid',
] as const;
export type CostClassCode = (typeof COST_CLASS_CODES)[number];

export type CostClassResult =
  | {
      readonly ok: true;
      readonly costClass: CostClass;
      readonly costGroup: CostGroup;
    }
  | { readonly ok: false; readonly code: CostClassCode };

/** Rules are usable when 0 < lowUpper < midUpper and both are finite. */
export function costClassRulesValid(rules: CostClassRules): boolean {
  const { lowUpperWanYuan: low, midUpperWanYuan: mid } = rules;
  return Number.isFinite(low) && Number.isFinite(mid) && 0 < low && low < mid;
}

export function costGroupOf(costClass: CostClass): CostGroup {
  return COST_CLASS_GROUP[costClass];
}

/** Suggests a cost class from the estimated investment; users may override. */
export function classifyInvestment(
  investmentWanYuan: number,
  rules: CostClassRules = DEFAULT_COST_CLASS_RULES,
): CostClassResult {
  if (!costClassRulesValid(rules)) {
    return { ok: false, code: 'cost-class-rules-invalid' };
  }
  if (!Number.isFinite(investmentWanYuan)) {
    return { ok: false, code: 'cost-class-investment-not-finite' };
  }
  if (investmentWanYuan < 0) {
    return { ok: false, code: 'cost-class-investment-negative' };
  }

  const costClass = classOf(investmentWanYuan, rules);
  return { ok: true, costClass, costGroup: COST_CLASS_GROUP[costClass] };
}

function classOf(investmentWanYuan: number, rules: CostClassRules): CostClass {
  if (investmentWanYuan === 0) return 'none';
  if (investmentWanYuan < rules.lowUpperWanYuan) return 'low';
  if (investmentWanYuan < rules.midUpperWanYuan) return 'mid';
  return 'high';
}
