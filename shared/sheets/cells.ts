// A worksheet as plain data: rows of cells that are text, a number or
// empty. Both readers (.xlsx and .csv) produce this shape, and the options
// sheet parser reads only this shape, so it never sees a file format.

export type SheetCell = string | number | null;
export type SheetRows = readonly (readonly SheetCell[])[];

/** The cell as trimmed text; numbers as JavaScript writes them. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

export function isBlankRow(row: readonly SheetCell[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}

/**
 * Text compared loosely: full-width forms as half-width (NFKC), no white
 * space, English letters in lower case. Chinese worksheets are typed with
 * an IME, so "投资（万元）" and "投资(万元)" mean the same header.
 */
export function looseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

// Chinese tables put a dash or a slash where there is nothing to report.
const NOTHING_MARKS = new Set(['-', '/', '—', '–', '--', '——']);

// Digits with optional thousands separators in groups of three, an
// optional fraction and exponent. Units are not accepted: every column of
// the options sheet has its unit fixed in its header.
const NUMBER_TEXT =
  /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

export type SheetNumber = { ok: true; value: number | null } | { ok: false };

/**
 * Reads a number cell: a number as is; text with full-width digits,
 * thousands separators, a typographic minus or accounting parentheses
 * "(1,234)"; blank, "-" or "/" as empty. Anything else, a formula written
 * as text ("=A1*2") included, is not a number: formulas are never
 * evaluated.
 */
export function readSheetNumber(cell: SheetCell | undefined): SheetNumber {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false };
  }
  let text = looseText(cellText(cell)).replace(/\u2212/g, '-');
  if (text === '' || NOTHING_MARKS.has(text)) return { ok: true, value: null };
  const negated = /^\((.+)\)$/.exec(text);
  if (negated?.[1] !== undefined) text = `-${negated[1]}`;
  if (!NUMBER_TEXT.test(text) || !/\d/.test(text)) return { ok: false };
  const value = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { ok: false };
  return { ok: true, value: value === 0 ? 0 : value };
}
