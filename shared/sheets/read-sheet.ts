import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { SheetCell, SheetRows } from './cells';

// Turns the bytes of a chosen file into rows of cells. Works on bytes only
// (no file system), so the renderer, the CLI and tests share it. exceljs is
// loaded on demand: it is large, and only .xlsx files need it.

/** Larger files are refused before they are read. */
export const MAX_SHEET_FILE_BYTES = 20 * 1024 * 1024;
// What the parts of an .xlsx may unpack to: a guard against zip bombs.
// The sizes checked are the ones the archive declares; a file that lies
// about them is still limited by the row cap after loading.
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
// Rows read from a worksheet: enough to see that a sheet is too long
// without converting a million of them.
const MAX_READ_ROWS = 10_000;
const MAX_READ_COLUMNS = 200;

export const SHEET_FILE_PROBLEMS = [
  'file-too-large',
  'file-empty',
  'file-unreadable',
  'file-type-unknown',
  'legacy-xls',
  'encoding-unknown',
  'xlsx-no-sheet',
] as const;
export type SheetFileProblem = (typeof SHEET_FILE_PROBLEMS)[number];

export type SheetFileResult =
  | { readonly ok: true; readonly rows: SheetRows }
  | { readonly ok: false; readonly problem: SheetFileProblem };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// The compound-file header of Excel 97–2003 workbooks (.xls).
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Reads an .xlsx (first worksheet) or a .csv, told apart by content. */
export async function readSheetFile(
  bytes: Uint8Array,
  fileName: string,
): Promise<SheetFileResult> {
  if (bytes.byteLength > MAX_SHEET_FILE_BYTES) {
    return { ok: false, problem: 'file-too-large' };
  }
  if (bytes.byteLength === 0) return { ok: false, problem: 'file-empty' };
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes);
  if (startsWith(bytes, OLE_MAGIC)) return { ok: false, problem: 'legacy-xls' };
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (extension === 'xlsx') return { ok: false, problem: 'file-unreadable' };
  if (extension !== 'csv' && extension !== 'txt') {
    return { ok: false, problem: 'file-type-unknown' };
  }
  return readCsv(bytes);
}

type Decoder = { decode(bytes: Uint8Array): string };
type DecoderClass = new (
  label: string,
  options?: { fatal?: boolean },
) => Decoder;

// TextDecoder exists in browsers and Node alike, but shared/ compiles
// without DOM or Node typings, so it is looked up with its shape spelled out.
function decoder(label: string): Decoder | null {
  const { TextDecoder } = globalThis as unknown as {
    TextDecoder: DecoderClass;
  };
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return null;
  }
}

/**
 * UTF-8 (with or without BOM) first; when the bytes are not valid UTF-8,
 * GB18030, the superset of the GBK that Chinese Excel writes by default.
 */
export function decodeText(bytes: Uint8Array): string | null {
  for (const label of ['utf-8', 'gb18030']) {
    try {
      const text = decoder(label)?.decode(bytes);
      if (text !== undefined) return text.replace(/^\uFEFF/, '');
    } catch {
      // Not this encoding; try the next.
    }
  }
  return null;
}

function readCsv(bytes: Uint8Array): SheetFileResult {
  const text = decodeText(bytes);
  if (text === null) return { ok: false, problem: 'encoding-unknown' };
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    preview: MAX_READ_ROWS,
  });
  const rows: SheetCell[][] = parsed.data.map((row) =>
    row.slice(0, MAX_READ_COLUMNS),
  );
  return { ok: true, rows };
}

function unpackedSize(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return total;
}

async function readXlsx(bytes: Uint8Array): Promise<SheetFileResult> {
  const size = unpackedSize(bytes);
  if (size === null) return { ok: false, problem: 'file-unreadable' };
  if (size > MAX_UNPACKED_BYTES)
    return { ok: false, problem: 'file-too-large' };
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares Buffer; it reads any Uint8Array in both builds.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: 'file-unreadable' };
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return { ok: false, problem: 'xlsx-no-sheet' };
  const rows: SheetCell[][] = [];
  const last = Math.min(sheet.rowCount, MAX_READ_ROWS);
  const width = Math.min(sheet.columnCount, MAX_READ_COLUMNS);
  for (let r = 1; r <= last; r += 1) {
    const row = sheet.getRow(r);
    const cells: SheetCell[] = [];
    for (let c = 1; c <= width; c += 1) {
      cells.push(cellOf(row.getCell(c).value));
    }
    rows.push(cells);
  }
  return { ok: true, rows };
}

type XlsxValue = unknown;

/**
 * A cell's value as text or number: rich text joined, a formula's cached
 * result (the formula itself is never evaluated), a date as YYYY-MM-DD,
 * a hyperlink's text; errors count as empty.
 */
export function cellOf(value: XlsxValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? null
      : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.richText)) {
    return record.richText
      .map((run) => String((run as { text?: unknown }).text ?? ''))
      .join('');
  }
  if ('formula' in record || 'sharedFormula' in record) {
    return cellOf(record.result);
  }
  if (typeof record.text === 'string') return record.text;
  if (typeof record.text === 'object') return cellOf(record.text);
  return null;
}
