import { COST_CLASS_LABELS } from '../../calc/cost-class';
import { OPTION_STATUS_LABELS } from '../../calc/option-status';
import { isImplemented } from '../../calc/performance-summary';
import type { ScreeningGroup } from '../../calc/screening';
import { benefitTotalWanYuanPerYear } from '../../model/option';
import { ASPECTS } from '../../reference/aspects';
import { dataTable, figure, numbering, type Cell } from '../blocks';
import { optionsByAspectSvg } from '../chart-data';
import type { ReportContext } from '../context';
import { live, type OptionFacts } from '../figures';
import { BLANK, money, percent, quantity } from '../format';
import type { PdfNode } from '../pdf-types';
import { chapter } from './chapter';

// Chapter 3 (评估) and chapter 4 (方案产生和筛选).

const BALANCE_CATEGORY_ZH: Readonly<Record<string, string>> = {
  input: '输入',
  product: '产品',
  'by-product': '副产品',
  waste: '废弃物',
  loss: '损失',
};

export function chapterThree(ctx: ReportContext): PdfNode[] {
  const n = numbering('3');
  return chapter(ctx, '3', {
    '3.1': ({ snapshot }) =>
      dataTable(
        n.table('审核重点单元操作功能说明'),
        [
          { header: '单元操作', width: 70 },
          { header: '功能', width: '*' },
          { header: '输入', width: 90 },
          { header: '输出', width: 90 },
        ],
        live(snapshot.unitOperations).map((u) => [
          u.name,
          u.function,
          u.inputs,
          u.outputs,
        ]),
      ),
    '3.2': ({ snapshot, figures }) =>
      figures.balances.flatMap(({ study, balance }) => {
        const streams = live(snapshot.balanceStreams).filter(
          (s) => s.studyId === study.id,
        );
        const totals = balance.result.ok ? balance.result.value : null;
        const rows: Cell[][] = streams.map((s) => [
          s.direction === 'in' ? '输入' : '输出',
          BALANCE_CATEGORY_ZH[s.category] ?? s.category,
          s.name,
          quantity(s.quantity, 3),
          s.unit,
        ]);
        if (totals) {
          const unit = totals.unit ?? '';
          rows.push(
            [
              { text: '输入合计', bold: true, colSpan: 3 },
              '',
              '',
              quantity(totals.totalIn, 3),
              unit,
            ],
            [
              { text: '输出合计', bold: true, colSpan: 3 },
              '',
              '',
              quantity(totals.totalOut, 3),
              unit,
            ],
            [
              { text: '平衡误差', bold: true, colSpan: 2 },
              '',
              `允许±${quantity(study.tolerancePercent)}%`,
              percent(totals.errorFraction),
              balance.exceedsTolerance ? '超出允许误差' : '',
            ],
          );
        }
        return dataTable(
          n.table(`${study.name}`),
          [
            { header: '方向', width: 36 },
            { header: '类别', width: 44 },
            { header: '物流', width: '*' },
            { header: '数量', width: 64, align: 'right' },
            { header: '单位', width: 60 },
          ],
          rows,
        );
      }),
    '3.3': ({ snapshot }) =>
      dataTable(
        n.table('废弃物产生原因分析（按八个方面）'),
        [
          { header: '方面', width: 80 },
          { header: '废弃物/部位', width: 90 },
          { header: '原因分析', width: '*' },
        ],
        ASPECTS.flatMap((aspect) =>
          live(snapshot.wasteCauses)
            .filter((cause) => cause.aspects.includes(aspect.code))
            .map((cause) => [
              aspect.cause.zh,
              cause.wasteOrLocation,
              cause.description,
            ]),
        ),
      ),
  });
}

function costClassZh(facts: OptionFacts): string {
  return facts.costClass ? COST_CLASS_LABELS[facts.costClass].zh : '待定';
}

/** 方案汇总表: options grouped under the eight aspects. */
export function optionSummaryTable(
  ctx: ReportContext,
  caption: string,
): PdfNode[] {
  const rows: Cell[][] = [];
  for (const aspect of ASPECTS) {
    const group = ctx.figures.options.filter(
      (f) => f.option.primaryAspect === aspect.code,
    );
    if (group.length === 0) continue;
    rows.push([
      {
        text: `${aspect.code} ${aspect.optionType.zh}（${group.length}项）`,
        bold: true,
        colSpan: 6,
      },
      '',
      '',
      '',
      '',
      '',
    ]);
    for (const facts of group) {
      const { option } = facts;
      rows.push([
        option.code,
        option.name,
        option.description,
        costClassZh(facts),
        money(option.investmentWanYuan),
        money(benefitTotalWanYuanPerYear(option.economicBenefitWanYuanPerYear)),
      ]);
    }
  }
  return dataTable(
    caption,
    [
      { header: '编号', width: 30 },
      { header: '方案名称', width: 80 },
      { header: '方案简介', width: '*' },
      { header: '类别', width: 30, align: 'center' },
      { header: '投资（万元）', width: 48, align: 'right' },
      { header: '经济效益（万元/a）', width: 52, align: 'right' },
    ],
    rows,
  );
}

const GROUP_ZH: Readonly<Record<ScreeningGroup, string>> = {
  'implement-now': '可直接实施的无/低费方案',
  'feasibility-study': '需进行可行性分析的中/高费方案',
  shelved: '暂不可行或不可行的方案',
};

export function chapterFour(ctx: ReportContext): PdfNode[] {
  const n = numbering('4');
  return chapter(ctx, '4', {
    '4.2': (c) => [
      ...optionSummaryTable(c, n.table('清洁生产方案汇总表')),
      ...(c.options.omit.includes('charts')
        ? []
        : [figure(n.figure('各方面方案数量'), optionsByAspectSvg(c), 420)]),
    ],
    '4.3': ({ figures }) =>
      dataTable(
        n.table('方案筛选结果汇总'),
        [
          { header: '筛选结果', width: 120 },
          { header: '方案', width: '*' },
          { header: '数量', width: 36, align: 'right' },
        ],
        (Object.keys(GROUP_ZH) as ScreeningGroup[]).map((group) => {
          const list = figures.screening.groups[group];
          return [
            GROUP_ZH[group],
            list.map((f) => `${f.option.code} ${f.option.name}`).join('；') ||
              BLANK,
            String(list.length),
          ];
        }),
      ),
    '4.4': ({ figures }) =>
      dataTable(
        n.table('已实施无/低费方案效果'),
        [
          { header: '编号', width: 30 },
          { header: '方案名称', width: '*' },
          { header: '实际投资（万元）', width: 60, align: 'right' },
          { header: '经济效益（万元/a）', width: 60, align: 'right' },
          { header: '状态', width: 44, align: 'center' },
        ],
        figures.options
          .filter((f) => f.costGroup === 'noLow' && isImplemented(f.option))
          .map(({ option }) => [
            option.code,
            option.name,
            money(option.implementation.actualInvestmentWanYuan),
            money(
              benefitTotalWanYuanPerYear(
                option.implementation.verifiedBenefitWanYuanPerYear,
              ),
            ),
            OPTION_STATUS_LABELS[option.status].zh,
          ]),
      ),
  });
}
