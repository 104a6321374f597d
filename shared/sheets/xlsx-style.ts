import type ExcelJS from 'exceljs';

// The look both exported spreadsheets share: Song type for the table and
// Hei type for the title, as Chinese report tables are set, thin borders,
// a grey header, A4 landscape fitted to the page width.

export const BODY_FONT = { name: '宋体', size: 10 } as const;
const TITLE_FONT = { name: '黑体', size: 14, bold: true } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;

export const MONEY_FORMAT = '#,##0.00';

/** Whole numbers without decimals; fractions with two to four. */
export function quantityFormat(value: number): string {
  return Number.isInteger(value) ? '#,##0' : '#,##0.00##';
}

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'CP Audit Workbench';
  return workbook;
}

export function newSheet(
  workbook: ExcelJS.Workbook,
  name: string,
): ExcelJS.Worksheet {
  return workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
}

/** A title line merged across `width` columns. */
export function addTitle(
  sheet: ExcelJS.Worksheet,
  text: string,
  width: number,
  title = true,
): void {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  const cell = row.getCell(1);
  cell.font = title ? TITLE_FONT : BODY_FONT;
  cell.alignment = { horizontal: title ? 'center' : 'left' };
  if (title) row.height = 24;
}

export function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { ...BODY_FONT, bold: true };
    cell.alignment = {
      horizontal: 'center',
      vertical: 'middle',
      wrapText: true,
    };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFE7E6E6' },
    };
    cell.border = BORDER;
  });
}

/** Borders and body font on `width` cells of a table row. */
export function styleBody(row: ExcelJS.Row, width: number, bold = false) {
  for (let c = 1; c <= width; c += 1) {
    const cell = row.getCell(c);
    cell.font = { ...BODY_FONT, bold };
    cell.border = BORDER;
    if (typeof cell.value === 'number') {
      cell.numFmt ||= quantityFormat(cell.value);
    } else {
      cell.alignment = { vertical: 'middle', wrapText: true };
    }
  }
}

/** The workbook as bytes, in both exceljs builds (Buffer or ArrayBuffer). */
export async function workbookBytes(
  workbook: ExcelJS.Workbook,
): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
