import { isIsoDate, parseIsoDate } from './parse-date';
import { parseNumber } from './parse-number';
import type {
  CellValue,
  EditableColumn,
  GridColumn,
  GridErrorCode,
  NumberColumn,
  SelectOption,
} from './types';

export type CellParseResult =
  { ok: true; value: CellValue } | { ok: false; code: GridErrorCode };

export type CellParseOptions = {
  /**
   * Typed text may name a select option by the start of its label; pasted
   * text must name it in full, because a block is not checked by eye cell
   * by cell.
   */
  allowPrefix?: boolean;
};

export function isEditable<Row>(
  column: GridColumn<Row>,
): column is EditableColumn<Row> {
  return column.kind !== 'computed' && column.readOnly !== true;
}

/**
 * Turns typed or pasted text into the value a column stores, or the code
 * that says why it cannot. Text is trimmed: stray spaces from a copied
 * spreadsheet are never meaningful in an audit table.
 */
export function parseCellInput<Row>(
  column: GridColumn<Row>,
  text: string,
  options: CellParseOptions = {},
): CellParseResult {
  if (!isEditable(column)) return { ok: false, code: 'read-only' };
  const trimmed = text.trim();
  switch (column.kind) {
    case 'text':
      if (column.maxLength !== undefined && trimmed.length > column.maxLength) {
        return { ok: false, code: 'too-long' };
      }
      return { ok: true, value: trimmed };
    case 'number':
      return parseNumberCell(column, trimmed);
    case 'select':
      return parseSelectCell(column.options, trimmed, options);
    case 'date':
      return parseIsoDate(trimmed);
  }
}

function parseNumberCell<Row>(
  column: NumberColumn<Row>,
  text: string,
): CellParseResult {
  const parsed = parseNumber(text, column);
  if (!parsed.ok || parsed.value === null) return parsed;
  const code = numberConstraint(column, parsed.value);
  return code === null ? parsed : { ok: false, code };
}

function parseSelectCell(
  options: readonly SelectOption[],
  text: string,
  { allowPrefix = false }: CellParseOptions,
): CellParseResult {
  if (text === '') return { ok: true, value: null };
  const option = matchOption(options, text, allowPrefix);
  return option
    ? { ok: true, value: option.value }
    : { ok: false, code: 'unknown-option' };
}

/**
 * Finds an option by label or value, ignoring case; by the start of its
 * label only when asked and only if one label starts that way.
 */
export function matchOption(
  options: readonly SelectOption[],
  text: string,
  allowPrefix: boolean,
): SelectOption | undefined {
  const wanted = text.trim().toLowerCase();
  const exact = options.find(
    (option) =>
      option.label.toLowerCase() === wanted ||
      option.value.toLowerCase() === wanted,
  );
  if (exact || !allowPrefix || wanted === '') return exact;
  const starts = options.filter((option) =>
    option.label.toLowerCase().startsWith(wanted),
  );
  return starts.length === 1 ? starts[0] : undefined;
}

function numberConstraint<Row>(
  column: NumberColumn<Row>,
  value: number,
): GridErrorCode | null {
  if (column.integer && !Number.isInteger(value)) return 'not-an-integer';
  if (column.min !== undefined && value < column.min) return 'below-min';
  if (column.max !== undefined && value > column.max) return 'above-max';
  return null;
}

/**
 * The column's own rule broken by a value already stored (imported data, an
 * older version's rules), so the cell can be marked even though the grid
 * would refuse to write such a value today.
 */
export function constraintError<Row>(
  column: GridColumn<Row>,
  value: CellValue,
): GridErrorCode | null {
  if (value === null || value === '') return null;
  switch (column.kind) {
    case 'text':
      return column.maxLength !== undefined &&
        String(value).length > column.maxLength
        ? 'too-long'
        : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? numberConstraint(column, value)
        : 'not-a-number';
    case 'select':
      return column.options.some((option) => option.value === value)
        ? null
        : 'unknown-option';
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? null : 'bad-date';
    case 'computed':
      return null;
  }
}

/** The first problem with a stored value: constraint first, then `validate`. */
export function cellError<Row>(
  column: GridColumn<Row>,
  value: CellValue,
  row: Row,
): GridErrorCode | null {
  return (
    constraintError(column, value) ?? column.validate?.(value, row) ?? null
  );
}
