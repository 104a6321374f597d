import { platform } from '../../platform';
import type { PlatformResult } from '../../platform/types';
import type { SaveFileResult } from '@shared/ipc/contract';
import { EXCEL_FORMATS, type SheetTable } from './sheet-table';

// Excel sheets have a 31-character name without []:*?/\ .
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

/** The table as .xlsx bytes: a bold header row, numbers kept as numbers. */
export async function tableToXlsx(
  table: SheetTable,
): Promise<Uint8Array<ArrayBuffer>> {
  // exceljs is large; it loads only when someone exports.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(table.title));
  sheet.columns = table.columns.map((column, index) => ({
    header: column.label,
    key: `c${index}`,
    width: index === 0 ? 28 : Math.max(12, column.label.length * 2 + 2),
    style: { numFmt: EXCEL_FORMATS[column.format] ?? '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const [index, cells] of table.rows.entries()) {
    const row = sheet.addRow(cells.map((cell) => cell ?? ''));
    if (table.headingRows?.has(index)) row.font = { bold: true };
    const special = table.rowFormats?.get(index);
    if (special) {
      cells.forEach((_, column) => {
        row.getCell(column + 1).numFmt = EXCEL_FORMATS[special] ?? '@';
      });
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export async function exportTable(
  table: SheetTable,
  fileName: string,
): Promise<PlatformResult<SaveFileResult>> {
  const bytes = await tableToXlsx(table);
  return platform().saveFile({
    suggestedName: `${fileName.replace(/[\\/:*?"<>|]/g, '-')}.xlsx`,
    kind: 'xlsx',
    bytes,
  });
}
