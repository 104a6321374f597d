import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportContext } from '@shared/report/document';
import { optionSummaryXlsx, performanceTableXlsx } from '@shared/report/xlsx';
import { demoReportInput } from './fixtures';

const ctx = reportContext(demoReportInput());

async function firstSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const ws = workbook.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return ws;
}

function rowByLabel(ws: ExcelJS.Worksheet, label: string): unknown[] {
  let found: unknown[] = [];
  ws.eachRow((row) => {
    if (row.getCell(1).value === label) {
      found = [1, 2, 3].map((column) => row.getCell(column).value);
    }
  });
  return found;
}

describe('the performance table as .xlsx', () => {
  it('keeps investment, benefit and energy saved as the numbers the summary gives', async () => {
    const ws = await firstSheet(await performanceTableXlsx(ctx));
    const { estimated, verified } = ctx.figures.summary;

    expect(ws.name).toBe('绩效表');
    expect(rowByLabel(ws, '投资（万元）')).toEqual([
      '投资（万元）',
      estimated.investmentWanYuan,
      verified.investmentWanYuan,
    ]);
    expect(rowByLabel(ws, '节能量（tce/a）')[2]).toBe(
      verified.energySavedTcePerYear,
    );
  });
});

describe('the option summary as .xlsx', () => {
  it('lists every option once, under the columns of the summary table', async () => {
    const ws = await firstSheet(await optionSummaryXlsx(ctx));
    const header = ws.getRow(1).values as unknown[];
    const codes: unknown[] = [];
    ws.eachRow((row, number) => {
      if (number > 1) codes.push(row.getCell(2).value);
    });

    expect(header.slice(1, 6)).toEqual([
      '方案类型',
      '方案编号',
      '方案名称',
      '方案简介',
      '预计投资（万元）',
    ]);
    expect([...codes].sort()).toEqual(
      ctx.figures.options.map((f) => f.option.code).sort(),
    );
  });

  it('writes the investment of an option as a number next to its name', async () => {
    const ws = await firstSheet(await optionSummaryXlsx(ctx));
    const option = ctx.figures.options.find(
      (f) => f.option.investmentWanYuan !== null,
    )?.option;
    if (!option) throw new Error('the demo has costed options');
    let row: ExcelJS.Row | null = null;
    ws.eachRow((r) => {
      if (r.getCell(2).value === option.code) row = r;
    });
    const found = row as ExcelJS.Row | null;

    expect(found?.getCell(3).value).toBe(option.name);
    expect(found?.getCell(5).value).toBe(option.investmentWanYuan);
  });
});
