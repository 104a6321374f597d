import ExcelJS from 'exceljs';
import { COST_CLASS_LABELS } from '../calc/cost-class';
import { OPTION_STATUS_LABELS } from '../calc/option-status';
import { benefitTotalWanYuanPerYear, type Option } from '../model/option';
import { ASPECTS } from '../reference/aspects';
import { parameterByKey } from '../reference/parameters';
import type { ScreeningResult } from '../calc/screening';
import type { ReportContext } from './context';
import type { OptionFacts } from './figures';
import { performanceItems } from './parts/performance-table';

// The 绩效表 and the 方案汇总表 as spreadsheets, for the provincial platform
// and for the consultant's own lists. Figures stay numbers (with two
// decimals shown), so the sheets can be summed and checked.

const MONEY = '0.00';
const SCREENING_ZH: Readonly<Record<ScreeningResult, string>> = {
  feasible: '可行',
  not_now: '暂不可行',
  rejected: '不可行',
};
const UNIT_PRINT: Readonly<Record<string, string>> = { m3: 'm³', 万m3: '万m³' };

function sheet(workbook: ExcelJS.Workbook, name: string, widths: number[]) {
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

function headerRow(ws: ExcelJS.Worksheet, titles: string[]): void {
  const row = ws.addRow(titles);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function newWorkbook(ctx: ReportContext): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = ctx.options.consultancy.name || 'CP Audit Workbench';
  // A fixed date keeps the file the same for the same data.
  workbook.created = new Date(`${ctx.options.issuedOn}T00:00:00Z`);
  workbook.modified = workbook.created;
  return workbook;
}

/** 清洁生产审核绩效表: one line per figure, estimated next to verified. */
export async function performanceTableXlsx(
  ctx: ReportContext,
): Promise<Uint8Array> {
  const workbook = newWorkbook(ctx);
  const ws = sheet(workbook, '绩效表', [36, 24, 24]);
  headerRow(ws, ['项目', '预计', '实施后核定']);
  for (const item of performanceItems(ctx)) {
    const row = ws.addRow([item.label, item.estimated, item.verified]);
    for (const column of [2, 3]) {
      const cell = row.getCell(column);
      if (typeof cell.value === 'number') cell.numFmt = MONEY;
    }
  }
  return bytesOf(workbook);
}

function effectsText(option: Option): string {
  return option.environmentalEffects
    .map(
      (effect) =>
        `${parameterByKey(effect.parameter).name.zh} ${effect.quantity} ${UNIT_PRINT[effect.unit] ?? effect.unit}/a`,
    )
    .join('；');
}

function optionRow(facts: OptionFacts): (string | number | null)[] {
  const { option } = facts;
  const aspect = ASPECTS.find((a) => a.code === option.primaryAspect);
  return [
    aspect ? `${aspect.code} ${aspect.optionType.zh}` : option.primaryAspect,
    option.code,
    option.name,
    option.description,
    option.investmentWanYuan,
    effectsText(option),
    benefitTotalWanYuanPerYear(option.economicBenefitWanYuanPerYear),
    facts.costClass ? COST_CLASS_LABELS[facts.costClass].zh : '待定',
    option.proposer,
    SCREENING_ZH[facts.result],
    OPTION_STATUS_LABELS[option.status].zh,
  ];
}

/** 方案汇总表 with the columns domain.md §4.2 lists, options by aspect. */
export async function optionSummaryXlsx(
  ctx: ReportContext,
): Promise<Uint8Array> {
  const workbook = newWorkbook(ctx);
  const ws = sheet(
    workbook,
    '方案汇总表',
    [22, 8, 28, 48, 12, 36, 14, 8, 12, 10, 12],
  );
  headerRow(ws, [
    '方案类型',
    '方案编号',
    '方案名称',
    '方案简介',
    '预计投资（万元）',
    '环境效果',
    '经济效益（万元/a）',
    '费用类别',
    '提出人',
    '筛选结果',
    '实施状态',
  ]);
  for (const aspect of ASPECTS) {
    for (const facts of ctx.figures.options) {
      if (facts.option.primaryAspect !== aspect.code) continue;
      const row = ws.addRow(optionRow(facts));
      row.alignment = { vertical: 'top', wrapText: true };
      row.getCell(5).numFmt = MONEY;
      row.getCell(7).numFmt = MONEY;
    }
  }
  return bytesOf(workbook);
}
