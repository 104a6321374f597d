import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decodeText,
  MAX_SHEET_FILE_BYTES,
  readSheetFile,
} from '@shared/sheets/read-sheet';
import { gbk, utf8, xlsxOf } from '../../fixtures/sheet-files';

describe('readSheetFile', () => {
  it('reads a UTF-8 CSV with a byte-order mark and quoted cells', async () => {
    const csv =
      '\uFEFF方案名称,方案类型,节电(kWh/年)\r\n"空压机, 变频",设备,"80,000"\r\n';
    const result = await readSheetFile(utf8(csv), 'options.csv');
    expect(result).toEqual({
      ok: true,
      rows: [
        ['方案名称', '方案类型', '节电(kWh/年)'],
        ['空压机, 变频', '设备', '80,000'],
        [''],
      ],
    });
  });

  it('reads a CSV saved by Chinese Excel in GBK', async () => {
    const bytes = gbk('方案名称,方案类型\r\n岗位培训,员工\r\n');
    const result = await readSheetFile(bytes, '方案.csv');
    expect(result.ok && result.rows[1]).toEqual(['岗位培训', '员工']);
  });

  it('decodes text that is valid UTF-8 as UTF-8, not GBK', () => {
    expect(decodeText(utf8('节水'))).toBe('节水');
  });

  it('reads the first worksheet of an .xlsx: rich text, formula results, dates and merged cells', async () => {
    const bytes = await xlsxOf((sheet) => {
      sheet.addRow(['标题']);
      sheet.mergeCells('A1:C1');
      sheet.addRow([
        { richText: [{ text: '空压机' }, { text: '变频' }] },
        { formula: 'B3*2', result: 42 },
        new Date(Date.UTC(2026, 2, 5)),
      ]);
      sheet.addRow([
        { formula: 'NOW()' },
        7,
        { text: '链接', hyperlink: 'https://example.com' },
      ]);
    });
    const result = await readSheetFile(bytes, 'x.xlsx');
    expect(result).toEqual({
      ok: true,
      rows: [
        ['标题', '标题', '标题'],
        ['空压机变频', 42, '2026-03-05'],
        [null, 7, '链接'],
      ],
    });
  });

  it('refuses an old .xls workbook and says so', async () => {
    const bytes = new Uint8Array([
      0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1,
    ]);
    expect(await readSheetFile(bytes, 'old.xls')).toEqual({
      ok: false,
      problem: 'legacy-xls',
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const bytes = new Uint8Array(MAX_SHEET_FILE_BYTES + 1);
    expect(await readSheetFile(bytes, 'big.csv')).toEqual({
      ok: false,
      problem: 'file-too-large',
    });
  });

  it('refuses broken or foreign files with a problem code', async () => {
    const garbage = utf8('this is not a workbook');
    const zip = zipSync({ 'readme.txt': strToU8('hello') });
    const results = await Promise.all([
      readSheetFile(garbage, 'fake.xlsx'),
      readSheetFile(garbage, 'notes.docx'),
      readSheetFile(new Uint8Array(), 'empty.csv'),
      readSheetFile(zip, 'other.xlsx'),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.problem))).toEqual([
      'file-unreadable',
      'file-type-unknown',
      'file-empty',
      'xlsx-no-sheet',
    ]);
  });
});
