import type { YearlyValues } from '@shared/model/audit-row';
import type {
  AuditRowInput,
  AuditRowOf,
  AuditRowPatch,
  AuditRowTable,
} from '@shared/model/audit-rows';
import type { CellValue } from '@renderer/components/grid';
import type { RowView } from '@renderer/features/stages/use-audit-table';
import {
  gatherYears,
  readYearKey,
  spreadYears,
  withYear,
  yearlyOf,
  type YearCells,
  type YearFieldSpec,
} from './year-columns';

// Yes/no fields (on the phase-out list, hazardous) are booleans in storage
// and a two-option select in the grid, under a key of their own.
export type FlagValue = 'yes' | 'no';
export type FlagCellKey = `is:${string}`;
export type FlagCells = { [key: FlagCellKey]: FlagValue };

export function flagKey(field: string): FlagCellKey {
  return `is:${field}`;
}

// Calendar years (in service since, built in) would show as "2,019" in a
// number column, which groups thousands. They are offered as a select of
// years instead, which also refuses a mistyped year with a reason.
export type CalendarYearCellKey = `yearOf:${string}`;
export type CalendarYearCells = { [key: CalendarYearCellKey]: string | null };

export function calendarYearKey(field: string): CalendarYearCellKey {
  return `yearOf:${field}`;
}

/** The years a calendar-year cell offers, as the schema allows them. */
export const CALENDAR_YEARS: readonly string[] = Array.from(
  { length: 201 },
  (_, i) => String(2100 - i),
);

/** A stored row as the grid sees it: its fields plus year and flag cells. */
export type BaselineRow<K extends AuditRowTable> = AuditRowOf<K> &
  YearCells &
  FlagCells &
  CalendarYearCells;

type KeysOfType<T, V> = {
  [F in keyof T]-?: T[F] extends V ? F : never;
}[keyof T] &
  string;

export type BaselineViewSpec<K extends AuditRowTable> = {
  years: readonly number[];
  yearFields?: readonly {
    field: KeysOfType<AuditRowOf<K>, YearlyValues>;
    prefix: string;
  }[];
  flagFields?: readonly KeysOfType<AuditRowOf<K>, boolean>[];
  calendarYearFields?: readonly KeysOfType<AuditRowOf<K>, number | null>[];
  /**
   * Fields that cannot be empty (a category): clearing the cell keeps the
   * stored value, and a pasted row without one takes the default.
   */
  requiredFields?: readonly (keyof AuditRowOf<K> & string)[];
  /** Fields that change together: an HW code makes a waste hazardous. */
  couplePatch?: (
    row: AuditRowOf<K>,
    patch: Record<string, unknown>,
  ) => Record<string, unknown>;
  coupleInput?: (input: Record<string, unknown>) => Record<string, unknown>;
};

type Loose = Record<string, unknown>;

function flagCells(row: Loose, fields: readonly string[]): FlagCells {
  const cells: FlagCells = {};
  for (const field of fields) {
    cells[flagKey(field)] = row[field] === true ? 'yes' : 'no';
  }
  return cells;
}

function calendarCells(
  row: Loose,
  fields: readonly string[],
): CalendarYearCells {
  const cells: CalendarYearCells = {};
  for (const field of fields) {
    const stored = row[field];
    cells[calendarYearKey(field)] =
      typeof stored === 'number' ? String(stored) : null;
  }
  return cells;
}

function yearNumber(value: CellValue): number | null {
  if (value === null || value === '') return null;
  const year = Number(value);
  return Number.isInteger(year) ? year : null;
}

/**
 * The RowView of a baseline table. A year cell patches its whole record
 * (the repository merges one level deep); the audit table hands each edit
 * of a paste the row as the edit before left it, so the years of one block
 * add up instead of replacing each other.
 */
export function baselineView<K extends AuditRowTable>(
  spec: BaselineViewSpec<K>,
): RowView<K, BaselineRow<K>> {
  const years: readonly YearFieldSpec[] = spec.yearFields ?? [];
  const flags: readonly string[] = spec.flagFields ?? [];
  const required: readonly string[] = spec.requiredFields ?? [];
  const calendar: readonly string[] = spec.calendarYearFields ?? [];

  const rawPatch = (row: Loose, key: string, value: CellValue): Loose => {
    const named = readYearKey(key, years);
    if (named) {
      const next = withYear(yearlyOf(row, named.field), named.year, value);
      return { [named.field]: next };
    }
    const flag = flags.find((field) => flagKey(field) === key);
    if (flag !== undefined) return { [flag]: value === 'yes' };
    const year = calendar.find((field) => calendarYearKey(field) === key);
    if (year !== undefined) return { [year]: yearNumber(value) };
    if (value === null && required.includes(key)) return {};
    return { [key]: value };
  };

  return {
    toGrid: (row) =>
      ({
        ...row,
        ...spreadYears(row, years, spec.years),
        ...flagCells(row, flags),
        ...calendarCells(row, calendar),
      }) as BaselineRow<K>,
    toPatch: (row, key, value) => {
      const patch = rawPatch(row as Loose, key, value);
      return (spec.couplePatch?.(row, patch) ?? patch) as AuditRowPatch<K>;
    },
    fromGrid: (values) => {
      const input = gatherYears(values, years);
      for (const field of flags) {
        const key = flagKey(field);
        if (key in input) input[field] = input[key] === 'yes';
        delete input[key];
      }
      for (const field of calendar) {
        const key = calendarYearKey(field);
        if (key in input) input[field] = yearNumber(input[key] as CellValue);
        delete input[key];
      }
      for (const field of required) {
        if (input[field] === null) delete input[field];
      }
      return (spec.coupleInput?.(input) ?? input) as AuditRowInput<K>;
    },
  };
}
