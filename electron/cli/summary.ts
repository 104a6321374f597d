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
import { tableLines } from './text-table';

// Sheets and packages are other ways into the same summary; until their
// readers exist, the command says so instead of misreading the file.
const SHEET_EXTENSIONS = ['.xlsx', '.xls', '.csv'];
const PACKAGE_EXTENSION = '.cpaudit';

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
  if (SHEET_EXTENSIONS.includes(extension)) {
    io.err(t('cli.summary.sheetNotYet'));
    return 2;
  }
  if (extension === PACKAGE_EXTENSION) {
    io.err(t('cli.summary.packageNotYet'));
    return 2;
  }
  const accounting = accountingOf(values, t, io);
  if (!accounting) return 2;

  const snapshot = await readSnapshot(file, t, io);
  if (!snapshot) return 1;
  const summary = performanceSummary(snapshot.options, {
    costClassRules: snapshot.audit.costClassRules,
    coefficientSet: COEFFICIENT_SETS[accounting.setId],
    electricityBasis: accounting.basis,
  });
  if (values.json) io.out(JSON.stringify(summary, null, 2));
  else printSummary(summary, snapshot, accounting, language, t, io);
  return 0;
}

type Accounting = { setId: StandardCoefficientSetId; basis: ElectricityBasis };

function accountingOf(
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
  snapshot: AuditSnapshot,
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
  io.out(t('cli.summary.title', { audit: snapshot.audit.title }));
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
  for (const line of tableLines(summaryRows(summary, language, t))) {
    io.out(line);
  }
}

/** The estimated and verified columns under a header row. */
function summaryRows(
  summary: PerformanceSummary,
  language: Language,
  t: TFunction,
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
  const { estimated, verified } = summary;
  const row = (
    label: string,
    pick: (figures: PerformanceFigures) => number,
    format = quantity,
  ) => [label, format.format(pick(estimated)), format.format(pick(verified))];
  const perYear = (column: { parameter: ParameterKey; unit: string }) => {
    const name = parameterByKey(column.parameter).name[lang];
    const unit = column.unit === 'm3' ? 'm³' : column.unit;
    return `  ${t('cli.summary.perYear', { name, unit })}`;
  };
  const columns = ['item', 'estimated', 'verified'];
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
