import {
  COST_CLASS_LABELS,
  COST_GROUP_LABELS,
  type CostClass,
  type CostGroup,
} from '../calc/cost-class';
import type { ParameterKey } from '../reference/parameters';
import { looseText } from './cells';

// The columns of the option summary table (方案汇总表, domain.md §4.2) as
// this app reads and writes it. The headers are a file format, not UI text:
// they stay Chinese in every UI language, because the sheet is what
// consultants exchange with companies and file with the report. Units are
// fixed by the header; effects are in the parameter catalogue's own unit.

export type OptionsSheetField =
  | 'code'
  | 'name'
  | 'aspect'
  | 'description'
  | 'costClass'
  | 'investment'
  | 'benefit'
  | 'status';

export type OptionsSheetColumnKey = OptionsSheetField | ParameterKey;

export interface OptionsSheetColumn {
  readonly key: OptionsSheetColumnKey;
  readonly header: string;
  /** Written on every export; the others only when an option uses them. */
  readonly always: boolean;
  /** Export column width in characters. */
  readonly width: number;
}

type Row = readonly [OptionsSheetColumnKey, string, boolean, number];

// In the order the export writes them: the type first, as reports group
// the table by it, then identity, cost, effects, and the state.
// prettier-ignore
const ROWS: readonly Row[] = [
  ['aspect', '方案类型', true, 18],
  ['code', '方案编号', true, 9],
  ['name', '方案名称', true, 30],
  ['description', '方案简介', false, 40],
  ['costClass', '费用类别', true, 9],
  ['investment', '投资(万元)', true, 11],
  ['benefit', '经济效益(万元/年)', true, 13],
  ['electricity', '节电(kWh/年)', true, 13],
  ['water', '节水(吨/年)', true, 11],
  ['naturalGas', '节约天然气(立方米/年)', true, 13],
  ['steam', '节约蒸汽(吨/年)', true, 11],
  ['rawCoal', '节约原煤(吨/年)', true, 11],
  ['diesel', '节约柴油(吨/年)', true, 11],
  ['otherFuel', '节约其他燃料(吨标准煤/年)', false, 13],
  ['wastewater', '减少废水(吨/年)', true, 11],
  ['cod', '减少COD(吨/年)', true, 11],
  ['ammoniaNitrogen', '减少氨氮(吨/年)', true, 11],
  ['totalNitrogen', '减少总氮(吨/年)', false, 11],
  ['totalPhosphorus', '减少总磷(吨/年)', false, 11],
  ['so2', '减少二氧化硫(吨/年)', true, 11],
  ['nox', '减少氮氧化物(吨/年)', true, 11],
  ['particulates', '减少颗粒物(吨/年)', false, 11],
  ['vocs', '减少VOCs(吨/年)', true, 11],
  ['heavyMetals', '减少重金属(千克/年)', false, 11],
  ['hazardousWaste', '减少危险废物(吨/年)', true, 11],
  ['solidWaste', '减少一般固废(吨/年)', true, 11],
  ['co2', '减少二氧化碳(吨/年)', false, 11],
  ['status', '状态', true, 12],
];

export const OPTIONS_SHEET_COLUMNS: readonly OptionsSheetColumn[] = ROWS.map(
  ([key, header, always, width]) => ({ key, header, always, width }),
);

/** Headers a sheet must have: without them a row cannot become an option. */
export const REQUIRED_COLUMNS: readonly OptionsSheetColumnKey[] = [
  'name',
  'aspect',
];

const FIELDS: ReadonlySet<string> = new Set<OptionsSheetField>([
  'code',
  'name',
  'aspect',
  'description',
  'costClass',
  'investment',
  'benefit',
  'status',
]);

export function isEffectColumn(
  key: OptionsSheetColumnKey,
): key is ParameterKey {
  return !FIELDS.has(key);
}

const COLUMN_BY_HEADER: ReadonlyMap<string, OptionsSheetColumn> = new Map(
  OPTIONS_SHEET_COLUMNS.map((column) => [looseText(column.header), column]),
);

/** The column a header names, ignoring width of forms, spaces and case. */
export function columnByHeader(header: string): OptionsSheetColumn | undefined {
  return COLUMN_BY_HEADER.get(looseText(header));
}

export function columnHeader(key: OptionsSheetColumnKey): string {
  return OPTIONS_SHEET_COLUMNS.find((column) => column.key === key)
    ?.header as string;
}

// Cells of the totals row the export writes under the table; a sheet that
// comes back carries it, and it is no option.
export const TOTALS_LABEL = '合计';
const TOTALS_WORDS = new Set(['合计', '总计', '小计', 'total', 'totals']);

export function isTotalsLabel(text: string): boolean {
  return TOTALS_WORDS.has(looseText(text));
}

// 费用类别 as reports write it: one of the four classes, or a merged group.
const COST_CLASS_BY_LABEL: ReadonlyMap<string, CostClass> = new Map(
  (Object.keys(COST_CLASS_LABELS) as CostClass[]).flatMap((costClass) => {
    const { zh, en } = COST_CLASS_LABELS[costClass];
    return [costClass, zh, zh.replace('费', ''), en].map(
      (label) => [looseText(label), costClass] as const,
    );
  }),
);

export function costClassFromLabel(label: string): CostClass | undefined {
  return COST_CLASS_BY_LABEL.get(looseText(label));
}

const COST_GROUP_BY_LABEL: ReadonlyMap<string, CostGroup> = new Map(
  (Object.keys(COST_GROUP_LABELS) as CostGroup[]).flatMap((group) => {
    const { zh, en } = COST_GROUP_LABELS[group];
    return [zh, zh.replace('费', ''), en].map(
      (label) => [looseText(label), group] as const,
    );
  }),
);

/** A merged group such as 无/低费, which names no single class. */
export function costGroupFromLabel(label: string): CostGroup | undefined {
  return COST_GROUP_BY_LABEL.get(looseText(label));
}
