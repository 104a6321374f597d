import {
  REDUCTION_COLUMNS,
  SAVING_COLUMNS,
  type PerformanceFigures,
} from '../../calc/performance-summary';
import { parameterByKey } from '../../reference/parameters';
import { dataTable, factTable, type Cell } from '../blocks';
import type { ReportContext } from '../context';
import { chineseDate, fixed } from '../format';
import type { PdfNode } from '../pdf-types';

// 清洁生产审核绩效表 (domain.md §5.4): counts, money, energy, resources
// and discharge reductions, estimated next to verified, all from
// performanceSummary.

const UNIT_PRINT: Readonly<Record<string, string>> = { m3: 'm³' };

function unitText(unit: string): string {
  return UNIT_PRINT[unit] ?? unit;
}

/** One line of the 绩效表: estimated and verified, as numbers where they are. */
export interface PerformanceItem {
  readonly label: string;
  readonly estimated: number | string;
  readonly verified: number | string;
}

/** The 绩效表's lines; the PDF formats them, the .xlsx keeps the numbers. */
export function performanceItems(ctx: ReportContext): PerformanceItem[] {
  const { estimated, verified, optionCounts } = ctx.figures.summary;
  const item = (
    label: string,
    pick: (f: PerformanceFigures) => number,
  ): PerformanceItem => ({
    label,
    estimated: pick(estimated),
    verified: pick(verified),
  });
  const columns = <K extends string>(
    table: Readonly<Record<K, { parameter: Parameter; unit: string }>>,
    pick: (f: PerformanceFigures, key: K) => number,
    verb: string,
  ): PerformanceItem[] =>
    (Object.keys(table) as K[])
      .filter((key) => pick(estimated, key) !== 0 || pick(verified, key) !== 0)
      .map((key) => {
        const { parameter, unit } = table[key];
        const name = parameterByKey(parameter).name.zh;
        return item(`${verb}${name}（${unitText(unit)}/a）`, (f) =>
          pick(f, key),
        );
      });
  return [
    {
      label: '方案数量（项）',
      estimated: `共${optionCounts.total}项（无/低费${optionCounts.noLowCost}项，中/高费${optionCounts.midHighCost}项）`,
      verified: `已实施${optionCounts.implemented}项`,
    },
    item('投资（万元）', (f) => f.investmentWanYuan),
    item('经济效益（万元/a）', (f) => f.economicBenefitWanYuanPerYear),
    item('节能量（tce/a）', (f) => f.energySavedTcePerYear),
    ...columns(SAVING_COLUMNS, (f, key) => f.savings[key], '节约'),
    ...columns(REDUCTION_COLUMNS, (f, key) => f.reductions[key], '削减'),
  ];
}

export function performanceRows(ctx: ReportContext): Cell[][] {
  const text = (value: number | string) =>
    typeof value === 'string' ? value : fixed(value);
  return performanceItems(ctx).map((line) => [
    line.label,
    text(line.estimated),
    text(line.verified),
  ]);
}

type Parameter = Parameters<typeof parameterByKey>[0];

/** The 绩效表 on a page of its own, as filed with the report. */
export function performanceTablePage(
  ctx: ReportContext,
  pageBreak: boolean,
): PdfNode[] {
  const { snapshot, figures, options } = ctx;
  return [
    {
      text: '清洁生产审核绩效表',
      style: 'heading1',
      alignment: 'center',
      ...(pageBreak ? { pageBreak: 'before' } : {}),
      tocItem: pageBreak,
    },
    ...factTable('企业及审核信息', [
      ['企业名称', snapshot.company.name],
      ['审核名称', snapshot.audit.title],
      [
        '技术服务单位',
        options.consultancy.name || snapshot.audit.consultancyName,
      ],
      [
        '折标准煤口径',
        `${figures.coefficientSet.name.zh}，电力按${figures.electricityBasis === 'calorific' ? '当量值' : '等价值'}`,
      ],
      ['填报日期', chineseDate(options.issuedOn)],
    ]),
    ...dataTable(
      '审核绩效',
      [
        { header: '项目', width: '*' },
        { header: '预计', width: 110, align: 'right' },
        { header: '实施后核定', width: 110, align: 'right' },
      ],
      performanceRows(ctx),
    ),
  ];
}
