import {
  REDUCTION_COLUMNS,
  SAVING_COLUMNS,
  type PerformanceFigures,
  type PerformanceSummary,
} from '../calc/performance-summary';
import type { Unit } from '../calc/units';
import { ASPECTS } from '../reference/aspects';
import { parameterByKey, type ParameterKey } from '../reference/parameters';
import type { SheetCell } from './cells';
import {
  addTitle,
  MONEY_FORMAT,
  newSheet,
  newWorkbook,
  styleBody,
  styleHeader,
  workbookBytes,
} from './xlsx-style';

// The performance table (清洁生产审核绩效表, domain.md §5.4) from the
// performance summary: option counts, then every figure with the estimate
// of the options not set aside next to what the implemented options were
// verified to bring. Filed in Chinese whatever the UI language, like the
// report itself.

export interface PerformanceTableInput {
  readonly companyName: string;
  readonly auditTitle: string;
  readonly summary: PerformanceSummary;
  /** E.g. "GB/T 2589-2020". */
  readonly coefficientSetName: string;
  readonly electricityBasis: 'calorific' | 'equivalent';
}

export const PERFORMANCE_SHEET_NAME = '绩效表';

const BASIS_LABELS = { calorific: '当量值', equivalent: '等价值' } as const;

const UNIT_LABELS: Partial<Record<Unit, string>> = {
  kWh: 'kWh/年',
  t: '吨/年',
  m3: '立方米/年',
  kg: '千克/年',
};

export const PERFORMANCE_HEADER = [
  '项目',
  '单位',
  '预计效果',
  '实施后效果（核实）',
] as const;

// The words reports use where prefix and name would read stiffly.
const SHORT_LABELS: Partial<Record<ParameterKey, string>> = {
  electricity: '节电',
  water: '节水',
};

type FigureRow = readonly [
  string,
  string,
  (figures: PerformanceFigures) => number,
];

function columnRows(
  columns: Readonly<Record<string, { parameter: ParameterKey; unit: Unit }>>,
  prefix: string,
  pick: (figures: PerformanceFigures, key: string) => number,
): FigureRow[] {
  return Object.entries(columns).map(([key, { parameter, unit }]) => [
    SHORT_LABELS[parameter] ?? `${prefix}${parameterByKey(parameter).name.zh}`,
    UNIT_LABELS[unit] ?? unit,
    (figures) => pick(figures, key),
  ]);
}

const FIGURE_ROWS: readonly FigureRow[] = [
  ['投资', '万元', (f) => f.investmentWanYuan],
  ['经济效益', '万元/年', (f) => f.economicBenefitWanYuanPerYear],
  ['节能量', '吨标准煤/年', (f) => f.energySavedTcePerYear],
  ...columnRows(
    SAVING_COLUMNS,
    '节约',
    (f, key) => f.savings[key as keyof PerformanceFigures['savings']],
  ),
  ...columnRows(
    REDUCTION_COLUMNS,
    '减少',
    (f, key) => f.reductions[key as keyof PerformanceFigures['reductions']],
  ),
];

/** The count rows: label and number of options. */
export function performanceCountCells(
  summary: PerformanceSummary,
): SheetCell[][] {
  const counts = summary.optionCounts;
  return [
    ['方案总数', '项', counts.total],
    ['其中：无/低费方案', '项', counts.noLowCost],
    ['　　　中/高费方案', '项', counts.midHighCost],
    ['已实施方案', '项', counts.implemented],
    ...ASPECTS.map((aspect) => [
      `${aspect.optionType.zh}类方案`,
      '项',
      counts.byAspect[aspect.key],
    ]),
  ];
}

/** The figure rows: label, unit, estimated, verified. */
export function performanceFigureCells(
  summary: PerformanceSummary,
): SheetCell[][] {
  return FIGURE_ROWS.map(([label, unit, pick]) => [
    label,
    unit,
    pick(summary.estimated),
    pick(summary.verified),
  ]);
}

export async function performanceTableXlsx(
  input: PerformanceTableInput,
): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const sheet = newSheet(workbook, PERFORMANCE_SHEET_NAME);
  const width = PERFORMANCE_HEADER.length;
  const basis = BASIS_LABELS[input.electricityBasis];

  addTitle(sheet, `${input.companyName}清洁生产审核绩效表`, width);
  addTitle(sheet, `审核：${input.auditTitle}`, width, false);
  addTitle(
    sheet,
    `折标准煤系数：${input.coefficientSetName}，电力按${basis}折算`,
    width,
    false,
  );
  styleHeader(sheet.addRow(['方案数量', '单位', '数量']));
  for (const cells of performanceCountCells(input.summary)) {
    styleBody(sheet.addRow(cells), 3);
  }
  sheet.addRow([]);
  const header = sheet.addRow([...PERFORMANCE_HEADER]);
  styleHeader(header);
  for (const cells of performanceFigureCells(input.summary)) {
    const row = sheet.addRow(cells);
    if (cells[1] === '万元' || cells[1] === '万元/年') {
      row.getCell(3).numFmt = MONEY_FORMAT;
      row.getCell(4).numFmt = MONEY_FORMAT;
    }
    styleBody(row, width);
  }
  [30, 14, 18, 20].forEach((w, c) => {
    sheet.getColumn(c + 1).width = w;
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return workbookBytes(workbook);
}
