import { comparisonLevel } from '../../model/indicators';
import { cityByCode } from '../../reference/cities';
import { dataTable, factTable, numbering } from '../blocks';
import type { ReportContext } from '../context';
import { live } from '../figures';
import { BLANK, chineseDate, fixed, money, orBlank, quantity } from '../format';
import type { PdfNode } from '../pdf-types';
import { chapter } from './chapter';

// 前言, chapter 1 (筹划与组织) and chapter 2 (预评估).

const LEVEL_ZH: Readonly<Record<string, string>> = {
  I: 'Ⅰ级',
  II: 'Ⅱ级',
  III: 'Ⅲ级',
  below: '未达Ⅲ级',
  unknown: BLANK,
};

const MEDIUM_ZH: Readonly<Record<string, string>> = {
  wastewater: '废水',
  'waste-gas': '废气',
  solid: '一般固废',
  hazardous: '危险废物',
  noise: '噪声',
};

const CATEGORY_ZH: Readonly<Record<string, string>> = {
  raw: '原料',
  auxiliary: '辅料',
  energy: '能源',
  water: '水',
};

export function preface(ctx: ReportContext): PdfNode[] {
  return chapter(ctx, '0', {});
}

export function chapterOne(ctx: ReportContext): PdfNode[] {
  const n = numbering('1');
  return chapter(ctx, '1', {
    '1.2': ({ snapshot }) =>
      dataTable(
        n.table('清洁生产审核小组成员表'),
        [
          { header: '姓名', width: 44 },
          { header: '小组职务', width: 48 },
          { header: '部门及职务', width: 70 },
          { header: '职称/专业', width: 60 },
          { header: '职责', width: '*' },
        ],
        live(snapshot.teamMembers).map((m) => [
          m.name,
          m.teamRole,
          m.departmentAndPost,
          [m.title, m.discipline].filter(Boolean).join('/'),
          m.duties,
        ]),
      ),
    '1.3': ({ snapshot }) =>
      dataTable(
        n.table('清洁生产审核工作计划表'),
        [
          // A date such as 2026年10月31日 on one line; tasks and outputs,
          // the long texts, share the rest.
          { header: '阶段', width: 56 },
          { header: '工作内容', width: '*' },
          { header: '完成时间', width: 80 },
          { header: '负责人', width: 44 },
          { header: '产出', width: '*' },
        ],
        live(snapshot.workPlanItems).map((item) => [
          item.stageLabel,
          item.tasks,
          chineseDate(item.deadline),
          item.responsible,
          item.output,
        ]),
      ),
    '1.4': ({ snapshot }) =>
      dataTable(
        n.table('宣传教育与培训情况'),
        [
          { header: '日期', width: 70 },
          { header: '内容', width: '*' },
          { header: '对象', width: 90 },
          { header: '人数', width: 36, align: 'right' },
          { header: '主讲', width: 50 },
        ],
        live(snapshot.trainingEvents).map((e) => [
          chineseDate(e.date),
          e.topic,
          e.audience,
          quantity(e.headcount, 0),
          e.trainer,
        ]),
      ),
  });
}

export function chapterTwo(ctx: ReportContext): PdfNode[] {
  const n = numbering('2');
  const years = ctx.figures.years;
  const yearColumns = years.map((year) => ({
    header: `${year}年`,
    width: 52 as const,
    align: 'right' as const,
  }));
  return chapter(ctx, '2', {
    '2.1': ({ snapshot }) => {
      const { company, audit } = snapshot;
      return factTable(n.table('企业基本情况'), [
        ['企业名称', company.name],
        ['统一社会信用代码', orBlank(company.creditCode)],
        [
          '所在地',
          `${cityByCode(company.cityCode)?.name.zh ?? ''}${company.district}`,
        ],
        ['地址', orBlank(company.address)],
        ['所属行业', `${company.industryName}（${company.industryCode}）`],
        ['员工人数', quantity(company.employees, 0)],
        ['年产值（万元）', money(company.outputValueWanYuan)],
        ['主要产品', orBlank(company.mainProducts)],
        [
          '审核类型',
          audit.auditType === 'mandatory' ? '强制性审核' : '自愿性审核',
        ],
        ['审核基准年', `${audit.baseYear}年`],
      ]);
    },
    '2.2': ({ snapshot, figures }) => [
      ...dataTable(
        n.table('近三年主要产品产量'),
        [
          { header: '产品', width: '*' },
          { header: '单位', width: 40 },
          ...yearColumns,
        ],
        live(snapshot.products).map((p) => [
          p.name,
          p.unit,
          ...years.map((y) => quantity(p.outputByYear[String(y)])),
        ]),
      ),
      ...dataTable(
        n.table('近三年主要原辅材料和能源消耗'),
        [
          { header: '类别', width: 34 },
          { header: '名称', width: '*' },
          { header: '单位', width: 40 },
          ...yearColumns,
        ],
        live(snapshot.consumptionItems).map((item) => [
          CATEGORY_ZH[item.category] ?? item.category,
          item.name,
          item.unit,
          ...years.map((y) => quantity(item.quantityByYear[String(y)])),
        ]),
      ),
      ...dataTable(
        n.table('近三年综合能耗'),
        [
          { header: '项目', width: '*' },
          ...yearColumns.map((c) => ({ ...c, width: 70 as const })),
        ],
        [
          ['综合能耗（tce）', ...figures.energy.map((e) => fixed(e.tce))],
          [
            `单位产品综合能耗（kgce/${figures.outputUnit ?? '单位产品'}）`,
            ...figures.energy.map((e) => fixed(e.kgcePerUnit, 3)),
          ],
        ],
      ),
    ],
    '2.3': ({ snapshot }) =>
      dataTable(
        n.table('主要污染物产生及排放情况'),
        [
          { header: '类别', width: 42 },
          { header: '来源', width: 60 },
          { header: '污染物', width: 56 },
          {
            header: `${years[years.length - 1]}年排放量`,
            width: 50,
            align: 'right',
          },
          { header: '单位', width: 30 },
          { header: '治理措施及去向', width: '*' },
        ],
        live(snapshot.wasteStreams).map((w) => [
          MEDIUM_ZH[w.medium] ?? w.medium,
          w.source,
          w.hwCode ? `${w.pollutant}（${w.hwCode}）` : w.pollutant,
          quantity(w.dischargedByYear[String(years[years.length - 1])]),
          w.unit,
          [w.treatment, w.destination].filter(Boolean).join('；'),
        ]),
      ),
    '2.4': ({ snapshot }) =>
      dataTable(
        n.table('环保设施状况'),
        [
          { header: '设施名称', width: '*' },
          { header: '建成年份', width: 44, align: 'right' },
          { header: '设计能力', width: 56, align: 'right' },
          { header: '实际处理量', width: 56, align: 'right' },
          { header: '单位', width: 36 },
          { header: '去除率%', width: 40, align: 'right' },
          { header: '运行费用（万元/a）', width: 56, align: 'right' },
        ],
        live(snapshot.envFacilities).map((f) => [
          f.name,
          f.yearBuilt === null ? BLANK : String(f.yearBuilt),
          quantity(f.designCapacity),
          quantity(f.actualCapacity),
          f.capacityUnit,
          quantity(f.efficiencyPercent, 1),
          money(f.runningCostWanYuanPerYear),
        ]),
      ),
    '2.5': ({ snapshot }) =>
      dataTable(
        n.table('清洁生产指标对比'),
        [
          { header: '指标', width: '*' },
          { header: '单位', width: 50 },
          { header: '企业现状', width: 50, align: 'right' },
          { header: 'Ⅰ级', width: 40, align: 'right' },
          { header: 'Ⅱ级', width: 40, align: 'right' },
          { header: 'Ⅲ级', width: 40, align: 'right' },
          { header: '达到水平', width: 50, align: 'center' },
        ],
        live(snapshot.indicatorComparisons).map((row) => [
          row.indicator,
          row.unit,
          quantity(row.companyValue, 3),
          quantity(row.levelI, 3),
          quantity(row.levelII, 3),
          quantity(row.levelIII, 3),
          LEVEL_ZH[comparisonLevel(row)] ?? BLANK,
        ]),
      ),
    // Numbered when the section is laid out, in order with its neighbours.
    '2.6': (ctx) => focusTable(ctx, n.table('备选审核重点权重总和计分排序')),
    '2.7': ({ snapshot }) =>
      dataTable(
        n.table('清洁生产目标一览表'),
        [
          { header: '指标', width: '*' },
          { header: '单位', width: 50 },
          { header: '现状', width: 50, align: 'right' },
          { header: '近期目标', width: 52, align: 'right' },
          { header: '近期变化%', width: 46, align: 'right' },
          { header: '远期目标', width: 52, align: 'right' },
          { header: '远期变化%', width: 46, align: 'right' },
        ],
        live(snapshot.targets).map((t) => [
          t.indicator,
          t.unit,
          quantity(t.baselineValue, 3),
          quantity(t.nearTermAbsolute, 3),
          quantity(t.nearTermRelativePercent, 1),
          quantity(t.longTermAbsolute, 3),
          quantity(t.longTermRelativePercent, 1),
        ]),
      ),
  });
}

function focusTable(
  { snapshot, figures }: ReportContext,
  caption: string,
): PdfNode[] {
  const factors = live(snapshot.focusFactors);
  const names = new Map(
    live(snapshot.focusCandidates).map((c) => [c.id, c.name]),
  );
  return dataTable(
    caption,
    [
      // The name keeps a readable width; the factor columns share the
      // rest, however many factors the audit scores.
      { header: '备选审核重点', width: 84 },
      ...factors.map((f) => ({
        // Half-width "W=10" on its own line: a '*' column cannot be
        // narrower than its longest unbreakable run.
        header: `${f.name}\nW=${quantity(f.weight)}`,
        width: '*' as const,
        align: 'right' as const,
      })),
      { header: '总分', width: 32, align: 'right' },
      { header: '排序', width: 26, align: 'center' },
    ],
    figures.focus.rows.map((row) => [
      names.get(row.candidateKey) ?? row.candidateKey,
      ...factors.map((f) => {
        const cell = row.cells.find((c) => c.factorKey === f.id);
        return cell ? quantity(cell.score) : BLANK;
      }),
      quantity(row.total),
      String(row.rank),
    ]),
  );
}
