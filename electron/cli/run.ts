import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import i18next, { type TFunction } from 'i18next';
import { evaluateEconomics, type EconomicInputs } from '@shared/calc/economics';
import { economicInputProblems } from '@shared/calc/economics-problems';
import {
  performanceSummary,
  REDUCTION_COLUMNS,
  SAVING_COLUMNS,
  type PerformanceFigures,
  type PerformanceSummary,
} from '@shared/calc/performance-summary';
import { demoSnapshot } from '@shared/demo/demo-audit';
import { resources } from '@shared/i18n';
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
import { languages, type Language } from '@shared/settings/schema';

/**
 * The headless entry: the same shared code the app uses, for batch work and
 * checks. `npm run cli -- <command>` in a checkout; the packaged app accepts
 * the same arguments. Problems go to stderr, one line each, in --lang.
 */
export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
};

export const cliCommands = ['demo', 'summary', 'feasibility', 'help'] as const;
export type CliCommand = (typeof cliCommands)[number];

export function isCliCommand(word: string | undefined): word is CliCommand {
  return cliCommands.includes(word as CliCommand);
}

function languageOf(argv: string[]): Language {
  const index = argv.indexOf('--lang');
  const value = index >= 0 ? argv[index + 1] : undefined;
  return languages.includes(value as Language) ? (value as Language) : 'zh-CN';
}

async function translator(language: Language): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  return instance.t.bind(instance) as TFunction;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const t = await translator(languageOf(argv));
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    io.out(t('cli.usage'));
    return command ? 0 : 2;
  }
  if (!isCliCommand(command)) {
    io.err(t('cli.unknownCommand', { command }));
    return 2;
  }
  const language = languageOf(argv);
  if (command === 'summary') return runSummary(rest, language, t, io);
  if (command === 'feasibility') return runFeasibility(rest, language, t, io);
  const parsed = parseOptions(
    { args: rest, options: { out: { type: 'string' }, lang: LANG } },
    t,
    io,
  );
  return parsed ? writeDemo(parsed.values.out, t, io) : 2;
}

const LANG = { type: 'string' } as const;

/**
 * Parses strictly (parseArgs' default): an unknown or malformed option is
 * reported and the caller exits with 2.
 */
function parseOptions<T extends ParseArgsConfig>(
  config: T,
  t: TFunction,
  io: CliIo,
): ReturnType<typeof parseArgs<T>> | null {
  try {
    return parseArgs(config);
  } catch (error) {
    io.err(t('cli.badOption', { detail: (error as Error).message }));
    return null;
  }
}

async function writeDemo(
  out: string | undefined,
  t: TFunction,
  io: CliIo,
): Promise<number> {
  if (!out) {
    io.err(t('cli.missingOut'));
    return 2;
  }
  const target = path.resolve(out, 'demo-audit.json');
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(demoSnapshot(), null, 2)}\n`);
  } catch (error) {
    io.err(
      t('cli.writeFailed', {
        path: target,
        reason: (error as NodeJS.ErrnoException).code ?? 'error',
      }),
    );
    return 1;
  }
  io.out(t('cli.wrote', { path: target }));
  return 0;
}

// Sheets and packages are other ways into the same summary; until their
// readers exist, the command says so instead of misreading the file.
const SHEET_EXTENSIONS = ['.xlsx', '.xls', '.csv'];
const PACKAGE_EXTENSION = '.cpaudit';

async function runSummary(
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

async function readSnapshot(
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

// Chinese characters take two columns in a terminal.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** The first column left-aligned, the others right-aligned, two spaces apart. */
function tableLines(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const cells of rows) {
    if (cells.length < 2) continue;
    cells.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((cells) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(
          Math.max(0, (widths[i] ?? 0) - displayWidth(cell)),
        );
        return i === 0 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd(),
  );
}

// --years sets the depreciation period, which the NPV also runs over.
const FEASIBILITY_OPTION_OF: Readonly<Record<keyof EconomicInputs, string>> = {
  totalInvestmentWanYuan: 'investment',
  subsidyWanYuan: 'subsidy',
  revenueIncreaseWanYuanPerYear: 'saving',
  operatingCostSavingWanYuanPerYear: 'saving',
  depreciationYears: 'years',
  serviceYears: 'years',
  discountRate: 'rate',
  taxRate: 'tax',
};

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

async function runFeasibility(
  rest: string[],
  language: Language,
  t: TFunction,
  io: CliIo,
): Promise<number> {
  const text = { type: 'string' } as const;
  const parsed = parseOptions(
    {
      args: rest,
      options: {
        investment: text,
        saving: text,
        years: text,
        rate: text,
        tax: text,
        subsidy: text,
        json: { type: 'boolean' },
        lang: LANG,
      },
    },
    t,
    io,
  );
  if (!parsed) return 2;
  const { values } = parsed;
  const problems: string[] = [];
  const unreadable = new Set<string>();
  // Rates may be given as fractions (0.05) or in percent (5%).
  const read = (option: keyof typeof values, rate = false) => {
    const raw = values[option];
    const value = raw === undefined ? null : String(raw).trim();
    const percent = rate && value?.endsWith('%') === true;
    const digits = percent ? (value?.slice(0, -1).trim() ?? null) : value;
    if (digits !== null && DECIMAL.test(digits)) {
      return percent ? Number(digits) / 100 : Number(digits);
    }
    unreadable.add(option);
    problems.push(
      value === null
        ? t('cli.feasibility.missing', { option })
        : t('cli.feasibility.notANumber', { option, value }),
    );
    return Number.NaN;
  };
  const inputs: EconomicInputs = {
    totalInvestmentWanYuan: read('investment'),
    subsidyWanYuan: values.subsidy === undefined ? 0 : read('subsidy'),
    revenueIncreaseWanYuanPerYear: 0,
    operatingCostSavingWanYuanPerYear: read('saving'),
    depreciationYears: read('years'),
    discountRate: read('rate', true),
    taxRate: read('tax', true),
  };
  // The rules of economics.ts for the figures that could be read.
  for (const { code, field } of economicInputProblems(inputs)) {
    const option = FEASIBILITY_OPTION_OF[field];
    if (unreadable.has(option)) continue;
    problems.push(t(`cli.feasibility.problems.${code}`, { option }));
  }
  for (const problem of problems) io.err(problem);
  const result = evaluateEconomics(inputs);
  if (problems.length > 0 || !result.ok) return 2;

  const v = result.value;
  const figures = {
    investmentNet: v.investmentNetWanYuan,
    depreciation: v.depreciationWanYuanPerYear,
    taxableProfit: v.taxableProfitWanYuanPerYear,
    netProfit: v.netProfitWanYuanPerYear,
    annualCashFlow: v.annualCashFlowWanYuanPerYear,
    paybackYears: v.paybackYears,
    npv: v.npvWanYuan,
    npvr: v.npvr,
    irr: v.irr,
    irrInterpolated: v.irrInterpolation?.irr ?? null,
  };
  if (values.json) {
    io.out(JSON.stringify(figures, null, 2));
    return 0;
  }
  const amount = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const percent = new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const rates = new Set(['npvr', 'irr', 'irrInterpolated']);
  const rows = Object.entries(figures).map(([key, value]) => [
    t(`cli.feasibility.${key}`),
    value === null
      ? t('cli.feasibility.none')
      : (rates.has(key) ? percent : amount).format(value),
  ]);
  const header = ['item', 'value'].map((c) =>
    t(`cli.feasibility.columns.${c}`),
  );
  for (const line of tableLines([header, ...rows])) io.out(line);
  return 0;
}
