import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { capture } from '../../fixtures/cli-io';
import {
  csvText,
  gbk,
  sheetOf,
  SHEET_COLUMNS,
  utf8,
  xlsxOfRows,
  type SheetRecord,
} from '../fixtures/sheet-files';

function writeTemp(name: string, bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cpaw-sheet-')), name);
  writeFileSync(file, bytes);
  return file;
}

// Five options, worked by hand below.
const OPTIONS: SheetRecord[] = [
  // A: 低费 (3 万元), equipment.
  {
    方案名称: '空压机变频',
    方案类型: '设备',
    '投资(万元)': 3,
    '经济效益(万元/年)': 2,
    '节电(kWh/年)': 100000,
    '节水(吨/年)': 500,
    状态: '已提出',
  },
  // B: 高费 (60 万元), materials and energy, implemented.
  {
    方案名称: '燃煤锅炉改燃气',
    方案类型: '原辅材料和能源替代',
    '投资(万元)': 60,
    '经济效益(万元/年)': 20,
    '节约天然气(立方米/年)': 10000,
    '节约蒸汽(吨/年)': 200,
    '减少COD(吨/年)': 1.5,
    状态: '已实施',
  },
  // C: 无费 (0), staff; benefit and status left empty.
  {
    方案名称: '节能操作培训',
    方案类型: '员工',
    '投资(万元)': 0,
    '节约原煤(吨/年)': 50,
    '节约柴油(吨/年)': 2,
    '减少危险废物(吨/年)': 0.8,
  },
  // D: 中费 (10 万元), set aside: counted, but its figures promise nothing.
  {
    方案名称: '脱硫改造',
    方案类型: '加强管理',
    '投资(万元)': 10,
    '经济效益(万元/年)': 3,
    '节电(kWh/年)': -20000,
    '减少二氧化硫(吨/年)': 0.3,
    状态: '暂不可行',
  },
  // E: 中费 at the boundary (5 万元), process; uses more electricity.
  {
    方案名称: '喷涂线改水性漆',
    方案类型: '技术工艺',
    '投资(万元)': 5,
    '经济效益(万元/年)': 1.5,
    '节电(kWh/年)': -20000,
    '减少废水(吨/年)': 1000,
    '减少VOCs(吨/年)': 0.4,
  },
];

const SHEET = sheetOf(SHEET_COLUMNS, OPTIONS);

// Estimated side (A, B, C, E; D is set aside), GB/T 2589-2020, 当量值:
//   electricity 100 000 − 20 000 = 80 000 kWh × 0.1229 kgce/kWh = 9 832 kgce
//   natural gas 10 000 m³ × 1.2143 kgce/m³                      = 12 143 kgce
//   steam 200 t = 200 000 kg × 0.1286 kgce/kg                   = 25 720 kgce
//   raw coal 50 t = 50 000 kg × 0.7143 kgce/kg                  = 35 715 kgce
//   diesel 2 t = 2 000 kg × 1.4571 kgce/kg                      =  2 914.2 kgce
//   water is not energy                                  total = 86 324.2 kgce
const TCE_CALORIFIC = 86.3242;
// On the 等价值 basis electricity counts 0.3 kgce/kWh: 80 000 × 0.3 = 24 000
// kgce instead of 9 832, so 86 324.2 − 9 832 + 24 000 = 100 492.2 kgce.
const TCE_EQUIVALENT = 100.4922;

const EXPECTED = {
  options: {
    total: 5,
    noLowCost: 2,
    midHighCost: 3,
    implemented: 1,
    byAspect: {
      materialsEnergy: 1,
      process: 1,
      equipment: 1,
      processControl: 0,
      product: 0,
      waste: 0,
      management: 1,
      staff: 1,
    },
  },
  investmentWanYuan: 68,
  economicBenefitWanYuanPerYear: 23.5,
  savings: {
    electricityKwh: 80000,
    waterT: 500,
    naturalGasM3: 10000,
    steamT: 200,
    rawCoalT: 50,
    dieselT: 2,
  },
  reductions: {
    wastewaterT: 1000,
    codT: 1.5,
    ammoniaNitrogenT: 0,
    so2T: 0,
    noxT: 0,
    vocsT: 0.4,
    hazardousWasteT: 0.8,
    solidWasteT: 0,
  },
};

const TOP_LEVEL_KEYS = [
  'options',
  'investmentWanYuan',
  'economicBenefitWanYuanPerYear',
  'energySavedTcePerYear',
  'savings',
  'reductions',
];

async function summaryOf(file: string, ...args: string[]) {
  const { io, out, err } = capture();
  const code = await runCli(['summary', file, '--json', ...args], io);
  return { code, json: code === 0 ? JSON.parse(out.join('\n')) : null, err };
}

describe('summary of an options sheet', () => {
  it('prints the hand-computed figures of an .xlsx in the documented shape', async () => {
    const file = writeTemp('方案汇总表.xlsx', await xlsxOfRows(SHEET));
    const { code, json, err } = await summaryOf(file);

    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(Object.keys(json).slice(0, TOP_LEVEL_KEYS.length)).toEqual(
      TOP_LEVEL_KEYS,
    );
    expect(json).toMatchObject(EXPECTED);
    expect(json.energySavedTcePerYear).toBeCloseTo(TCE_CALORIFIC, 9);
    // A sheet has no implementation records: no verified side.
    expect(json.verified).toBeUndefined();
    expect(json).toMatchObject({
      source: 'sheet',
      coefficientSet: 'gbt2589-2020',
      electricityBasis: 'calorific',
    });
  });

  it('reads the same sheet as a GBK or UTF-8 CSV to the same figures', async () => {
    const text = csvText(SHEET);
    const fromGbk = await summaryOf(writeTemp('gbk.csv', gbk(text)));
    const fromUtf8 = await summaryOf(writeTemp('utf8.csv', utf8(text)));

    expect(fromGbk.json).toMatchObject(EXPECTED);
    expect(fromGbk.json.energySavedTcePerYear).toBeCloseTo(TCE_CALORIFIC, 9);
    expect(fromUtf8.json).toEqual(fromGbk.json);
  });

  it('counts electricity at its equivalent value with --basis equivalent', async () => {
    const file = writeTemp('sheet.csv', utf8(csvText(SHEET)));
    const { json } = await summaryOf(file, '--basis', 'equivalent');

    expect(json.energySavedTcePerYear).toBeCloseTo(TCE_EQUIVALENT, 9);
    expect(json.electricityBasis).toBe('equivalent');
  });

  it('prints only the estimated column for a sheet, with a note why', async () => {
    const file = writeTemp('sheet.csv', utf8(csvText(SHEET)));
    const { io, out } = capture();

    expect(await runCli(['summary', file, '--lang', 'en'], io)).toBe(0);
    expect(out[1]).toMatch(/only estimated figures are shown\.$/);
    expect(out).toContain(
      '5 options: 2 no/low-cost, 3 mid/high-cost; 1 implemented',
    );
    expect(out.find((line) => line.startsWith('Item'))).toMatch(
      /^Item\s+Estimated$/,
    );
    expect(out.find((line) => line.startsWith('Energy saved'))).toMatch(
      /\s86\.32$/,
    );
  });

  it('computes nothing from a sheet with a bad row, and says where and what to do', async () => {
    const bad = sheetOf(
      SHEET_COLUMNS,
      OPTIONS.map((option, i) =>
        i === 2 ? { ...option, '投资(万元)': '五万' } : option,
      ),
    );
    const file = writeTemp('bad.csv', utf8(csvText(bad)));
    const { io, out, err } = capture();

    expect(await runCli(['summary', file, '--json'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `${file} 中有 1 行有错误，未计算绩效。请改正以下各处后重试：`,
      '  第 4 行“投资(万元)”：“五万”不是数字。本列只填数值，单位见列名。',
    ]);
  });

  it('says in the chosen language what is wrong with the file itself', async () => {
    const legacy = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]);
    const file = writeTemp('old.xls', legacy);
    const { io, err } = capture();

    expect(await runCli(['summary', file, '--lang', 'en'], io)).toBe(1);
    expect(err).toEqual([
      `${file}: This is an old Excel file (.xls). Save it as .xlsx in Excel and try again.`,
    ]);
  });
});
