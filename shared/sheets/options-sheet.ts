import {
  classifyInvestment,
  COST_CLASS_GROUP,
  type CostClass,
  type CostClassRules,
} from '../calc/cost-class';
import { optionStatusFromLabel } from '../calc/option-status';
import { LONG_TEXT, SHORT_TEXT } from '../model/audit-row';
import type { AuditRowInput } from '../model/audit-rows';
import { optionSchema, type OptionEffect } from '../model/option';
import { resolveAspect } from '../reference/aspects';
import { parameterByKey } from '../reference/parameters';
import {
  cellText,
  isBlankRow,
  looseText,
  readSheetNumber,
  type SheetCell,
  type SheetRows,
} from './cells';
import {
  columnByHeader,
  columnHeader,
  costClassFromLabel,
  costGroupFromLabel,
  isEffectColumn,
  isTotalsLabel,
  OPTIONS_SHEET_COLUMNS,
  REQUIRED_COLUMNS,
  type OptionsSheetColumnKey,
} from './options-sheet-columns';
import { storedShape } from './sheet-register';

// Reads an option summary table (方案汇总表) into option inputs, one row at
// a time: a row either becomes an option the repository can add, or a list
// of problems naming the cell, so the consultant can fix the sheet. Nothing
// here writes; the caller decides what to apply.

/** More rows than any audit has options; a guard against runaway files. */
export const MAX_OPTION_ROWS = 5000;
/** The header may sit below a title block; it is looked for this far. */
const HEADER_SEARCH_ROWS = 20;
const MAX_CODE_LENGTH = 16;

export type OptionFields = Omit<AuditRowInput<'options'>, 'code'>;

/** A valid row: the code the sheet gives (null: assign one) and the fields. */
export interface SheetOption {
  readonly code: string | null;
  readonly fields: OptionFields;
}

export const ROW_ERROR_CODES = [
  'required',
  'too-long',
  'not-a-number',
  'negative',
  'unknown-aspect',
  'unknown-cost-class',
  'cost-class-unclear',
  'unknown-status',
  'duplicate-code',
  'invalid',
] as const;
export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];

/** One bad cell: the sheet's row number (1-based) and the column's header. */
export interface RowError {
  readonly row: number;
  readonly column: string;
  readonly code: RowErrorCode;
  readonly value: string;
  /** For a duplicate code: the row that has it first. */
  readonly otherRow?: number;
}

export type ParsedOptionRow =
  | { readonly row: number; readonly ok: true; readonly option: SheetOption }
  | {
      readonly row: number;
      readonly ok: false;
      /** The row's 方案名称 as written, to recognise it by in a preview. */
      readonly name: string;
      readonly errors: readonly RowError[];
    };

export type SheetProblem =
  | { readonly code: 'no-header-row' }
  | { readonly code: 'missing-headers'; readonly columns: readonly string[] }
  | { readonly code: 'duplicate-header'; readonly column: string }
  | { readonly code: 'no-rows' }
  | {
      readonly code: 'too-many-rows';
      readonly rows: number;
      readonly limit: number;
    };

export type SheetNotice =
  | { readonly code: 'unknown-header'; readonly column: string }
  | { readonly code: 'totals-row-skipped'; readonly row: number };

export type OptionsSheetResult =
  | { readonly ok: false; readonly problems: readonly SheetProblem[] }
  | {
      readonly ok: true;
      readonly rows: readonly ParsedOptionRow[];
      readonly notices: readonly SheetNotice[];
    };

export interface OptionsSheetSettings {
  /** The audit's thresholds, which derive an empty 费用类别. */
  readonly costClassRules: CostClassRules;
  /**
   * Stored as the reason of a cost class that departs from the one the
   * investment suggests (the model asks for one); in the UI language.
   */
  readonly overrideReason: string;
}

type Layout = ReadonlyMap<OptionsSheetColumnKey, number>;

type HeaderFound = {
  readonly ok: true;
  readonly index: number;
  readonly layout: Layout;
  readonly unknown: readonly string[];
};

export function parseOptionsSheet(
  rows: SheetRows,
  settings: OptionsSheetSettings,
): OptionsSheetResult {
  const header = findHeader(rows);
  if (!header.ok) return { ok: false, problems: [header.problem] };

  const body = rows
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(header.index + 1)
    .filter(({ cells }) => !isBlankRow(cells));
  if (body.length === 0) return { ok: false, problems: [{ code: 'no-rows' }] };
  if (body.length > MAX_OPTION_ROWS) {
    const problem = { code: 'too-many-rows', rows: body.length } as const;
    return { ok: false, problems: [{ ...problem, limit: MAX_OPTION_ROWS }] };
  }

  const notices: SheetNotice[] = header.unknown.map((column) => ({
    code: 'unknown-header',
    column,
  }));
  const parsed: ParsedOptionRow[] = [];
  for (const { cells, row } of body) {
    if (isTotalsRow(cells, header.layout)) {
      notices.push({ code: 'totals-row-skipped', row });
    } else {
      parsed.push(parseRow(cells, row, header.layout, settings));
    }
  }
  return { ok: true, rows: markDuplicateCodes(parsed), notices };
}

function findHeader(
  rows: SheetRows,
): HeaderFound | { readonly ok: false; readonly problem: SheetProblem } {
  let best: { index: number; known: number } | null = null;
  for (const [index, cells] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const known = cells.filter(
      (cell) => columnByHeader(cellText(cell)) !== undefined,
    ).length;
    if (known > (best?.known ?? 0)) best = { index, known };
  }
  if (best === null) return { ok: false, problem: { code: 'no-header-row' } };

  const cells = rows[best.index] ?? [];
  const layout = new Map<OptionsSheetColumnKey, number>();
  const unknown: string[] = [];
  for (const [index, cell] of cells.entries()) {
    const text = cellText(cell);
    const column = columnByHeader(text);
    if (column === undefined) {
      if (text !== '') unknown.push(text);
    } else if (layout.has(column.key)) {
      const problem = { code: 'duplicate-header', column: column.header };
      return { ok: false, problem: problem as SheetProblem };
    } else {
      layout.set(column.key, index);
    }
  }
  const missing = REQUIRED_COLUMNS.filter((key) => !layout.has(key));
  if (missing.length > 0) {
    const columns = missing.map(columnHeader);
    return { ok: false, problem: { code: 'missing-headers', columns } };
  }
  return { ok: true, index: best.index, layout, unknown };
}

function isTotalsRow(cells: readonly SheetCell[], layout: Layout): boolean {
  return (['aspect', 'code', 'name'] as const).some((key) => {
    const index = layout.get(key);
    return index !== undefined && isTotalsLabel(cellText(cells[index]));
  });
}

/** Collects a row's problems while its cells are read. */
class RowReader {
  readonly errors: RowError[] = [];

  constructor(
    private readonly cells: readonly SheetCell[],
    private readonly row: number,
    private readonly layout: Layout,
  ) {}

  cell(key: OptionsSheetColumnKey): SheetCell | undefined {
    const index = this.layout.get(key);
    return index === undefined ? undefined : this.cells[index];
  }

  fail(key: OptionsSheetColumnKey, code: RowErrorCode): null {
    const value = cellText(this.cell(key));
    const column = columnHeader(key);
    this.errors.push({ row: this.row, column, code, value });
    return null;
  }

  text(key: OptionsSheetColumnKey, max: number, required = false): string {
    const value = cellText(this.cell(key));
    if (required && value === '') this.fail(key, 'required');
    if (value.length > max) this.fail(key, 'too-long');
    return value;
  }

  number(key: OptionsSheetColumnKey, min?: number): number | null {
    const read = readSheetNumber(this.cell(key));
    if (!read.ok) return this.fail(key, 'not-a-number');
    if (min !== undefined && read.value !== null && read.value < min) {
      return this.fail(key, 'negative');
    }
    return read.value;
  }
}

function parseRow(
  cells: readonly SheetCell[],
  row: number,
  layout: Layout,
  settings: OptionsSheetSettings,
): ParsedOptionRow {
  const reader = new RowReader(cells, row, layout);
  const code = reader.text('code', MAX_CODE_LENGTH);
  const name = reader.text('name', SHORT_TEXT, true);
  const description = reader.text('description', LONG_TEXT);
  const aspectLabel = reader.text('aspect', SHORT_TEXT, true);
  const primaryAspect = aspectLabel ? resolveAspect(aspectLabel) : undefined;
  if (aspectLabel && !primaryAspect) reader.fail('aspect', 'unknown-aspect');
  const investmentWanYuan = reader.number('investment', 0);
  const benefit = reader.number('benefit');
  const costClassOverride = overrideOf(reader, investmentWanYuan, settings);
  const status = statusOf(reader);
  const environmentalEffects = effectsOf(reader);
  if (reader.errors.length > 0 || primaryAspect === undefined) {
    return { row, ok: false, name, errors: reader.errors };
  }

  const fields: OptionFields = {
    name,
    description,
    primaryAspect,
    investmentWanYuan,
    costClassOverride: costClassOverride ?? null,
    economicBenefitWanYuanPerYear: { total: benefit },
    environmentalEffects,
    status: status ?? 'proposed',
  };
  const issues = schemaIssues(fields);
  if (issues.length > 0)
    return {
      row,
      ok: false,
      name,
      errors: issues.map((key) => ({
        row,
        column: columnHeader(key),
        code: 'invalid',
        value: '',
      })),
    };
  return { row, ok: true, option: { code: code || null, fields } };
}

function overrideOf(
  reader: RowReader,
  investment: number | null,
  settings: OptionsSheetSettings,
): OptionFields['costClassOverride'] {
  const label = cellText(reader.cell('costClass'));
  if (label === '') return null;
  const classified =
    investment === null
      ? null
      : classifyInvestment(investment, settings.costClassRules);
  const derived: CostClass | null = classified?.ok
    ? classified.costClass
    : null;
  const costClass = costClassFromLabel(label);
  if (costClass !== undefined) {
    if (costClass === derived) return null;
    return { costClass, reason: settings.overrideReason };
  }
  const group = costGroupFromLabel(label);
  if (group === undefined)
    return reader.fail('costClass', 'unknown-cost-class');
  if (derived !== null && COST_CLASS_GROUP[derived] === group) return null;
  return reader.fail('costClass', 'cost-class-unclear');
}

function statusOf(reader: RowReader) {
  const label = cellText(reader.cell('status'));
  if (label === '') return null;
  return (
    optionStatusFromLabel(label) ?? reader.fail('status', 'unknown-status')
  );
}

function effectsOf(reader: RowReader): OptionEffect[] {
  const effects: OptionEffect[] = [];
  for (const { key } of OPTIONS_SHEET_COLUMNS) {
    if (!isEffectColumn(key)) continue;
    const quantity = reader.number(key);
    if (quantity === null || quantity === 0) continue;
    effects.push({ parameter: key, quantity, unit: parameterByKey(key).unit });
  }
  return effects;
}

// The model's own schema has the last word, so whatever the checks above
// miss can never reach the repository as a surprise.
function schemaIssues(fields: OptionFields): OptionsSheetColumnKey[] {
  const result = optionSchema.safeParse(storedShape(fields, 'X1', 1));
  if (result.success) return [];
  return result.error.issues.map((issue) => columnOfPath(issue.path));
}

function columnOfPath(path: readonly PropertyKey[]): OptionsSheetColumnKey {
  const [field] = path;
  if (field === 'investmentWanYuan') return 'investment';
  if (field === 'economicBenefitWanYuanPerYear') return 'benefit';
  if (field === 'costClassOverride') return 'costClass';
  if (field === 'name' || field === 'description' || field === 'status') {
    return field;
  }
  return 'aspect';
}

/** Marks every row that repeats a code an earlier row already has. */
function markDuplicateCodes(
  rows: readonly ParsedOptionRow[],
): ParsedOptionRow[] {
  const firstRowByCode = new Map<string, number>();
  return rows.map((parsed) => {
    if (!parsed.ok || parsed.option.code === null) return parsed;
    const key = looseText(parsed.option.code);
    const first = firstRowByCode.get(key);
    if (first === undefined) {
      firstRowByCode.set(key, parsed.row);
      return parsed;
    }
    const error: RowError = {
      row: parsed.row,
      column: columnHeader('code'),
      code: 'duplicate-code',
      value: parsed.option.code,
      otherRow: first,
    };
    const { name } = parsed.option.fields;
    return { row: parsed.row, ok: false, name, errors: [error] };
  });
}
