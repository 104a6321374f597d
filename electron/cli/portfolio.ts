import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import {
  GROUP_DIMENSIONS,
  groupPortfolio,
  newestRevisions,
  portfolioTotals,
  type PortfolioAudit,
  type PortfolioGroup,
  type PortfolioTotals,
} from '@shared/calc/portfolio';
import { groupLabel, type Lang } from '@shared/calc/portfolio-labels';
import type { AuditSnapshot } from '@shared/model/snapshot';
import { COEFFICIENT_SETS } from '@shared/reference/coefficients';
import { performanceSummary } from '@shared/calc/performance-summary';
import type { Language } from '@shared/settings/schema';
import type { CliIo } from './common';
import { auditJsonOfPackage, MAX_AUDIT_JSON_MB } from './package-audit';
import {
  readSnapshot,
  snapshotOrReport,
  summaryRows,
  type Accounting,
} from './summary';
import { tableLines } from './text-table';

// `summary DIR`: the performance totals of every audit in a folder of
// .cpaudit packages and audit snapshots (.json), in the JSON shape of a
// single audit's summary plus the audit count and the groupings. The same
// audit found twice counts once, at its newest revision. One unreadable
// file stops the totals: a sum that silently leaves an audit out would be
// quoted as if it were complete.

const AUDIT_FILE_EXTENSIONS = ['.cpaudit', '.json'];

type Words = { language: Language; t: TFunction; io: CliIo };

export async function isFolder(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

export async function runPortfolioSummary(
  folder: string,
  json: boolean,
  accounting: Accounting,
  words: Words,
): Promise<number> {
  const { t, io } = words;
  const files = (await readdir(folder))
    .filter((name) =>
      AUDIT_FILE_EXTENSIONS.includes(path.extname(name).toLowerCase()),
    )
    .sort()
    .map((name) => path.join(folder, name));
  if (files.length === 0) {
    io.err(t('portfolio.cli.emptyFolder', { path: folder }));
    return 1;
  }
  const snapshots: AuditSnapshot[] = [];
  let failed = 0;
  for (const file of files) {
    const snapshot = await readAuditFile(file, t, io);
    if (snapshot) snapshots.push(snapshot);
    else failed += 1;
  }
  if (failed > 0) {
    io.err(t('portfolio.cli.failed', { count: failed }));
    return 1;
  }
  const unique = newestRevisions(snapshots);
  if (unique.length < snapshots.length) {
    io.err(
      t('portfolio.cli.duplicates', {
        count: snapshots.length - unique.length,
      }),
    );
  }
  const entries = unique.map((snapshot): PortfolioAudit => ({
    audit: snapshot.audit,
    company: snapshot.company,
    summary: performanceSummary(snapshot.options, {
      costClassRules: snapshot.audit.costClassRules,
      coefficientSet: COEFFICIENT_SETS[accounting.setId],
      electricityBasis: accounting.basis,
    }),
  }));
  const report = portfolioReport(entries, langOf(words.language), t);
  if (json) io.out(JSON.stringify(portfolioJson(report, accounting), null, 2));
  else printReport(report, folder, words);
  return 0;
}

async function readAuditFile(
  file: string,
  t: TFunction,
  io: CliIo,
): Promise<AuditSnapshot | null> {
  if (path.extname(file).toLowerCase() === '.json') {
    return readSnapshot(file, t, io);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    io.err(t('cli.readFailed', { path: file, reason }));
    return null;
  }
  const result = auditJsonOfPackage(bytes);
  if (result.ok) return snapshotOrReport(result.json, file, t, io);
  const messages = {
    unreadable: 'portfolio.cli.packageUnreadable',
    'not-json': 'portfolio.cli.packageUnreadable',
    'no-audit': 'portfolio.cli.packageWithoutAudit',
    'too-large': 'portfolio.cli.packageTooLarge',
  } as const;
  io.err(t(messages[result.code], { path: file, limit: MAX_AUDIT_JSON_MB }));
  return null;
}

const langOf = (language: Language): Lang => (language === 'en' ? 'en' : 'zh');

type TotalsJson = Omit<PortfolioTotals, 'summary'> & PortfolioTotals['summary'];

export type PortfolioReport = TotalsJson & {
  groupings: Record<string, (TotalsJson & { key: string; label: string })[]>;
};

/** The totals flattened into a single audit's summary shape, plus groups. */
export function portfolioReport(
  entries: readonly PortfolioAudit[],
  lang: Lang,
  t: TFunction,
): PortfolioReport {
  const flat = ({ summary, ...rest }: PortfolioTotals): TotalsJson => ({
    ...summary,
    ...rest,
  });
  const groupings = Object.fromEntries(
    GROUP_DIMENSIONS.map((dimension) => [
      dimension,
      groupPortfolio(entries, dimension).map((group: PortfolioGroup) => ({
        ...flat(group),
        key: group.key,
        label: groupLabel(dimension, group.key, lang, (key) => t(key)),
      })),
    ]),
  );
  return { ...flat(portfolioTotals(entries)), groupings };
}

/**
 * One set of figures in the --json shape of a single audit's summary: the
 * option counts under `options`, the estimated figures at the top level,
 * the verified ones under `verified`, then everything else as it is.
 */
function summaryShape({
  optionCounts,
  estimated,
  verified,
  ...rest
}: TotalsJson) {
  return { options: optionCounts, ...estimated, verified, ...rest };
}

/**
 * The --json output over a folder: the totals in the single-audit shape
 * (so one reader handles both), where the figures came from, and every
 * group in the same shape.
 */
export function portfolioJson(report: PortfolioReport, accounting: Accounting) {
  const { groupings, ...totals } = report;
  return {
    ...summaryShape(totals),
    source: 'folder',
    coefficientSet: accounting.setId,
    electricityBasis: accounting.basis,
    groupings: Object.fromEntries(
      Object.entries(groupings).map(([dimension, groups]) => [
        dimension,
        groups.map((group) => summaryShape(group)),
      ]),
    ),
  };
}

function printReport(report: PortfolioReport, folder: string, words: Words) {
  const { t, io, language } = words;
  io.out(t('portfolio.cli.title', { path: folder }));
  io.out(
    t('portfolio.cli.audits', {
      audits: report.audits,
      companies: report.companies,
      inProgress: report.byState['in-progress'],
      evaluated: report.byState.evaluated,
      accepted: report.byState.accepted,
      mandatory: report.byType.mandatory,
      voluntary: report.byType.voluntary,
    }),
  );
  io.out('');
  for (const line of tableLines(summaryRows(report, language, t))) {
    io.out(line);
  }
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  for (const dimension of ['year', 'region', 'city'] as const) {
    io.out('');
    io.out(
      t('portfolio.cli.groupTitle', {
        dimension: t(`portfolio.dimensions.${dimension}`),
      }),
    );
    const header = [
      t('portfolio.groups.columns.group'),
      t('portfolio.groups.columns.audits'),
      t('portfolio.groups.columns.investmentEstimated'),
      t('portfolio.groups.columns.energyVerified'),
    ];
    const rows = (report.groupings[dimension] ?? []).map((group) => [
      group.label,
      String(group.audits),
      number.format(group.estimated.investmentWanYuan),
      number.format(group.verified.energySavedTcePerYear),
    ]);
    for (const line of tableLines([header, ...rows])) io.out(line);
  }
}
