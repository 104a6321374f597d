import { energySavedTce } from '../../calc/energy';
import { isImplemented } from '../../calc/performance-summary';
import type { FeasibilityStudy } from '../../model/feasibility';
import { benefitTotalWanYuanPerYear } from '../../model/option';
import type { Target } from '../../model/targets';
import { dataTable, figure, numbering } from '../blocks';
import { energyByCarrierSvg, indicatorsSvg } from '../chart-data';
import type { ReportContext } from '../context';
import { live } from '../figures';
import { BLANK, fixed, money, percent, quantity } from '../format';
import type { PdfNode } from '../pdf-types';
import { chapter } from './chapter';
import { performanceRows } from './performance-table';

// Chapters 5 (可行性分析), 6 (方案实施) and 7 (持续清洁生产).

const TICK_ZH: Readonly<Record<string, string>> = {
  pass: '可行',
  fail: '不可行',
  unknown: '待定',
};

export function chapterFive(ctx: ReportContext): PdfNode[] {
  const n = numbering('5');
  return chapter(ctx, '5', {
    '5.2': evaluationTable(n.table('中/高费方案技术评估'), (study) => [
      study.technicalChecks,
      study.technicalText,
    ]),
    '5.3': evaluationTable(n.table('中/高费方案环境评估'), (study) => [
      study.environmentalChecks,
      study.environmentalText,
    ]),
    '5.4': ({ figures }) =>
      dataTable(
        n.table('中/高费方案经济评估'),
        [
          { header: '方案', width: '*' },
          { header: '总投资I（万元）', width: 44, align: 'right' },
          { header: '年净收益P（万元）', width: 44, align: 'right' },
          { header: '年现金流F（万元）', width: 44, align: 'right' },
          { header: '回收期N（年）', width: 36, align: 'right' },
          { header: '净现值NPV（万元）', width: 46, align: 'right' },
          // Wide enough for "1234.56%" on one line.
          { header: '净现值率NPVR', width: 48, align: 'right' },
          { header: '内部收益率IRR', width: 46, align: 'right' },
        ],
        figures.studies.map(({ option, economics: e }) => [
          `${option.code} ${option.name}`,
          money(e?.investmentNetWanYuan),
          money(e?.annualSavingWanYuanPerYear),
          money(e?.annualCashFlowWanYuanPerYear),
          fixed(e?.paybackYears),
          money(e?.npvWanYuan),
          percent(e?.npvr),
          percent(e?.irr),
        ]),
      ),
  });
}

/** One row per study: the option, the ticks summed up, the team's text. */
function evaluationTable(
  caption: string,
  pick: (study: FeasibilityStudy) => [Readonly<Record<string, string>>, string],
) {
  return ({ figures }: ReportContext): PdfNode[] =>
    dataTable(
      caption,
      [
        { header: '方案', width: 100 },
        { header: '评估结论', width: 44, align: 'center' },
        { header: '说明', width: '*' },
      ],
      figures.studies.map(({ study, option }) => {
        const [checks, text] = pick(study);
        return [
          `${option.code} ${option.name}`,
          TICK_ZH[overall(checks)] ?? BLANK,
          text,
        ];
      }),
    );
}

function overall(checks: Readonly<Record<string, string>>): string {
  const values = Object.values(checks);
  if (values.includes('fail')) return 'fail';
  return values.every((v) => v === 'pass') ? 'pass' : 'unknown';
}

// A target is met when the measured value is on the target's side of it:
// at or below for a reduction (negative relative change), at or above for
// a rate that should rise.
function attained(target: Target): string {
  const goal = target.nearTermAbsolute;
  const value = target.achievedValue;
  if (goal === null || value === null) return '待核定';
  const rising = (target.nearTermRelativePercent ?? -1) > 0;
  return (rising ? value >= goal : value <= goal) ? '已完成' : '未完成';
}

export function chapterSix(ctx: ReportContext): PdfNode[] {
  const n = numbering('6');
  const charts = !ctx.options.omit.includes('charts');
  return chapter(ctx, '6', {
    '6.1': ({ figures }) =>
      dataTable(
        n.table('方案实施情况及效果'),
        [
          { header: '编号', width: 30 },
          { header: '方案名称', width: '*' },
          { header: '完成时间', width: 56 },
          { header: '实际投资（万元）', width: 50, align: 'right' },
          { header: '经济效益（万元/a）', width: 52, align: 'right' },
          { header: '节能量（tce/a）', width: 50, align: 'right' },
        ],
        figures.options
          .filter((f) => isImplemented(f.option))
          .map(({ option }) => [
            option.code,
            option.name,
            option.implementation.actualEnd ?? BLANK,
            money(option.implementation.actualInvestmentWanYuan),
            money(
              benefitTotalWanYuanPerYear(
                option.implementation.verifiedBenefitWanYuanPerYear,
              ),
            ),
            fixed(
              energySavedTce(
                option.implementation.verifiedEffects,
                figures.coefficientSet,
                figures.electricityBasis,
              ),
            ),
          ]),
      ),
    '6.2': (c) => [
      ...dataTable(
        n.table('清洁生产目标完成情况'),
        [
          { header: '指标', width: '*' },
          { header: '单位', width: 50 },
          { header: '审核前', width: 50, align: 'right' },
          { header: '近期目标', width: 50, align: 'right' },
          { header: '实施后', width: 50, align: 'right' },
          { header: '完成情况', width: 46, align: 'center' },
        ],
        live(c.snapshot.targets).map((t) => [
          t.indicator,
          t.unit,
          quantity(t.baselineValue, 3),
          quantity(t.nearTermAbsolute, 3),
          quantity(t.achievedValue, 3),
          attained(t),
        ]),
      ),
      ...(charts
        ? [figure(n.figure('审核前后单位产品指标对比'), indicatorsSvg(c), 420)]
        : []),
    ],
    '6.3': (c) => [
      ...dataTable(
        n.table('清洁生产方案成果汇总'),
        [
          { header: '项目', width: '*' },
          { header: '预计', width: 80, align: 'right' },
          { header: '实施后核定', width: 80, align: 'right' },
        ],
        performanceRows(c),
      ),
      ...(charts
        ? [
            figure(
              n.figure('各类能源预计节约量（折标准煤）'),
              energyByCarrierSvg(c),
              420,
            ),
          ]
        : []),
    ],
  });
}

export function chapterSeven(ctx: ReportContext): PdfNode[] {
  return chapter(ctx, '7', {});
}
