import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_CLASS_RULES } from '@shared/calc/cost-class';
import type { SheetCell } from '@shared/sheets/cells';
import {
  MAX_OPTION_ROWS,
  parseOptionsSheet,
  type OptionsSheetResult,
  type ParsedOptionRow,
} from '@shared/sheets/options-sheet';
import { SHEET_COLUMNS } from '../../fixtures/sheet-files';

const SETTINGS = {
  costClassRules: DEFAULT_COST_CLASS_RULES,
  overrideReason: '按方案汇总表导入',
};

// The first eight columns of the sheet, then COD and the status.
const HEADER = [...SHEET_COLUMNS.slice(0, 8), '减少COD(吨/年)', '状态'];

function parse(rows: SheetCell[][]): OptionsSheetResult {
  return parseOptionsSheet(rows, SETTINGS);
}

function rowsOf(result: OptionsSheetResult): readonly ParsedOptionRow[] {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.rows;
}

function okOption(parsed: ParsedOptionRow | undefined) {
  if (!parsed?.ok) throw new Error(JSON.stringify(parsed));
  return parsed.option;
}

describe('parseOptionsSheet', () => {
  it('reads a row into an option input with effects in the catalogue units', () => {
    const rows = rowsOf(
      parse([
        HEADER,
        [
          'F1',
          '空压机变频',
          '设备维护和更新',
          '',
          3,
          4.5,
          80000,
          1200,
          0,
          '已实施',
        ],
      ]),
    );
    expect(okOption(rows[0])).toEqual({
      code: 'F1',
      fields: {
        name: '空压机变频',
        description: '',
        primaryAspect: 'A3',
        investmentWanYuan: 3,
        costClassOverride: null,
        economicBenefitWanYuanPerYear: { total: 4.5 },
        environmentalEffects: [
          { parameter: 'electricity', quantity: 80000, unit: 'kWh' },
          { parameter: 'water', quantity: 1200, unit: 't' },
        ],
        status: 'implemented',
      },
    });
  });

  it('finds the columns in any order and below a title row', () => {
    const rows = rowsOf(
      parse([
        ['某公司清洁生产方案汇总表'],
        ['状态', '方案类型', '方案名称'],
        ['已提出', '员工', '岗位培训'],
      ]),
    );
    const option = okOption(rows[0]);
    expect(option.fields.primaryAspect).toBe('A8');
    expect(option.fields.status).toBe('proposed');
    expect(option.code).toBeNull();
    expect(rows[0]?.row).toBe(3);
  });

  it('accepts option-type labels, short aspect names and full-width headers', () => {
    const rows = rowsOf(
      parse([
        ['方案名称', '方案类型', '投资（万元）'],
        ['a', '原辅材料和能源替代', '１２'],
        ['b', '原辅材料和能源', 0],
        ['c', '废弃物综合利用', 1],
        ['d', '员工素质提高', 1],
      ]),
    );
    expect(rows.map((row) => okOption(row).fields.primaryAspect)).toEqual([
      'A1',
      'A1',
      'A6',
      'A8',
    ]);
    expect(okOption(rows[0]).fields.investmentWanYuan).toBe(12);
  });

  it('reads thousands separators, full-width digits, a typographic minus and dashes', () => {
    const rows = rowsOf(
      parse([
        ['方案名称', '方案类型', '节电(kWh/年)', '节水(吨/年)', '投资(万元)'],
        ['a', '管理', '1,234,567.5', '－３００', '-'],
        ['b', '管理', '１，２００', '\u2212300', '/'],
      ]),
    );
    const [a, b] = rows.map((row) => okOption(row).fields);
    expect(a?.environmentalEffects?.map((e) => e.quantity)).toEqual([
      1234567.5, -300,
    ]);
    expect(b?.environmentalEffects?.map((e) => e.quantity)).toEqual([
      1200, -300,
    ]);
    expect(a?.investmentWanYuan).toBeNull();
  });

  it('derives an empty cost class from the investment and keeps a different one as an override', () => {
    const rows = rowsOf(
      parse([
        ['方案名称', '方案类型', '投资(万元)', '费用类别'],
        ['derived', '设备', 6.2, ''],
        ['same', '设备', 6.2, '中费'],
        ['departs', '设备', 6.2, '低费'],
        ['group', '设备', 6.2, '中/高费'],
      ]),
    );
    const overrides = rows.map((r) => okOption(r).fields.costClassOverride);
    expect(overrides).toEqual([
      null,
      null,
      { costClass: 'low', reason: '按方案汇总表导入' },
      null,
    ]);
  });

  it('reports each bad cell with its row, column and code, and keeps good rows', () => {
    const rows = rowsOf(
      parse([
        HEADER,
        ['F1', '', '设备', '', 'abc', 1, 0, 0, 0, '已提出'],
        ['F2', '好方案', '设备', '', 1, 1, 0, 0, 0, '已提出'],
        ['F3', '坏方案', '天气', '便宜', -2, 1, '=A1*2', 0, 0, '差不多'],
      ]),
    );
    expect(rows[1]?.ok).toBe(true);
    const errors = rows.flatMap((row) => (row.ok ? [] : row.errors));
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '方案名称', 'required'],
      [2, '投资(万元)', 'not-a-number'],
      [4, '方案类型', 'unknown-aspect'],
      [4, '投资(万元)', 'negative'],
      [4, '费用类别', 'unknown-cost-class'],
      [4, '状态', 'unknown-status'],
      [4, '节电(kWh/年)', 'not-a-number'],
    ]);
    expect(errors[6]?.value).toBe('=A1*2');
  });

  it('refuses a group label that the investment does not fall in', () => {
    const rows = rowsOf(
      parse([
        ['方案名称', '方案类型', '投资(万元)', '费用类别'],
        ['a', '设备', 1, '中/高费'],
        ['b', '设备', '', '无/低费'],
      ]),
    );
    expect(rows.map((r) => (r.ok ? null : r.errors[0]?.code))).toEqual([
      'cost-class-unclear',
      'cost-class-unclear',
    ]);
  });

  it('marks a code that an earlier row already has', () => {
    const rows = rowsOf(
      parse([
        ['方案编号', '方案名称', '方案类型'],
        ['F1', 'a', '管理'],
        ['f1', 'b', '管理'],
      ]),
    );
    expect(rows[1]).toEqual({
      row: 3,
      ok: false,
      name: 'b',
      errors: [
        {
          row: 3,
          column: '方案编号',
          code: 'duplicate-code',
          value: 'f1',
          otherRow: 2,
        },
      ],
    });
  });

  it('skips empty rows and the totals row, and notes unknown headers', () => {
    const result = parse([
      ['方案名称', '方案类型', '负责人'],
      ['a', '管理', '张三'],
      [null, '  ', ''],
      ['合计', '', ''],
    ]);
    if (!result.ok) throw new Error('not ok');
    expect(result.rows).toHaveLength(1);
    expect(result.notices).toEqual([
      { code: 'unknown-header', column: '负责人' },
      { code: 'totals-row-skipped', row: 4 },
    ]);
  });

  it('names the required headers a sheet lacks', () => {
    expect(
      parse([
        ['方案名称', '投资(万元)'],
        ['a', 1],
      ]),
    ).toEqual({
      ok: false,
      problems: [{ code: 'missing-headers', columns: ['方案类型'] }],
    });
  });

  it('refuses a sheet without any known header, with a repeated header, or without rows', () => {
    expect(parse([['名称', '金额']])).toEqual({
      ok: false,
      problems: [{ code: 'no-header-row' }],
    });
    expect(parse([['方案名称', '方案类型', '方案名称']])).toEqual({
      ok: false,
      problems: [{ code: 'duplicate-header', column: '方案名称' }],
    });
    expect(parse([['方案名称', '方案类型'], []])).toEqual({
      ok: false,
      problems: [{ code: 'no-rows' }],
    });
  });

  it('refuses more rows than the cap instead of reading them', () => {
    const body = Array.from({ length: MAX_OPTION_ROWS + 1 }, (_, i) => [
      `方案${i}`,
      '管理',
    ]);
    expect(parse([['方案名称', '方案类型'], ...body])).toEqual({
      ok: false,
      problems: [
        { code: 'too-many-rows', rows: MAX_OPTION_ROWS + 1, limit: 5000 },
      ],
    });
  });

  it('keeps formula text in a text column as text', () => {
    const rows = rowsOf(
      parse([
        ['方案名称', '方案类型'],
        ['=HYPERLINK("x")', '管理'],
      ]),
    );
    expect(okOption(rows[0]).fields.name).toBe('=HYPERLINK("x")');
  });

  it('refuses a name longer than the register allows', () => {
    const rows = rowsOf(
      parse([
        ['方案名称', '方案类型'],
        ['长'.repeat(121), '管理'],
      ]),
    );
    expect(rows[0]?.ok ? null : rows[0]?.errors[0]?.code).toBe('too-long');
  });
});
