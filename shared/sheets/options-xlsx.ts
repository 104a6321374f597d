import { COST_CLASS_LABELS, type CostClassRules } from '../calc/cost-class';
import { OPTION_STATUS_LABELS } from '../calc/option-status';
import { convertUnit } from '../calc/units';
import {
  benefitTotalWanYuanPerYear,
  optionCostClass,
  type Option,
} from '../model/option';
import { ASPECT_CODES, aspectByCode } from '../reference/aspects';
import { parameterByKey } from '../reference/parameters';
import type { SheetCell } from './cells';
import {
  isEffectColumn,
  OPTIONS_SHEET_COLUMNS,
  TOTALS_LABEL,
  type OptionsSheetColumn,
} from './options-sheet-columns';
import {
  addTitle,
  MONEY_FORMAT,
  newSheet,
  newWorkbook,
  styleBody,
  styleHeader,
  workbookBytes,
} from './xlsx-style';

// The option register as the option summary table (方案汇总表, domain.md
// §4.2): grouped by 方案类型 in the order of the eight aspects, the
// register's order within each type, and a totals row. parseOptionsSheet
// reads it back: codes, names, descriptions, types, cost classes,
// investment, benefit, effects and status come back unchanged. What the
// table has no column for (screening, implementation records, links, the
// reason of a cost-class override) stays in the app.

export interface OptionsSheetInput {
  readonly companyName: string;
  readonly auditTitle: string;
  /** The register; options in the bin are left out. */
  readonly options: readonly Option[];
  readonly costClassRules: CostClassRules;
}

export const OPTIONS_SHEET_NAME = '方案汇总表';

/** The columns an export writes: the fixed ones and any effect in use. */
export function exportColumns(
  options: readonly Option[],
): OptionsSheetColumn[] {
  return OPTIONS_SHEET_COLUMNS.filter(
    (column) =>
      column.always ||
      options.some((option) =>
        column.key === 'description'
          ? option.description !== ''
          : option.environmentalEffects.some((e) => e.parameter === column.key),
      ),
  );
}

/** Live options by aspect, register order within an aspect. */
export function sheetOrder(options: readonly Option[]): Option[] {
  const rank = (option: Option) => ASPECT_CODES.indexOf(option.primaryAspect);
  return options
    .filter((option) => option.deletedAt === null)
    .sort((a, b) => rank(a) - rank(b) || a.sortIndex - b.sortIndex);
}

function effectTotal(option: Option, key: OptionsSheetColumn['key']) {
  if (!isEffectColumn(key)) return null;
  const unit = parameterByKey(key).unit;
  const effects = option.environmentalEffects.filter(
    (effect) => effect.parameter === key,
  );
  if (effects.length === 0) return null;
  return effects.reduce(
    (sum, e) => sum + convertUnit(e.quantity, e.unit, unit),
    0,
  );
}

function cellOf(
  option: Option,
  column: OptionsSheetColumn,
  rules: CostClassRules,
): SheetCell {
  switch (column.key) {
    case 'aspect':
      return aspectByCode(option.primaryAspect).optionType.zh;
    case 'code':
      return option.code;
    case 'name':
      return option.name;
    case 'description':
      return option.description;
    case 'costClass': {
      const costClass = optionCostClass(option, rules);
      return costClass === null ? null : COST_CLASS_LABELS[costClass].zh;
    }
    case 'investment':
      return option.investmentWanYuan;
    case 'benefit':
      return benefitTotalWanYuanPerYear(option.economicBenefitWanYuanPerYear);
    case 'status':
      return OPTION_STATUS_LABELS[option.status].zh;
    default:
      return effectTotal(option, column.key);
  }
}

/** The table body as cells, one row per option, in sheet order. */
export function optionsSheetCells(
  options: readonly Option[],
  columns: readonly OptionsSheetColumn[],
  rules: CostClassRules,
): SheetCell[][] {
  return sheetOrder(options).map((option) =>
    columns.map((column) => cellOf(option, column, rules)),
  );
}

const SUMMED = new Set(['investment', 'benefit']);

function totalsRow(
  body: readonly SheetCell[][],
  columns: readonly OptionsSheetColumn[],
): SheetCell[] {
  return columns.map((column, c) => {
    if (c === 0) return TOTALS_LABEL;
    if (!SUMMED.has(column.key) && !isEffectColumn(column.key)) return null;
    return body.reduce<number>((sum, row) => {
      const value = row[c];
      return typeof value === 'number' ? sum + value : sum;
    }, 0);
  });
}

export async function optionsSheetXlsx(
  input: OptionsSheetInput,
): Promise<Uint8Array> {
  const live = input.options.filter((option) => option.deletedAt === null);
  const columns = exportColumns(live);
  const body = optionsSheetCells(live, columns, input.costClassRules);
  const workbook = await newWorkbook();
  const sheet = newSheet(workbook, OPTIONS_SHEET_NAME);
  const width = columns.length;

  addTitle(sheet, `${input.companyName}清洁生产方案汇总表`, width);
  addTitle(sheet, `审核：${input.auditTitle}`, width, false);
  const header = sheet.addRow(columns.map((column) => column.header));
  styleHeader(header);
  for (const cells of [...body, totalsRow(body, columns)]) {
    const row = sheet.addRow(cells);
    for (const [c, column] of columns.entries()) {
      if (SUMMED.has(column.key)) row.getCell(c + 1).numFmt = MONEY_FORMAT;
    }
    styleBody(row, width, cells[0] === TOTALS_LABEL);
  }
  columns.forEach((column, c) => {
    sheet.getColumn(c + 1).width = column.width;
  });
  const frozen = columns.findIndex((column) => column.key === 'name') + 1;
  sheet.views = [{ state: 'frozen', xSplit: frozen, ySplit: header.number }];
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  return workbookBytes(workbook);
}
