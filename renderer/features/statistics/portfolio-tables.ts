import type { TFunction } from 'i18next';
import { gridElectricityCo2T } from '@shared/calc/energy';
import type { PerformanceSummary } from '@shared/calc/performance-summary';
import {
  groupLabel,
  figureRows,
  type Lang,
  type Translate,
} from '@shared/calc/portfolio-labels';
import type { GroupDimension, PortfolioGroup } from '@shared/calc/portfolio';
import type {
  CertificateRow,
  DeadlineBoardRow,
} from '@shared/calc/portfolio-deadlines';
import type { PlanProgress } from '@shared/calc/plan-tracking';
import { MANDATORY_DEADLINE_KEYS } from '@shared/calc/deadlines';
import { ASPECTS } from '@shared/reference/aspects';
import type { Co2FactorSet } from '@shared/reference/coefficients';
import type { CellFormat, SheetCell, SheetTable } from './sheet-table';

// The page's tables, built from the aggregates with translated labels. Each
// is shown as is and exported as is.

export const langOf = (language: string): Lang =>
  language.startsWith('en') ? 'en' : 'zh';

/**
 * `t` for keys built at run time (a group's dimension, a column name): the
 * typed `t` only takes literal keys, and these are checked by the locale
 * tests instead.
 */
export const looseT =
  (t: TFunction): Translate =>
  (key) =>
    (t as unknown as Translate)(key);

export function totalsTable(
  summary: PerformanceSummary,
  co2: Co2FactorSet | null,
  t: TFunction,
  lang: Lang,
): SheetTable {
  const rows = figureRows(lang, {
    investment: t('portfolio.totals.investment'),
    benefit: t('portfolio.totals.benefit'),
    energySaved: t('portfolio.totals.energySaved'),
    savings: t('portfolio.totals.savings'),
    reductions: t('portfolio.totals.reductions'),
    perYear: (name, unit) => t('portfolio.totals.perYear', { name, unit }),
  });
  const headingRows = new Set<number>();
  const rowFormats = new Map<number, CellFormat>();
  const cells: SheetCell[][] = rows.map((row, index) => {
    if (!row.pick) {
      headingRows.add(index);
      return [row.label, null, null];
    }
    if (row.money) rowFormats.set(index, 'money');
    return [row.label, row.pick(summary.estimated), row.pick(summary.verified)];
  });
  if (co2) {
    const grid = (kwh: number) => gridElectricityCo2T(kwh, co2);
    cells.push([
      t('portfolio.totals.gridCo2'),
      grid(summary.estimated.savings.electricityKwh),
      grid(summary.verified.savings.electricityKwh),
    ]);
  }
  return {
    title: t('portfolio.totals.title'),
    columns: [
      { label: t('portfolio.totals.columns.item'), format: 'text' },
      { label: t('portfolio.totals.columns.estimated'), format: 'quantity' },
      { label: t('portfolio.totals.columns.verified'), format: 'quantity' },
    ],
    rows: cells,
    headingRows,
    rowFormats,
  };
}

export function optionsTable(
  summary: PerformanceSummary,
  t: TFunction,
  lang: Lang,
): SheetTable {
  const counts = summary.optionCounts;
  const rate = counts.total === 0 ? null : counts.implemented / counts.total;
  const aspectStart = 6;
  return {
    title: t('portfolio.options.title'),
    columns: [
      { label: t('portfolio.options.columns.item'), format: 'text' },
      { label: t('portfolio.options.columns.count'), format: 'count' },
    ],
    rows: [
      [t('portfolio.options.total'), counts.total],
      [t('portfolio.options.noLowCost'), counts.noLowCost],
      [t('portfolio.options.midHighCost'), counts.midHighCost],
      [t('portfolio.options.implemented'), counts.implemented],
      [t('portfolio.options.implementationRate'), rate],
      [t('portfolio.options.byAspect'), null],
      ...ASPECTS.map((aspect) => [
        `${aspect.code} ${aspect.optionType[lang]}`,
        counts.byAspect[aspect.key],
      ]),
    ],
    headingRows: new Set([aspectStart - 1]),
    // The implementation rate prints as a percentage in the count column.
    rowFormats: new Map([[4, 'percent' as const]]),
  };
}

export function groupTable(
  groups: readonly PortfolioGroup[],
  dimension: GroupDimension,
  t: TFunction,
  lang: Lang,
): SheetTable {
  const c = (key: string) => looseT(t)(`portfolio.groups.columns.${key}`);
  return {
    title: t('portfolio.groups.tableTitle', {
      dimension: t(`portfolio.dimensions.${dimension}`),
    }),
    columns: [
      { label: t(`portfolio.dimensions.${dimension}`), format: 'text' },
      { label: c('audits'), format: 'count' },
      { label: c('accepted'), format: 'count' },
      { label: c('options'), format: 'count' },
      { label: c('implemented'), format: 'count' },
      { label: c('investmentEstimated'), format: 'money' },
      { label: c('investmentVerified'), format: 'money' },
      { label: c('benefitVerified'), format: 'money' },
      { label: c('energyEstimated'), format: 'quantity' },
      { label: c('energyVerified'), format: 'quantity' },
    ],
    rows: groups.map((g) => [
      groupLabel(dimension, g.key, lang, looseT(t)),
      g.audits,
      g.byState.accepted,
      g.summary.optionCounts.total,
      g.summary.optionCounts.implemented,
      g.summary.estimated.investmentWanYuan,
      g.summary.verified.investmentWanYuan,
      g.summary.verified.economicBenefitWanYuanPerYear,
      g.summary.estimated.energySavedTcePerYear,
      g.summary.verified.energySavedTcePerYear,
    ]),
  };
}

export function deadlinesTable(
  rows: readonly DeadlineBoardRow[],
  t: TFunction,
): SheetTable {
  const c = (key: string) => looseT(t)(`portfolio.deadlines.columns.${key}`);
  return {
    title: t('portfolio.deadlines.title'),
    columns: [
      { label: c('audit'), format: 'text' },
      { label: c('company'), format: 'text' },
      { label: c('listPublishedOn'), format: 'text' },
      ...MANDATORY_DEADLINE_KEYS.map((key) => ({
        label: c(key),
        format: 'text' as const,
      })),
    ],
    rows: rows.map((row) => [
      row.title,
      row.companyName,
      row.listPublishedOn,
      ...MANDATORY_DEADLINE_KEYS.map((key) =>
        t('portfolio.deadlines.due', {
          date: row.due[key],
          state: t(`portfolio.deadlines.states.${row.states[key]}`),
        }),
      ),
    ]),
  };
}

export function certificatesTable(
  rows: readonly CertificateRow[],
  t: TFunction,
): SheetTable {
  const c = (key: string) => looseT(t)(`portfolio.certificates.columns.${key}`);
  return {
    title: t('portfolio.certificates.title'),
    columns: [
      { label: c('audit'), format: 'text' },
      { label: c('company'), format: 'text' },
      { label: c('acceptedOn'), format: 'text' },
      { label: c('expiresOn'), format: 'text' },
      { label: c('daysLeft'), format: 'text' },
    ],
    rows: rows.map((row) => [
      row.title,
      row.companyName,
      row.acceptedOn,
      row.expiresOn,
      row.daysLeft < 0
        ? t('portfolio.certificates.expired', { days: -row.daysLeft })
        : t('portfolio.certificates.daysLeft', { days: row.daysLeft }),
    ]),
  };
}

export function planTable(
  progress: readonly PlanProgress[],
  t: TFunction,
): SheetTable {
  const c = (key: string) => looseT(t)(`portfolio.plan.columns.${key}`);
  return {
    title: t('portfolio.plan.title'),
    columns: [
      { label: c('indicator'), format: 'text' },
      { label: c('period'), format: 'text' },
      { label: c('target'), format: 'quantity' },
      { label: c('actual'), format: 'quantity' },
      { label: c('progress'), format: 'percent' },
    ],
    rows: progress.map(({ target, actual, ratio }) => [
      t(`portfolio.plan.indicators.${target.indicator}`),
      t('portfolio.plan.period', {
        from: target.fromYear,
        to: target.toYear,
      }),
      target.target,
      actual,
      ratio,
    ]),
  };
}
