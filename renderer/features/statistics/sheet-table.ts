import { formatFigure } from '../stages/stage2/analysis/number-format';

/**
 * A table of the statistics page as plain data: the page shows it and the
 * Excel export writes it, so what is saved is exactly what is on screen.
 * Numbers stay unrounded; the format decides how they print.
 */
export type CellFormat = 'text' | 'count' | 'money' | 'quantity' | 'percent';

export type SheetColumn = { label: string; format: CellFormat };

export type SheetCell = string | number | null;

export type SheetTable = {
  title: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
  /** Rows that only name a section (a heading inside the table). */
  headingRows?: ReadonlySet<number>;
  /** Rows whose numbers print in another format than their column's. */
  rowFormats?: ReadonlyMap<number, CellFormat>;
};

export function cellFormatOf(
  table: SheetTable,
  row: number,
  column: number,
): CellFormat {
  return table.rowFormats?.get(row) ?? table.columns[column]?.format ?? 'text';
}

export function formatCell(
  value: SheetCell,
  format: CellFormat,
  locale: string,
): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'money':
      return formatFigure(value, locale, { decimals: 2 });
    case 'percent':
      return `${formatFigure(value * 100, locale, { maxDecimals: 1 })}%`;
    case 'count':
      return formatFigure(value, locale, { maxDecimals: 0 });
    default:
      return formatFigure(value, locale, { maxDecimals: 3 });
  }
}

// Excel number formats matching formatCell.
export const EXCEL_FORMATS: Readonly<Record<CellFormat, string | undefined>> = {
  text: undefined,
  count: '#,##0',
  money: '#,##0.00',
  quantity: '#,##0.###',
  percent: '0.0%',
};
