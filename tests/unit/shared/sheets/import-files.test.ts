import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_CLASS_RULES } from '@shared/calc/cost-class';
import {
  OPTION_STATUS_LABELS,
  OPTION_STATUSES,
} from '@shared/calc/option-status';
import { resources } from '@shared/i18n';
import { optionCostClass } from '@shared/model/option';
import { ASPECTS } from '@shared/reference/aspects';
import {
  parseOptionsSheet,
  ROW_ERROR_CODES,
  type OptionsSheetResult,
  type RowError,
} from '@shared/sheets/options-sheet';
import { readSheetFile } from '@shared/sheets/read-sheet';
import { rowErrorMessage } from '@shared/sheets/sheet-messages';
import { sheetAsRegister } from '@shared/sheets/sheet-register';
import {
  csvText,
  gbk,
  sheetOf,
  SHEET_COLUMNS,
  utf8,
  xlsxOfRows,
  type FixtureCell,
} from '../../fixtures/sheet-files';

// The options sheet from file bytes to option inputs, as the import dialog
// and the CLI take it: the reader, then the parser.

const SETTINGS = {
  costClassRules: DEFAULT_COST_CLASS_RULES,
  overrideReason: '按方案汇总表导入',
};

async function importFile(
  bytes: Uint8Array,
  name: string,
): Promise<OptionsSheetResult> {
  const read = await readSheetFile(bytes, name);
  if (!read.ok) throw new Error(read.problem);
  return parseOptionsSheet(read.rows, SETTINGS);
}

function okRows(result: OptionsSheetResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.rows.map((row) => {
    if (!row.ok) throw new Error(JSON.stringify(row.errors));
    return row.option;
  });
}

function errorsOf(result: OptionsSheetResult): RowError[] {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.rows.flatMap((row) => (row.ok ? [] : row.errors));
}

async function translator(language: 'zh-CN' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    interpolation: { escapeValue: false },
  });
  return instance.t.bind(instance) as TFunction;
}

// Every column of issue 4 item 10, in the reverse of its order.
const GOOD_SHEET = sheetOf([...SHEET_COLUMNS].reverse(), [
  {
    方案编号: 'F1',
    方案名称: '空压机变频改造',
    方案类型: '设备维护和更新',
    '投资(万元)': 3,
    '经济效益(万元/年)': 4.5,
    '节电(kWh/年)': 80000,
    '节水(吨/年)': 1200,
    '节约天然气(立方米/年)': 3000,
    '节约蒸汽(吨/年)': 150,
    '节约原煤(吨/年)': 20,
    '节约柴油(吨/年)': 1.5,
    '减少废水(吨/年)': 9000,
    '减少COD(吨/年)': 0.8,
    '减少氨氮(吨/年)': 0.05,
    '减少二氧化硫(吨/年)': 0.12,
    '减少氮氧化物(吨/年)': 0.3,
    '减少VOCs(吨/年)': 0.6,
    '减少危险废物(吨/年)': 0.9,
    '减少一般固废(吨/年)': 12,
    状态: '已实施',
  },
  {
    方案编号: 'Z1',
    方案名称: '边角料回收线',
    方案类型: '废弃物',
    费用类别: '高费',
    '投资(万元)': 60,
    '经济效益(万元/年)': 30,
    状态: '计划实施',
  },
]);

// Each effect in the catalogue's parameter and unit, in the catalogue's
// order whatever the sheet's.
const FIRST_ROW_EFFECTS = [
  ['electricity', 80000, 'kWh'],
  ['water', 1200, 't'],
  ['naturalGas', 3000, 'm3'],
  ['steam', 150, 't'],
  ['rawCoal', 20, 't'],
  ['diesel', 1.5, 't'],
  ['wastewater', 9000, 't'],
  ['cod', 0.8, 't'],
  ['ammoniaNitrogen', 0.05, 't'],
  ['so2', 0.12, 't'],
  ['nox', 0.3, 't'],
  ['vocs', 0.6, 't'],
  ['hazardousWaste', 0.9, 't'],
  ['solidWaste', 12, 't'],
];

describe('importing an options sheet file', () => {
  it('reads a good sheet with every column, in any order, from .xlsx, UTF-8 CSV and GBK CSV alike', async () => {
    const text = csvText(GOOD_SHEET);
    const [fromXlsx, fromUtf8, fromGbk] = await Promise.all([
      xlsxOfRows(GOOD_SHEET).then((b) => importFile(b, '方案汇总表.xlsx')),
      importFile(utf8(`\uFEFF${text}`), 'utf8.csv'),
      importFile(gbk(text), 'gbk.csv'),
    ]);

    const options = okRows(fromXlsx);
    expect(options).toHaveLength(2);
    const [first] = options;
    expect(first?.code).toBe('F1');
    expect(first?.fields).toMatchObject({
      name: '空压机变频改造',
      primaryAspect: 'A3',
      investmentWanYuan: 3,
      economicBenefitWanYuanPerYear: { total: 4.5 },
      status: 'implemented',
    });
    expect(
      first?.fields.environmentalEffects?.map((e) => [
        e.parameter,
        e.quantity,
        e.unit,
      ]),
    ).toEqual(FIRST_ROW_EFFECTS);
    expect(options[1]?.fields).toMatchObject({
      name: '边角料回收线',
      primaryAspect: 'A6',
      costClassOverride: null,
      status: 'planned',
    });
    expect(okRows(fromUtf8)).toEqual(options);
    expect(okRows(fromGbk)).toEqual(options);
  });

  it('takes every option type by its label and by its short name', async () => {
    const rows = ASPECTS.flatMap((aspect) => [
      [`${aspect.code} label`, aspect.optionType.zh],
      [`${aspect.code} short`, aspect.cause.zh],
    ]);
    const csv = csvText([['方案名称', '方案类型'], ...rows]);
    const options = okRows(await importFile(gbk(csv), 'types.csv'));

    expect(options.map((o) => o.fields.primaryAspect)).toEqual(
      ASPECTS.flatMap((aspect) => [aspect.code, aspect.code]),
    );
  });

  it('takes every status by its Chinese name, and an empty one as 已提出', async () => {
    const rows = OPTION_STATUSES.map((status) => [
      status,
      '管理',
      OPTION_STATUS_LABELS[status].zh,
    ]);
    const sheet = [
      ['方案名称', '方案类型', '状态'],
      ...rows,
      ['x', '管理', ''],
    ];
    const options = okRows(await importFile(await xlsxOfRows(sheet), 's.xlsx'));

    expect(options.map((o) => o.fields.status)).toEqual([
      ...OPTION_STATUSES,
      'proposed',
    ]);
  });

  it('derives an empty 费用类别 from the investment at the class boundaries', async () => {
    const investments = [0, 4.99, 5, 49.99, 50, ''];
    const sheet = [
      ['方案名称', '方案类型', '投资(万元)', '费用类别'],
      ...investments.map((investment) => [
        `投资 ${investment}`,
        '设备',
        investment,
        '',
      ]),
    ];
    const options = okRows(await importFile(utf8(csvText(sheet)), 'c.csv'));
    const register = sheetAsRegister(options, DEFAULT_COST_CLASS_RULES);

    expect(options.every((o) => o.fields.costClassOverride === null)).toBe(
      true,
    );
    expect(
      register.map((o) => optionCostClass(o, DEFAULT_COST_CLASS_RULES)),
    ).toEqual(['none', 'low', 'mid', 'mid', 'high', null]);
    // The register codes them in their groups: 无/低费 F…, 中/高费 Z….
    expect(register.map((o) => o.code)).toEqual([
      'F1',
      'F2',
      'Z1',
      'Z2',
      'Z3',
      'F3',
    ]);
  });

  it('finds each kind of bad cell in an .xlsx, one row per kind, and keeps the good row', async () => {
    const header = [
      '方案编号',
      '方案名称',
      '方案类型',
      '费用类别',
      '投资(万元)',
      '节电(kWh/年)',
      '状态',
    ];
    const sheet: FixtureCell[][] = [
      header,
      ['F1', '好方案', '设备', '', 1, 100, '已提出'],
      ['', '', '设备', '', 1, '', ''],
      ['', '长'.repeat(121), '设备', '', 1, '', ''],
      ['', '电费', '设备', '', 1, '十万', ''],
      ['', '负投资', '设备', '', -1, '', ''],
      ['', '怪类型', '天气', '', 1, '', ''],
      ['', '怪类别', '设备', '便宜', 1, '', ''],
      ['', '不符类别', '设备', '中/高费', 1, '', ''],
      ['', '怪状态', '设备', '', 1, '', '差不多'],
      ['f1', '重复编号', '设备', '', 1, '', ''],
    ];
    const result = await importFile(await xlsxOfRows(sheet), 'bad.xlsx');

    expect(result.ok && result.rows.map((row) => row.ok)).toEqual([
      true,
      ...Array<boolean>(9).fill(false),
    ]);
    expect(errorsOf(result).map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '方案名称', 'required'],
      [4, '方案名称', 'too-long'],
      [5, '节电(kWh/年)', 'not-a-number'],
      [6, '投资(万元)', 'negative'],
      [7, '方案类型', 'unknown-aspect'],
      [8, '费用类别', 'unknown-cost-class'],
      [9, '费用类别', 'cost-class-unclear'],
      [10, '状态', 'unknown-status'],
      [11, '方案编号', 'duplicate-code'],
    ]);
  });

  it('says for every kind of bad cell, in both languages, where it is and what to do', async () => {
    const [zh, en] = await Promise.all([translator('zh-CN'), translator('en')]);
    const error = (code: RowError['code']): RowError => ({
      row: 7,
      column: '投资(万元)',
      code,
      value: 'abc',
      otherRow: 3,
    });

    for (const code of ROW_ERROR_CODES) {
      const chinese = rowErrorMessage(zh, error(code));
      const english = rowErrorMessage(en, error(code));
      expect(chinese, code).toMatch(/^第 7 行“投资\(万元\)”：\S/);
      expect(english, code).toMatch(/^Row 7, “投资\(万元\)”: \S/);
      expect(chinese, code).not.toContain('optionsSheet.');
      expect(english, code).not.toContain('optionsSheet.');
    }
    expect(rowErrorMessage(zh, error('not-a-number'))).toBe(
      '第 7 行“投资(万元)”：“abc”不是数字。本列只填数值，单位见列名。',
    );
    expect(rowErrorMessage(en, error('duplicate-code'))).toBe(
      'Row 7, “投资(万元)”: The code “abc” repeats row 3.',
    );
  });
});
