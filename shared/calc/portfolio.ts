import type { Audit, AuditState, AuditType } from '../model/audit';
import { auditStates, auditTypes } from '../model/audit';
import type { Company } from '../model/company';
import type { Option } from '../model/option';
import { ASPECT_KEYS, type AspectKey } from '../reference/aspects';
import { cityByCode } from '../reference/cities';
import { PILLAR_INDUSTRIES } from '../reference/industries';
import {
  performanceSummary,
  REDUCTION_COLUMNS,
  SAVING_COLUMNS,
  type PerformanceFigures,
  type PerformanceSummary,
  type PerformanceSummarySettings,
  type Reductions,
  type Savings,
} from './performance-summary';

// Portfolio statistics (domain.md §11.7): the performance tables of many
// audits added up, in total and per group. Every figure is the plain sum of
// the per-audit summaries, estimated and verified kept apart as they are in
// each audit's table; nothing is rounded here.

/** One audit as the statistics see it. */
export interface PortfolioAudit {
  readonly audit: Audit;
  /** Undefined when the company record is missing; it then groups as unknown. */
  readonly company: Company | undefined;
  readonly summary: PerformanceSummary;
  /** The acceptance date, where one is recorded. */
  readonly acceptedOn?: string | null;
}

export const GROUP_DIMENSIONS = [
  'year',
  'city',
  'region',
  'industry',
  'pillarGroup',
  'auditType',
  'procedure',
  'consultant',
  'state',
] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

/** The key of a group whose value is not recorded (no city, no auditor). */
export const UNKNOWN_GROUP = 'unknown';

/**
 * The audit year is the year after the base year: the base year is by
 * definition the last full year before the audit (审核基准年), and unlike the
 * record's creation time it stays right for audits typed in afterwards.
 */
export function auditYear(audit: Pick<Audit, 'baseYear'>): number {
  return audit.baseYear + 1;
}

export function groupKeyOf(
  entry: Pick<PortfolioAudit, 'audit' | 'company'>,
  dimension: GroupDimension,
): string {
  const { audit, company } = entry;
  const known = (value: string | undefined) =>
    value === undefined || value.trim() === '' ? UNKNOWN_GROUP : value.trim();
  switch (dimension) {
    case 'year':
      return String(auditYear(audit));
    case 'city':
      return known(cityByCode(company?.cityCode ?? '')?.code);
    case 'region':
      return known(cityByCode(company?.cityCode ?? '')?.region);
    case 'industry':
      return known(pillarOf(company)?.key);
    case 'pillarGroup':
      return known(pillarOf(company)?.group ?? undefined);
    case 'auditType':
      return audit.auditType;
    case 'procedure':
      return audit.procedure;
    case 'consultant':
      return known(audit.leadAuditor);
    case 'state':
      return audit.state;
  }
}

function pillarOf(company: Company | undefined) {
  return PILLAR_INDUSTRIES.find((p) => p.key === company?.pillarGroup);
}

/** Keep audits whose group key matches every dimension given. */
export type PortfolioFilter = Partial<Record<GroupDimension, string>>;

export function filterPortfolio(
  entries: readonly PortfolioAudit[],
  filter: PortfolioFilter,
): PortfolioAudit[] {
  const wanted = Object.entries(filter).filter(
    (pair): pair is [GroupDimension, string] => pair[1] !== undefined,
  );
  return entries.filter((entry) =>
    wanted.every(([dimension, key]) => groupKeyOf(entry, dimension) === key),
  );
}

export interface PortfolioTotals {
  readonly audits: number;
  /** Distinct companies: a company on its second round counts once. */
  readonly companies: number;
  readonly byState: Readonly<Record<AuditState, number>>;
  readonly byType: Readonly<Record<AuditType, number>>;
  readonly summary: PerformanceSummary;
}

export function portfolioTotals(
  entries: readonly PortfolioAudit[],
): PortfolioTotals {
  const byState = zeros(auditStates);
  const byType = zeros(auditTypes);
  for (const { audit } of entries) {
    byState[audit.state] += 1;
    byType[audit.auditType] += 1;
  }
  return {
    audits: entries.length,
    companies: new Set(entries.map((e) => e.audit.companyId)).size,
    byState,
    byType,
    summary: entries.reduce(
      (sum, entry) => addSummaries(sum, entry.summary),
      EMPTY_SUMMARY,
    ),
  };
}

export interface PortfolioGroup extends PortfolioTotals {
  readonly key: string;
}

/** Totals per group, largest group first, then by key; unknown goes last. */
export function groupPortfolio(
  entries: readonly PortfolioAudit[],
  dimension: GroupDimension,
): PortfolioGroup[] {
  const groups = new Map<string, PortfolioAudit[]>();
  for (const entry of entries) {
    const key = groupKeyOf(entry, dimension);
    const members = groups.get(key) ?? [];
    members.push(entry);
    groups.set(key, members);
  }
  return [...groups]
    .map(([key, members]) => ({ key, ...portfolioTotals(members) }))
    .sort(groupOrder(dimension));
}

/**
 * The keys groupPortfolio would give, in its order, without adding up the
 * groups' figures: what a filter's choices need.
 */
export function groupKeys(
  entries: readonly PortfolioAudit[],
  dimension: GroupDimension,
): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const key = groupKeyOf(entry, dimension);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, audits]) => ({ key, audits }))
    .sort(groupOrder(dimension))
    .map((group) => group.key);
}

/** Years in order; other groups largest first; the unknown group last. */
function groupOrder(dimension: GroupDimension) {
  const rank = (key: string) => (key === UNKNOWN_GROUP ? 1 : 0);
  return (
    a: { key: string; audits: number },
    b: { key: string; audits: number },
  ) =>
    dimension === 'year'
      ? rank(a.key) - rank(b.key) || a.key.localeCompare(b.key)
      : rank(a.key) - rank(b.key) ||
        b.audits - a.audits ||
        a.key.localeCompare(b.key);
}

/**
 * An audit's summary for the portfolio. An audit whose options need a
 * coefficient the chosen set lacks gives null and is reported apart
 * instead of stopping the whole page.
 */
export function auditSummaryOrNull(
  audit: Audit,
  options: readonly Option[],
  settings: Omit<PerformanceSummarySettings, 'costClassRules'>,
): PerformanceSummary | null {
  try {
    return performanceSummary(options, {
      ...settings,
      costClassRules: audit.costClassRules,
    });
  } catch {
    return null;
  }
}

/**
 * The same audit read twice (two packages of one audit, or a package and
 * its audit.json) counts once, at its newest revision; equal revisions go
 * to the later update time.
 */
export function newestRevisions<
  T extends { audit: Pick<Audit, 'id' | 'revision' | 'updatedAt'> },
>(items: readonly T[]): T[] {
  const newest = new Map<string, T>();
  for (const item of items) {
    const held = newest.get(item.audit.id);
    if (held === undefined || isNewer(item.audit, held.audit)) {
      newest.set(item.audit.id, item);
    }
  }
  return [...newest.values()];
}

function isNewer(
  a: Pick<Audit, 'revision' | 'updatedAt'>,
  b: Pick<Audit, 'revision' | 'updatedAt'>,
): boolean {
  if (a.revision !== b.revision) return a.revision > b.revision;
  return Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

const EMPTY_FIGURES: PerformanceFigures = {
  investmentWanYuan: 0,
  economicBenefitWanYuanPerYear: 0,
  energySavedTcePerYear: 0,
  savings: zeros(Object.keys(SAVING_COLUMNS)) as Savings,
  reductions: zeros(Object.keys(REDUCTION_COLUMNS)) as Reductions,
};

export const EMPTY_SUMMARY: PerformanceSummary = {
  optionCounts: {
    total: 0,
    noLowCost: 0,
    midHighCost: 0,
    implemented: 0,
    byAspect: zeros<AspectKey>(ASPECT_KEYS),
  },
  estimated: EMPTY_FIGURES,
  verified: EMPTY_FIGURES,
};

function addRecords<K extends string>(
  a: Readonly<Record<K, number>>,
  b: Readonly<Record<K, number>>,
): Record<K, number> {
  const keys = Object.keys(a) as K[];
  return Object.fromEntries(
    keys.map((key) => [key, a[key] + b[key]]),
  ) as Record<K, number>;
}

function addFigures(
  a: PerformanceFigures,
  b: PerformanceFigures,
): PerformanceFigures {
  return {
    investmentWanYuan: a.investmentWanYuan + b.investmentWanYuan,
    economicBenefitWanYuanPerYear:
      a.economicBenefitWanYuanPerYear + b.economicBenefitWanYuanPerYear,
    energySavedTcePerYear: a.energySavedTcePerYear + b.energySavedTcePerYear,
    savings: addRecords(a.savings, b.savings),
    reductions: addRecords(a.reductions, b.reductions),
  };
}

export function addSummaries(
  a: PerformanceSummary,
  b: PerformanceSummary,
): PerformanceSummary {
  const x = a.optionCounts;
  const y = b.optionCounts;
  return {
    optionCounts: {
      total: x.total + y.total,
      noLowCost: x.noLowCost + y.noLowCost,
      midHighCost: x.midHighCost + y.midHighCost,
      implemented: x.implemented + y.implemented,
      byAspect: addRecords(x.byAspect, y.byAspect),
    },
    estimated: addFigures(a.estimated, b.estimated),
    verified: addFigures(a.verified, b.verified),
  };
}
