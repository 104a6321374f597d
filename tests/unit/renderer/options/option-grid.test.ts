import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COST_CLASS_RULES } from '@shared/calc/cost-class';
import { resources } from '@shared/i18n';
import { DEFAULT_AUDIT_ENERGY_ACCOUNTING } from '@shared/model/audit';
import {
  matchesFilters,
  NO_FILTERS,
  optionView,
  registerFooter,
  sortRows,
  type OptionGridRow,
} from '@renderer/features/options/option-grid';
import { makeOption as option } from '../../../fixtures/option';

const view = optionView(
  {
    costClassRules: DEFAULT_COST_CLASS_RULES,
    energyAccounting: DEFAULT_AUDIT_ENERGY_ACCOUNTING,
  },
  '未命名方案',
);

// Four options: two housekeeping (A7), one equipment (A3), one process (A2).
const options = [
  option({
    code: 'F2',
    name: '空压机管网查漏',
    investmentWanYuan: 0.3,
    economicBenefitWanYuanPerYear: { total: 4 },
    environmentalEffects: [
      { parameter: 'electricity', quantity: 10_000, unit: 'kWh' },
    ],
  }),
  option({
    code: 'F10',
    name: '车间照明更换为 LED',
    primaryAspect: 'A3',
    investmentWanYuan: 4.4,
    economicBenefitWanYuanPerYear: { total: 12.9 },
    status: 'implemented',
  }),
  option({
    code: 'Z1',
    name: '冷水机组变频改造',
    description: '群控系统',
    primaryAspect: 'A2',
    investmentWanYuan: 85,
    economicBenefitWanYuanPerYear: { total: 72 },
    proposedInStage: 3,
  }),
  option({ code: 'F1', name: '化学品领用登记', investmentWanYuan: null }),
];
const rows: OptionGridRow[] = options.map((o) => view.toGrid(o));

describe('the register view', () => {
  it('counts energy with the audit’s own basis', () => {
    const equivalent = optionView(
      {
        costClassRules: DEFAULT_COST_CLASS_RULES,
        energyAccounting: {
          coefficientSetId: 'gbt2589-2020',
          electricityBasis: 'equivalent',
        },
      },
      '未命名方案',
    );
    const [first] = options;
    if (!first) throw new Error('fixture');
    // At the equivalent value electricity weighs more than 0.1229 kgce/kWh.
    expect(equivalent.toGrid(first).energyTce).toBeGreaterThan(1.229);
  });

  it('derives class, benefit and energy, read-only', () => {
    const [f2, f10, z1, f1] = rows;
    expect(f2?.costClass).toBe('low');
    // 10 000 kWh at the calorific equivalent 0.1229 kgce/kWh is 1.229 tce.
    expect(f2?.energyTce).toBeCloseTo(1.229, 6);
    expect(f10?.benefit).toBe(12.9);
    expect(z1?.costClass).toBe('high');
    expect(f1?.costClass).toBeNull();
  });

  it('turns edits into patches and refuses a status typed over', () => {
    const [first] = options;
    if (!first) throw new Error('fixture');
    expect(view.toPatch(first, 'benefit', 6)).toMatchObject({
      economicBenefitWanYuanPerYear: { total: 6 },
    });
    expect(view.toPatch(first, 'name', '')).toEqual({ name: '未命名方案' });
    expect(view.toPatch(first, 'proposedInStage', '5')).toEqual({});
    expect(view.toPatch(first, 'status', 'verified')).toEqual({});
  });

  it('moves the old primary aspect out of the secondary list', () => {
    const both = option({ primaryAspect: 'A7', secondaryAspects: ['A4'] });
    expect(view.toPatch(both, 'primaryAspect', 'A4')).toEqual({
      primaryAspect: 'A4',
      secondaryAspects: [],
    });
  });
});

describe('filters and sorting', () => {
  it('searches code, name and description, width-insensitively', () => {
    const found = (search: string) =>
      rows
        .filter((row) => matchesFilters(row, { ...NO_FILTERS, search }))
        .map((row) => row.code);
    expect(found('ｌｅｄ')).toEqual(['F10']);
    expect(found('群控')).toEqual(['Z1']);
    expect(found('z1')).toEqual(['Z1']);
  });

  it('filters by aspect, class (unknown included), status and stage', () => {
    const codes = (filters: Partial<typeof NO_FILTERS>) =>
      rows
        .filter((row) => matchesFilters(row, { ...NO_FILTERS, ...filters }))
        .map((row) => row.code);
    expect(codes({ aspect: 'A7' })).toEqual(['F2', 'F1']);
    expect(codes({ costClass: 'unknown' })).toEqual(['F1']);
    expect(codes({ status: 'implemented' })).toEqual(['F10']);
    expect(codes({ stage: '3' })).toEqual(['Z1']);
  });

  it('sorts codes numerically and figures largest first, unknown last', () => {
    expect(sortRows(rows, 'code', false).map((r) => r.code)).toEqual([
      'F1',
      'F2',
      'F10',
      'Z1',
    ]);
    expect(sortRows(rows, 'investment', false).map((r) => r.code)).toEqual([
      'Z1',
      'F10',
      'F2',
      'F1',
    ]);
    // Grouped by aspect in A1–A8 order, then by the chosen key.
    expect(sortRows(rows, 'code', true).map((r) => r.code)).toEqual([
      'Z1',
      'F10',
      'F1',
      'F2',
    ]);
  });
});

describe('the footer', () => {
  beforeAll(async () => {
    await i18next.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN' });
  });

  it('totals the rows shown, with subtotals per aspect when grouped', () => {
    const footer = registerFooter(rows, true, i18next.t, 'zh-CN');
    expect(footer.map((row) => row.id)).toEqual([
      'subtotal-A2',
      'subtotal-A3',
      'subtotal-A7',
      'total',
    ]);
    const total = footer.at(-1);
    expect(total?.values.name).toBe('4');
    expect(total?.values.investmentWanYuan).toBeCloseTo(89.7, 9);
    expect(total?.values.benefit).toBeCloseTo(88.9, 9);
    const housekeeping = footer[2];
    expect(housekeeping?.values.name).toBe('2');
    expect(housekeeping?.values.investmentWanYuan).toBeCloseTo(0.3, 9);
    expect(registerFooter(rows, false, i18next.t, 'zh-CN')).toHaveLength(1);
  });
});
