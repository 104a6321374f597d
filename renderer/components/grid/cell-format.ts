import type { CellValue, GridColumn } from './types';

const DEFAULT_MAX_DECIMALS = 6;
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, decimals: number | undefined) {
  const id = `${locale}|${decimals ?? ''}`;
  let format = formatters.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? DEFAULT_MAX_DECIMALS,
    });
    formatters.set(id, format);
  }
  return format;
}

/** A number as the locale writes it (1,234.5 in zh-CN and en). */
export function formatNumber(
  value: number,
  locale: string,
  decimals?: number,
): string {
  return numberFormat(locale, decimals).format(value);
}

/** The value a column shows for a row: the row field, or the computed value. */
export function readCell<Row>(column: GridColumn<Row>, row: Row): CellValue {
  if (column.kind === 'computed') return column.compute(row);
  const raw: unknown = row[column.key];
  return typeof raw === 'string' || typeof raw === 'number' ? raw : null;
}

/** The unit shown in the header, if the column has one. */
export function columnUnit<Row>(column: GridColumn<Row>): string | undefined {
  return column.kind === 'number' || column.kind === 'computed'
    ? column.unit
    : undefined;
}

/** A unit as the header prints it: m3 becomes m³ (units are matched as m3). */
export function unitLabel(unit: string): string {
  return unit.replace(
    /([a-zA-Z])([23])(?![0-9])/g,
    (_, letter: string, power: string) =>
      `${letter}${power === '2' ? '²' : '³'}`,
  );
}

/** True when the column shows numbers, which are right-aligned. */
export function isNumeric<Row>(column: GridColumn<Row>): boolean {
  if (column.kind === 'computed') return column.align !== 'start';
  return column.kind === 'number';
}

export function displayText<Row>(
  column: GridColumn<Row>,
  value: CellValue,
  locale: string,
): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const decimals =
      column.kind === 'number' || column.kind === 'computed'
        ? column.decimals
        : undefined;
    return Number.isFinite(value) ? formatNumber(value, locale, decimals) : '';
  }
  if (column.kind === 'select') {
    return column.options.find((o) => o.value === value)?.label ?? value;
  }
  return value;
}

/**
 * The text put in the editor: numbers without grouping and at full
 * precision, so that committing an untouched edit stores the same value.
 */
export function editText<Row>(
  column: GridColumn<Row>,
  value: CellValue,
): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  return column.kind === 'select' ? displayText(column, value, 'en') : value;
}
