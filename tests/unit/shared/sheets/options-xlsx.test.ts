import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COST_CLASS_LABELS } from '@shared/calc/cost-class';
import { convertUnit } from '@shared/calc/units';
import { demoSnapshot } from '@shared/demo/demo-audit';
import {
  benefitTotalWanYuanPerYear,
  optionCostClass,
  type Option,
  type OptionEffect,
} from '@shared/model/option';
import { parameterByKey } from '@shared/reference/parameters';
import { parseOptionsSheet } from '@shared/sheets/options-sheet';
import { optionsSheetXlsx, sheetOrder } from '@shared/sheets/options-xlsx';
import { readSheetFile } from '@shared/sheets/read-sheet';

const { audit, company, options } = demoSnapshot();
const rules = audit.costClassRules;

async function exportDemo(): Promise<Uint8Array> {
  return optionsSheetXlsx({
    companyName: company.name,
    auditTitle: audit.title,
    options,
    costClassRules: rules,
  });
}

/** Effects summed per parameter in the parameter's own unit. */
function effectTotals(effects: readonly OptionEffect[] = []) {
  const totals: Record<string, number> = {};
  for (const e of effects) {
    const unit = parameterByKey(e.parameter).unit;
    totals[e.parameter] =
      (totals[e.parameter] ?? 0) + convertUnit(e.quantity, e.unit, unit);
  }
  return totals;
}

describe('the option summary table export', () => {
  it('re-imports the 40 demo options with every column it carries unchanged', async () => {
    const read = await readSheetFile(await exportDemo(), 'options.xlsx');
    if (!read.ok) throw new Error(read.problem);
    const parsed = parseOptionsSheet(read.rows, {
      costClassRules: rules,
      overrideReason: 'import',
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const back = parsed.rows.map((row) => {
      if (!row.ok) throw new Error(JSON.stringify(row.errors));
      return row.option;
    });
    const expected = sheetOrder(options);

    expect(back).toHaveLength(40);
    expect(parsed.notices).toEqual([{ code: 'totals-row-skipped', row: 44 }]);
    back.forEach((got, i) => {
      const want = expected[i] as Option;
      expect(got.code).toBe(want.code);
      expect(got.fields.name).toBe(want.name);
      expect(got.fields.description).toBe(want.description);
      expect(got.fields.primaryAspect).toBe(want.primaryAspect);
      expect(got.fields.status).toBe(want.status);
      expect(got.fields.investmentWanYuan).toBe(want.investmentWanYuan);
      expect(optionCostClass(got.fields, rules)).toBe(
        optionCostClass(want, rules),
      );
      expect(got.fields.economicBenefitWanYuanPerYear?.total).toBeCloseTo(
        benefitTotalWanYuanPerYear(want.economicBenefitWanYuanPerYear) ?? 0,
        9,
      );
      expect(effectTotals(got.fields.environmentalEffects)).toEqual(
        effectTotals(want.environmentalEffects),
      );
    });
  });

  it('writes a title, a frozen header, Chinese fonts and a totals row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportDemo()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;

    expect(sheet.name).toBe('方案汇总表');
    expect(sheet.getCell('A1').value).toBe(`${company.name}清洁生产方案汇总表`);
    expect(sheet.getRow(3).getCell(1).value).toBe('方案类型');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getCell('C4').font?.name).toBe('宋体');

    const totals = sheet.getRow(44);
    const header = sheet.getRow(3).values as unknown[];
    const investmentColumn = header.indexOf('投资(万元)');
    const sum = options.reduce((s, o) => s + (o.investmentWanYuan ?? 0), 0);
    expect(totals.getCell(1).value).toBe('合计');
    expect(totals.getCell(investmentColumn).value).toBeCloseTo(sum, 9);
    expect(totals.getCell(investmentColumn).numFmt).toBe('#,##0.00');
  });

  it('prints the cost class of an overridden option as its override', async () => {
    const read = await readSheetFile(await exportDemo(), 'options.xlsx');
    if (!read.ok) throw new Error(read.problem);
    const motor = read.rows.find((row) =>
      row.includes('循环水泵电机更换为IE3高效电机'),
    );
    expect(motor).toContain(COST_CLASS_LABELS.low.zh);
  });
});
