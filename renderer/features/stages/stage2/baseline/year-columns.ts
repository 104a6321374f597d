import type { YearlyValues } from '@shared/model/audit-row';
import type { CellValue } from '@renderer/components/grid';

// The baseline tables store a value per history year as { "2023": 1712 },
// keyed by year so the figures stay right when the base year moves. The
// grid wants one flat cell per column, so each stored record is spread into
// keys such as `quantity_2023` and edits of those keys are folded back.

/** Grid keys of spread year values: a prefix, an underscore, the year. */
export type YearCellKey = `${string}_${number}`;

/** The spread cells of a row, one per stored field and history year. */
export type YearCells = { [key: YearCellKey]: number | null };

/** A stored per-year record and the prefix of its grid columns. */
export type YearFieldSpec = {
  /** The row field holding `{ [year]: value }`, e.g. `quantityByYear`. */
  field: string;
  /** The grid key prefix, e.g. `quantity` for `quantity_2023`. */
  prefix: string;
};

export function yearKey(prefix: string, year: number): YearCellKey {
  return `${prefix}_${year}`;
}

/** The stored record of `field`, or an empty one when the row has none. */
export function yearlyOf(
  row: Readonly<Record<string, unknown>>,
  field: string,
): YearlyValues {
  const value = row[field];
  return typeof value === 'object' && value !== null
    ? (value as YearlyValues)
    : {};
}

/**
 * The year cells of a stored row for the years shown. A year missing from
 * the record is an empty cell; stored years outside `years` stay stored
 * but are not spread.
 */
export function spreadYears(
  row: Readonly<Record<string, unknown>>,
  fields: readonly YearFieldSpec[],
  years: readonly number[],
): YearCells {
  const cells: YearCells = {};
  for (const { field, prefix } of fields) {
    const stored = yearlyOf(row, field);
    for (const year of years) {
      cells[yearKey(prefix, year)] = stored[String(year)] ?? null;
    }
  }
  return cells;
}

/** Which stored field and year a grid key names; null for any other key. */
export function readYearKey(
  key: string,
  fields: readonly YearFieldSpec[],
): { field: string; year: string } | null {
  const match = /^(.+)_(\d{4})$/.exec(key);
  if (!match) return null;
  const [, prefix, year] = match as unknown as [string, string, string];
  const spec = fields.find((candidate) => candidate.prefix === prefix);
  return spec ? { field: spec.field, year } : null;
}

/**
 * The record with one year set. Year columns are number columns, so the
 * grid only hands over numbers or null; anything else clears the year.
 */
export function withYear(
  stored: YearlyValues,
  year: string,
  value: CellValue,
): YearlyValues {
  return { ...stored, [year]: typeof value === 'number' ? value : null };
}

/**
 * Splits the values of a pasted new row into plain fields and per-year
 * records: `{ quantity_2023: 5 }` becomes `{ quantityByYear: { 2023: 5 } }`.
 */
export function gatherYears(
  values: Readonly<Record<string, CellValue | undefined>>,
  fields: readonly YearFieldSpec[],
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const named = readYearKey(key, fields);
    if (!named) {
      result[key] = value;
      continue;
    }
    const current = yearlyOf(result, named.field);
    result[named.field] = withYear(current, named.year, value);
  }
  return result;
}
