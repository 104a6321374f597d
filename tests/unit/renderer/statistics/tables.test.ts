import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { portfolioTotals } from '@shared/calc/portfolio';
import { resources } from '@shared/i18n';
import { CO2_FACTOR_SETS } from '@shared/reference/coefficients';
import { tableToXlsx } from '@renderer/features/statistics/export-xlsx';
import { readPlanForm } from '@renderer/features/statistics/plan-form';
import {
  optionsTable,
  totalsTable,
} from '@renderer/features/statistics/portfolio-tables';
import { formatCell } from '@renderer/features/statistics/sheet-table';
import { localTodayIso } from '@renderer/features/statistics/today';
import { portfolioEntries } from '../../../fixtures/portfolio';

// A t over the zh-CN source locale, enough for labels and {{vars}}.
const t = ((key: string, vars: Record<string, unknown> = {}) => {
  const value = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)[part],
      resources['zh-CN'].translation,
    );
  return String(value).replace(/{{(\w+)}}/g, (_, name) => String(vars[name]));
}) as unknown as TFunction;

const summary = portfolioTotals(portfolioEntries()).summary;

describe('statistics tables', () => {
  it('lists the totals with money in two decimals and headings apart', () => {
    const table = totalsTable(summary, null, t, 'zh');
    expect(table.rows[0]).toEqual(['投资（万元）', 52, 32]);
    expect(table.rowFormats?.get(0)).toBe('money');
    const savings = table.rows.findIndex((row) => row[0] === '资源节约');
    expect(table.headingRows?.has(savings)).toBe(true);
    expect(table.rows[savings + 1]).toEqual(['电力（kWh/年）', 75_000, 60_000]);
  });

  it('adds CO2 from electricity saved when a grid factor is chosen', () => {
    const table = totalsTable(summary, CO2_FACTOR_SETS['mee-2023'], t, 'zh');
    // 75 MWh and 60 MWh × 0.5703 t/MWh.
    const [label, estimated, verified] = table.rows.at(-1) ?? [];
    expect(label).toBe('节电折合二氧化碳（吨/年）');
    expect(estimated).toBeCloseTo(42.7725, 10);
    expect(verified).toBeCloseTo(34.218, 10);
  });

  it('prints the implementation rate as a percentage', () => {
    const table = optionsTable(summary, t, 'zh');
    expect(table.rows[4]).toEqual(['实施率', 0.4]);
    expect(formatCell(0.4, table.rowFormats?.get(4) ?? 'count', 'zh-CN')).toBe(
      '40%',
    );
  });

  it('formats money, quantities and empty cells for the screen', () => {
    expect(formatCell(1846.8, 'money', 'zh-CN')).toBe('1,846.80');
    expect(formatCell(0.1229, 'quantity', 'zh-CN')).toBe('0.123');
    expect(formatCell(null, 'money', 'zh-CN')).toBe('');
  });

  it('writes an .xlsx whose cells hold the numbers, unrounded', async () => {
    const bytes = await tableToXlsx(totalsTable(summary, null, t, 'zh'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('绩效汇总');
    expect(sheet?.getCell('A1').value).toBe('项目');
    expect(sheet?.getCell('B2').value).toBe(52);
    expect(sheet?.getCell('B2').numFmt).toBe('#,##0.00');
    expect(sheet?.getCell('C4').value).toBeCloseTo(7.374, 10);
  });
});

describe('plan target form', () => {
  const form = {
    indicator: 'companiesAudited' as const,
    fromYear: '2026',
    toYear: '2030',
    target: '5,000',
  };

  it('reads a target typed with a thousands separator', () => {
    expect(readPlanForm(form)).toEqual({
      ok: true,
      fields: {
        indicator: 'companiesAudited',
        fromYear: 2026,
        toYear: 2030,
        target: 5000,
        note: '',
      },
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(readPlanForm({ ...form, toYear: '2025' })).toEqual({
      ok: false,
      problem: 'badYears',
    });
  });

  it('refuses an empty, zero or non-numeric target', () => {
    for (const target of ['', '0', 'abc', '-3']) {
      expect(readPlanForm({ ...form, target })).toEqual({
        ok: false,
        problem: 'badTarget',
      });
    }
  });
});

describe('today', () => {
  it('takes the local calendar date, not the UTC one', () => {
    expect(localTodayIso(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
  });
});
