import {
  REDUCTION_COLUMNS,
  SAVING_COLUMNS,
  type PerformanceFigures,
} from '../../calc/performance-summary';
import { parameterByKey } from '../../reference/parameters';
import { dataTable, factTable, type Cell } from '../blocks';
import type { ReportContext } from '../context';
import { chineseDate, fixed, money } from '../format';
import type { PdfNode } from '../pdf-types';

// 清洁生产审核绩效表 (domain.md §5.4): counts, money, energy, resources
// and discharge reductions, estimated next to verified, all from
// performanceSummary.

const UNIT_PRINT: Readonly<Record<string, string>> = { m3: 'm³' };

function unitText(unit: string): string {
  return UNIT_PRINT[unit] ?? unit;
}

export function performanceRows(ctx: ReportContext): Cell[][] {
  const { estimated, verified, optionCounts } = ctx.figures.summary;
  const row = (
    label: string,
    pick: (f: PerformanceFigures) => number,
    format: (value: number) => string = (v) => fixed(v),
  ): Cell[] => [label, format(pick(estimated)), format(pick(verified))];
  const columns = <K extends string>(
    table: Readonly<Record<K, { parameter: Parameter; unit: string }>>,
    pick: (f: PerformanceFigures, key: K) => number,
    verb: string,
  ): Cell[][] =>
    (Object.keys(table) as K[])
      .filter((key) => pick(estimated, key) !== 0 || pick(verified, key) !== 0)
      .map((key) => {
        const { parameter, unit } = table[key];
        const name = parameterByKey(parameter).name.zh;
        return row(`${verb}${name}（${unitText(unit)}/a）`, (f) =>
          pick(f, key),
        );
      });
  return [
    [
      '方案数量（项）',
      `共${optionCounts.total}项（无/低费${optionCounts.noLowCost}项，中/高费${optionCounts.midHighCost}项）`,
      `已实施${optionCounts.implemented}项`,
    ],
    row('投资（万元）', (f) => f.investmentWanYuan, money),
    row('经济效益（万元/a）', (f) => f.economicBenefitWanYuanPerYear, money),
    row('节能量（tce/a）', (f) => f.energySavedTcePerYear),
    ...columns(SAVING_COLUMNS, (f, key) => f.savings[key], '节约'),
    ...columns(REDUCTION_COLUMNS, (f, key) => f.reductions[key], '削减'),
  ];
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
