import { isEditable, parseCellInput } from './cell-parse';
import type {
  CellChange,
  EditableKey,
  GridColumn,
  GridErrorCode,
  GridPosition,
  NewRowValues,
} from './types';

/**
 * Splits clipboard text from Excel or WPS into rows of cells. Both write
 * tab-separated text with CRLF (old Mac builds a lone CR) and end with one
 * newline, which is not a row. A cell holding a tab, a newline or a quote
 * is wrapped in quotes with inner quotes doubled; a cell that merely starts
 * with a quote and is not closed that way is taken literally.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let at = 0;
  while (at <= text.length) {
    const { value, end } = readCell(text, at);
    cells.push(value);
    const separator = text[end];
    if (separator === '\t') {
      at = end + 1;
      continue;
    }
    rows.push(cells);
    cells = [];
    if (separator === undefined) break;
    at = end + (separator === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  const last = rows[rows.length - 1];
  if (last?.length === 1 && last[0] === '') rows.pop();
  return rows;
}

function readCell(text: string, start: number): { value: string; end: number } {
  if (text[start] === '"') {
    const quoted = readQuoted(text, start);
    if (quoted) return quoted;
  }
  let end = start;
  while (end < text.length && !isSeparator(text[end])) end += 1;
  return { value: text.slice(start, end), end };
}

function readQuoted(
  text: string,
  start: number,
): { value: string; end: number } | null {
  let value = '';
  let at = start + 1;
  while (at < text.length) {
    const char = text[at];
    if (char !== '"') {
      value += char;
      at += 1;
    } else if (text[at + 1] === '"') {
      value += '"';
      at += 2;
    } else {
      const next = text[at + 1];
      return next === undefined || isSeparator(next)
        ? { value, end: at + 1 }
        : null;
    }
  }
  return null;
}

function isSeparator(char: string | undefined): boolean {
  return char === '\t' || char === '\n' || char === '\r';
}

export type PasteIssue = {
  /** Index in the grid's rows; at or past `rows.length` for a new row. */
  row: number;
  col: number;
  code: GridErrorCode;
};

export type PastePlan<Row> = {
  changes: CellChange<Row>[];
  newRows: NewRowValues<Row>[];
  /** Cells refused, in reading order. */
  issues: PasteIssue[];
  /** Cells written: existing and new rows together. */
  written: number;
  /** Rows past the end that had nowhere to go. */
  droppedRows: number;
  /** Columns past the right edge, which are never pasted. */
  droppedColumns: number;
};

export type PasteTarget<Row> = {
  columns: readonly GridColumn<Row>[];
  rowIds: readonly string[];
  anchor: GridPosition;
  /** True when the caller takes rows past the end; else they are dropped. */
  canAddRows: boolean;
};

/** Decides, cell by cell, what a pasted block writes and what it refuses. */
export function planPaste<Row>(
  block: readonly (readonly string[])[],
  target: PasteTarget<Row>,
): PastePlan<Row> {
  const { columns, rowIds, anchor } = target;
  const plan: PastePlan<Row> = {
    changes: [],
    newRows: [],
    issues: [],
    written: 0,
    droppedRows: 0,
    droppedColumns: 0,
  };
  const room = columns.length - anchor.col;
  block.forEach((cells, offset) => {
    const row = anchor.row + offset;
    const rowId = rowIds[row];
    if (rowId === undefined && !target.canAddRows) {
      plan.droppedRows += 1;
      return;
    }
    plan.droppedColumns = Math.max(plan.droppedColumns, cells.length - room);
    const values: NewRowValues<Row> = {};
    cells.slice(0, room).forEach((text, index) => {
      const col = anchor.col + index;
      const column = columns[col];
      if (!column) return;
      const parsed = parseCellInput(column, text);
      if (!parsed.ok || !isEditable(column)) {
        const code = parsed.ok ? 'read-only' : parsed.code;
        plan.issues.push({ row, col, code });
        return;
      }
      const columnKey: EditableKey<Row> = column.key;
      if (rowId === undefined) values[columnKey] = parsed.value;
      else plan.changes.push({ rowId, columnKey, value: parsed.value });
      plan.written += 1;
    });
    if (rowId === undefined) plan.newRows.push(values);
  });
  return plan;
}
