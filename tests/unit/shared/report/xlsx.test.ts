import { describe, expect, it } from 'vitest';
import { reportContext } from '@shared/report/document';
import {
  optionsSheetInput,
  performanceSheetInput,
} from '@shared/report/sheets';
import { parseOptionsSheet } from '@shared/sheets/options-sheet';
import { optionsSheetXlsx } from '@shared/sheets/options-xlsx';
import { readSheetFile } from '@shared/sheets/read-sheet';
import { demoReportInput } from './fixtures';

const ctx = reportContext(demoReportInput());

describe('the report’s spreadsheets', () => {
  it('fill the 绩效表 from the figures the report was laid out with', () => {
    const input = performanceSheetInput(ctx);
    expect(input.summary).toBe(ctx.figures.summary);
    expect(input.coefficientSetName).toBe('GB/T 2589-2020');
    expect(input.electricityBasis).toBe(ctx.figures.electricityBasis);
    expect(input.auditTitle).toBe(ctx.snapshot.audit.title);
  });

  it('write a 方案汇总表 that reads back with every live option', async () => {
    const bytes = await optionsSheetXlsx(optionsSheetInput(ctx));
    const read = await readSheetFile(bytes, '方案汇总表.xlsx');
    if (!read.ok) throw new Error(read.problem);
    const parsed = parseOptionsSheet(read.rows, {
      costClassRules: ctx.snapshot.audit.costClassRules,
      overrideReason: '按方案汇总表',
    });
    if (!parsed.ok) throw new Error('the sheet did not parse');
    const live = ctx.snapshot.options.filter((o) => o.deletedAt === null);
    expect(parsed.rows).toHaveLength(live.length);
    expect(parsed.rows.every((row) => row.ok)).toBe(true);
  });
});
