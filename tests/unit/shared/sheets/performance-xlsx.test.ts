import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { performanceSummary } from '@shared/calc/performance-summary';
import { demoSnapshot } from '@shared/demo/demo-audit';
import { COEFFICIENT_SETS } from '@shared/reference/coefficients';
import { performanceTableXlsx } from '@shared/sheets/performance-xlsx';
import { readSheetFile } from '@shared/sheets/read-sheet';

const { audit, company, options } = demoSnapshot();
const summary = performanceSummary(options, {
  costClassRules: audit.costClassRules,
  coefficientSet: COEFFICIENT_SETS['gbt2589-2020'],
  electricityBasis: 'calorific',
});

async function demoTable(): Promise<Uint8Array> {
  return performanceTableXlsx({
    companyName: company.name,
    auditTitle: audit.title,
    summary,
    coefficientSetName: 'GB/T 2589-2020',
    electricityBasis: 'calorific',
  });
}

async function rowByLabel() {
  const read = await readSheetFile(await demoTable(), '绩效表.xlsx');
  if (!read.ok) throw new Error(read.problem);
  return new Map(read.rows.map((row) => [row[0], row.slice(1)]));
}

describe('the performance table export', () => {
  it('counts the demo options as the performance summary does', async () => {
    const rows = await rowByLabel();
    const counts = summary.optionCounts;
    expect(rows.get('方案总数')).toEqual(['项', 40, null]);
    expect(rows.get('其中：无/低费方案')?.[1]).toBe(counts.noLowCost);
    expect(rows.get('已实施方案')?.[1]).toBe(counts.implemented);
    expect(rows.get('加强管理类方案')?.[1]).toBe(counts.byAspect.management);
  });

  it('puts estimated and verified figures side by side with their units', async () => {
    const rows = await rowByLabel();
    const { estimated, verified } = summary;
    expect(rows.get('投资')).toEqual([
      '万元',
      estimated.investmentWanYuan,
      verified.investmentWanYuan,
    ]);
    expect(rows.get('节能量')).toEqual([
      '吨标准煤/年',
      estimated.energySavedTcePerYear,
      verified.energySavedTcePerYear,
    ]);
    expect(rows.get('节电')).toEqual([
      'kWh/年',
      estimated.savings.electricityKwh,
      verified.savings.electricityKwh,
    ]);
    expect(rows.get('减少化学需氧量')).toEqual([
      '吨/年',
      estimated.reductions.codT,
      verified.reductions.codT,
    ]);
    expect(rows.get('减少重金属')?.[0]).toBe('千克/年');
    expect(verified.savings.electricityKwh).toBeGreaterThan(0);
  });

  it('states the coefficient set and electricity basis under the title', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await demoTable()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe('绩效表');
    expect(sheet.getCell('A1').value).toBe(`${company.name}清洁生产审核绩效表`);
    expect(sheet.getCell('A3').value).toBe(
      '折标准煤系数：GB/T 2589-2020，电力按当量值折算',
    );
  });
});
