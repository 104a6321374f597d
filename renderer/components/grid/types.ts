/**
 * The public shapes of the editable grid. Columns carry already translated
 * header text; errors travel as codes and are turned into sentences by
 * `messages.ts`, so a feature never formats a grid error itself.
 */

/** What a cell holds: text, a number, or nothing (a cleared cell). */
export type CellValue = string | number | null;

/**
 * Every reason a cell value can be refused or flagged. A column's `validate`
 * returns one of these too; a feature that needs a new reason adds it here
 * and under `grid.errors` in both locales, and the type check finds the rest.
 */
export const GRID_ERROR_CODES = [
  'not-a-number',
  'unit-mismatch',
  'unexpected-unit',
  'percent-not-allowed',
  'not-an-integer',
  'below-min',
  'above-max',
  'unknown-option',
  'bad-date',
  'too-long',
  'read-only',
  'required',
  'duplicate',
] as const;
export type GridErrorCode = (typeof GRID_ERROR_CODES)[number];

/** Row fields a column may edit: any string key except the row's id. */
export type EditableKey<Row> = Exclude<Extract<keyof Row, string>, 'id'>;

type ColumnBase = {
  /** Header text, already translated. */
  header: string;
  /** Width in CSS pixels; 120 when left out. */
  width?: number;
  /** Shown and navigable but never edited, pasted into or cleared. */
  readOnly?: boolean;
};

type EditableColumnBase<Row> = ColumnBase & {
  key: EditableKey<Row>;
  /**
   * A domain rule on a stored value (a required name, a duplicate code).
   * Unlike the column's own constraints it does not refuse the write: the
   * value is stored and the cell is marked, so work is never lost.
   */
  validate?: (value: CellValue, row: Row) => GridErrorCode | null;
};

export type TextColumn<Row> = EditableColumnBase<Row> & {
  kind: 'text';
  maxLength?: number;
};

export type NumberColumn<Row> = EditableColumnBase<Row> & {
  kind: 'number';
  /**
   * Shown in the header; typed or pasted values may carry it. '%' makes a
   * percent column, which stores 12.5 for 12.5 %.
   */
  unit?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Fraction digits shown (up to 6 when left out); storage keeps all. */
  decimals?: number;
  /** Other units a value may carry, with the factor into `unit`. */
  acceptUnits?: Readonly<Record<string, number>>;
};

export type SelectOption = { value: string; label: string };

export type SelectColumn<Row> = EditableColumnBase<Row> & {
  kind: 'select';
  options: readonly SelectOption[];
};

/** Dates are stored as ISO `YYYY-MM-DD` strings. */
export type DateColumn<Row> = EditableColumnBase<Row> & { kind: 'date' };

/** A read-only value derived from the row, such as consumption per unit. */
export type ComputedColumn<Row> = ColumnBase & {
  kind: 'computed';
  /** Any key unique among the columns; it need not be a row field. */
  key: string;
  compute: (row: Row) => CellValue;
  /** 'start' for text such as a step's name; figures align at the end. */
  align?: 'start' | 'end';
  unit?: string;
  decimals?: number;
  validate?: (value: CellValue, row: Row) => GridErrorCode | null;
};

export type EditableColumn<Row> =
  TextColumn<Row> | NumberColumn<Row> | SelectColumn<Row> | DateColumn<Row>;

export type GridColumn<Row> = EditableColumn<Row> | ComputedColumn<Row>;

/** One committed edit. */
export type CellChange<Row> = {
  rowId: string;
  columnKey: EditableKey<Row>;
  value: CellValue;
};

/** Values of a row a paste creates past the end; refused cells are absent. */
export type NewRowValues<Row> = Partial<Record<EditableKey<Row>, CellValue>>;

/** A totals row under the body; values are keyed by column key. */
export type GridFooterRow = {
  id: string;
  label: string;
  values: Readonly<Record<string, CellValue>>;
};

/**
 * How the active cell is being edited: 'replace' began by typing over it,
 * 'edit' by Enter, F2 or a double click.
 */
export type EditMode = 'replace' | 'edit';

export type GridPosition = { row: number; col: number };
