import type { AuditEnergyAccounting } from '@shared/model/audit';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import {
  performanceSummary,
  REDUCTION_COLUMNS,
  SAVING_COLUMNS,
  type PerformanceFigures,
  type PerformanceSummary,
} from '@shared/calc/performance-summary';
import type { CostClassRules } from '@shared/calc/cost-class';
import type { Option } from '@shared/model/option';
import {
  auditSnapshotSchema,
  type AuditSnapshot,
} from '@shared/model/snapshot';
import { ASPECTS } from '@shared/reference/aspects';
import {
  COEFFICIENT_SETS,
  DEFAULT_ENERGY_ACCOUNTING,
  ELECTRICITY_BASES,
  type ElectricityBasis,
  type StandardCoefficientSetId,
} from '@shared/reference/coefficients';
import {
  parameterByKey,
  type ParameterKey,
} from '@shared/reference/parameters';
import type { Language } from '@shared/settings/schema';
import { LANG, parseOptions, type CliIo } from './common';
import { isFolder, runPortfolioSummary } from './portfolio';
import {
  readSheetOptions,
  SHEET_COST_CLASS_RULES,
  SHEET_EXTENSIONS,
} from './summary-sheet';
import { tableLines } from './text-table';

// A filing package is another way into the same summary; until its reader
// is wired in here, the command says so instead of misreading the file.
const PACKAGE_EXTENSION = '.cpaudit';

/** What a summary is computed from: an audit snapshot or an options sheet. */
type Source = {
  readonly kind: 'audit' | 'sheet';
  readonly title: string;
  readonly options: readonly Option[];
  readonly costClassRules: CostClassRules;
  /** An audit's own choice; a sheet has none and takes the default. */
  readonly accounting?: AuditEnergyAccounting;
};

type Side = 'estimated' | 'verified';
const BOTH_SIDES: readonly Side[] = ['estimated', 'verified'];

export async function runSummary(
  rest: string[],
  language: Language,
  t: TFunction,
  io: CliIo,
): Promise<number> {
  const parsed = parseOptions(
    {
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        coefficients: { type: 'string' },
        basis: { type: 'string' },
        lang: LANG,
      },
    },
    t,
    io,
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    io.err(t('cli.summary.missingFile'));
    return 2;
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === PACKAGE_EXTENSION) {
    io.err(t('cli.summary.packageNotYet'));
    return 2;
  }
  const accounting = accountingOf(values, t, io);
  if (!accounting) return 2;
  if (await isFolder(file)) {
    return runPortfolioSummary(file, values.json === true, accounting, {
      language,
      t,
      io,
    });
  }

  const source = SHEET_EXTENSIONS.includes(extension)
    ? await sheetSource(file, t, io)
    : await auditSource(file, t, io);
  if (!source) return 1;
  // An audit counts as it chose unless the command line says otherwise.
  const used: Accounting = {
    setId: values.coefficients
      ? accounting.setId
      : (source.accounting?.coefficientSetId ?? accounting.setId),
    basis: values.basis
      ? accounting.basis
      : (source.accounting?.electricityBasis ?? accounting.basis),
  };
  const summary = performanceSummary(source.options, {
    costClassRules: source.costClassRules,
    coefficientSet: COEFFICIENT_SETS[used.setId],
    electricityBasis: used.basis,
  });
  if (values.json) {
    const json = summaryJson(summary, source.kind, used);
    io.out(JSON.stringify(json, null, 2));
  } else {
    printSummary(summary, source, used, language, t, io);
  }
  return 0;
}

/**
 * The --json shape of one audit or sheet (README): the option counts, then
 * the estimated figures at the top level; for an audit the verified figures
 * follow under `verified` (a sheet has no implementation records); then
 * where the figures come from and how energy was converted.
 */
export function summaryJson(
  summary: PerformanceSummary,
  kind: Source['kind'],
  accounting: Accounting,
) {
  return {
    options: summary.optionCounts,
    ...summary.estimated,
    ...(kind === 'audit' ? { verified: summary.verified } : {}),
    source: kind,
    coefficientSet: accounting.setId,
    electricityBasis: accounting.basis,
  };
}

async function sheetSource(
  file: string,
  t: TFunction,
  io: CliIo,
): Promise<Source | null> {
  const options = await readSheetOptions(file, t, io);
  if (!options) return null;
  const title = path.basename(file);
  const costClassRules = SHEET_COST_CLASS_RULES;
  return { kind: 'sheet', title, options, costClassRules };
}

async function auditSource(
  file: string,
  t: TFunction,
  io: CliIo,
): Promise<Source | null> {
  const snapshot = await readSnapshot(file, t, io);
  if (!snapshot) return null;
  return {
    kind: 'audit',
    title: snapshot.audit.title,
    options: snapshot.options,
    costClassRules: snapshot.audit.costClassRules,
    accounting: snapshot.audit.energyAccounting,
  };
}

export type Accounting = {
  setId: StandardCoefficientSetId;
  basis: ElectricityBasis;
};

export function accountingOf(
  values: { coefficients?: string | undefined; basis?: string | undefined },
  t: TFunction,
  io: CliIo,
): Accounting | null {
  const setId =
    values.coefficients ?? DEFAULT_ENERGY_ACCOUNTING.coefficientSetId;
  const basis = values.basis ?? DEFAULT_ENERGY_ACCOUNTING.electricityBasis;
  const knownSet = Object.hasOwn(COEFFICIENT_SETS, setId);
  const knownBasis = (ELECTRICITY_BASES as readonly string[]).includes(basis);
  if (!knownSet) {
    const known = Object.keys(COEFFICIENT_SETS).join(', ');
    io.err(t('cli.summary.unknownCoefficients', { id: setId, known }));
  }
  if (!knownBasis) io.err(t('cli.summary.badBasis', { value: basis }));
  if (!knownSet || !knownBasis) return null;
  return {
    setId: setId as StandardCoefficientSetId,
    basis: basis as ElectricityBasis,
  };
}

export async function readSnapshot(
  file: string,
  t: TFunction,
  io: CliIo,
): Promise<AuditSnapshot | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    io.err(t('cli.readFailed', { path: file, reason }));
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    io.err(t('cli.summary.notJson', { path: file }));
    return null;
  }
  return snapshotOrReport(json, file, t, io);
}

/** The snapshot in `json`, or null after one stderr line per problem. */
export function snapshotOrReport(
  json: unknown,
  file: string,
  t: TFunction,
  io: CliIo,
): AuditSnapshot | null {
  const result = auditSnapshotSchema.safeParse(json);
  if (result.success) return result.data;
  const { issues } = result.error;
  io.err(
    t('cli.summary.invalidSnapshot', { path: file, count: issues.length }),
  );
  for (const issue of issues.slice(0, 20)) {
    const field = issue.path.join('.');
    io.err(t('cli.summary.invalidField', { field, problem: issue.message }));
  }
  return null;
}

function printSummary(
  summary: PerformanceSummary,
  source: Source,
  accounting: Accounting,
  language: Language,
  t: TFunction,
  io: CliIo,
): void {
  const lang = language === 'en' ? 'en' : 'zh';
  const counts = summary.optionCounts;
  const aspects = ASPECTS.map((aspect) =>
    t('cli.summary.aspectCount', {
      aspect: aspect.optionType[lang],
      count: counts.byAspect[aspect.key],
    }),
  );
  io.out(t('cli.summary.title', { audit: source.title }));
  if (source.kind === 'sheet') io.out(t('optionsSheet.cli.sheetNote'));
  io.out(
    t('cli.summary.accounting', {
      set: COEFFICIENT_SETS[accounting.setId].name[lang],
      basis: t(`cli.summary.basis.${accounting.basis}`),
    }),
  );
  io.out(
    t('cli.summary.counts', {
      total: counts.total,
      noLowCost: counts.noLowCost,
      midHighCost: counts.midHighCost,
      implemented: counts.implemented,
    }),
  );
  io.out(
    t('cli.summary.byAspect', {
      list: aspects.join(t('cli.summary.listSeparator')),
    }),
  );
  io.out('');
  const sides: readonly Side[] =
    source.kind === 'sheet' ? ['estimated'] : BOTH_SIDES;
  for (const line of tableLines(summaryRows(summary, language, t, sides))) {
    io.out(line);
  }
}

/** The estimated and verified columns (or those of `sides`) under a header row. */
export function summaryRows(
  summary: PerformanceSummary,
  language: Language,
  t: TFunction,
  sides: readonly Side[] = BOTH_SIDES,
): string[][] {
  const lang = language === 'en' ? 'en' : 'zh';
  // Money with the report's two decimals; quantities without padding zeros.
  const money = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const quantity = new Intl.NumberFormat(language, {
    maximumFractionDigits: 2,
  });
  const row = (
    label: string,
    pick: (figures: PerformanceFigures) => number,
    format = quantity,
  ) => [label, ...sides.map((side) => format.format(pick(summary[side])))];
  const perYear = (column: { parameter: ParameterKey; unit: string }) => {
    const name = parameterByKey(column.parameter).name[lang];
    const unit = column.unit === 'm3' ? 'm³' : column.unit;
    return `  ${t('cli.summary.perYear', { name, unit })}`;
  };
  const columns = ['item', ...sides];
  const rows: string[][] = [
    columns.map((column) => t(`cli.summary.columns.${column}`)),
    row(t('cli.summary.investment'), (f) => f.investmentWanYuan, money),
    row(
      t('cli.summary.benefit'),
      (f) => f.economicBenefitWanYuanPerYear,
      money,
    ),
    row(t('cli.summary.energySaved'), (f) => f.energySavedTcePerYear),
    [t('cli.summary.savings')],
    ...keysOf(SAVING_COLUMNS).map((key) =>
      row(perYear(SAVING_COLUMNS[key]), (f) => f.savings[key]),
    ),
    [t('cli.summary.reductions')],
    ...keysOf(REDUCTION_COLUMNS).map((key) =>
      row(perYear(REDUCTION_COLUMNS[key]), (f) => f.reductions[key]),
    ),
  ];
  return rows;
}

function keysOf<T extends object>(record: T): (keyof T)[] {
  return Object.keys(record) as (keyof T)[];
}
