import { DEFAULT_SCREENING_CRITERIA } from '../calc/weighted-sum';
import type {
  CpSystemItem,
  ImplementationTask,
  ImprovementPlanItem,
  IndicatorResult,
  ScreeningCriterion,
} from '../model/implementation';
import { demoRows } from './common';
import { demoOptionId } from './options';

// The working tables of stages 4–7 besides the options: the screening
// criteria the mid/high-cost options were scored on, the implementation
// plan, the before/after unit indicators, and what keeps cleaner production
// going after the audit.

export function demoScreeningCriteria(): ScreeningCriterion[] {
  return demoRows(
    'screeningCriteria',
    'criterion',
    DEFAULT_SCREENING_CRITERIA.map((preset) => ({
      name: preset.labelZh,
      weight: preset.weight,
      presetKey: preset.key,
    })),
  );
}

export function demoImplementationTasks(): ImplementationTask[] {
  return demoRows('implementationTasks', 'task', [
    {
      optionId: demoOptionId('chiller-vfd'),
      task: '冷水机组变频柜及群控系统采购、安装与调试',
      plannedStart: '2026-12-01',
      plannedEnd: '2027-03-31',
      responsible: '设备部 黄工',
      budgetWanYuan: 85,
      fundingSource: 'own',
    },
    {
      optionId: demoOptionId('reclaimed-water-expansion'),
      task: '中水回用系统扩容：新增超滤及反渗透单元，管网改造',
      plannedStart: '2026-09-01',
      plannedEnd: '2027-01-31',
      responsible: '环保部 李工',
      budgetWanYuan: 320,
      fundingSource: 'mixed',
      notes: '申请市级节水改造补助，自筹其余部分',
    },
    {
      optionId: null,
      task: '重点用能设备加装分项电能计量，接入能源管理平台',
      plannedStart: '2026-11-01',
      plannedEnd: '2026-12-31',
      responsible: '设备部 黄工',
      budgetWanYuan: 6.5,
      fundingSource: 'own',
    },
  ]);
}

export function demoIndicatorResults(): IndicatorResult[] {
  return demoRows('indicatorResults', 'indicator-result', [
    {
      indicator: '单位产品新鲜水用量',
      unit: 'm³/m²',
      beforeValue: 0.88,
      afterValue: 0.81,
      notes: '2026 年 9–11 月平均，产量 9.6 万 m²',
    },
    {
      indicator: '单位产品耗电量',
      unit: 'kWh/m²',
      beforeValue: 29.8,
      afterValue: 28.1,
    },
    {
      indicator: '单位产品废水产生量',
      unit: 'm³/m²',
      beforeValue: 0.73,
      afterValue: 0.67,
    },
    {
      indicator: '单位产品含铜污泥产生量',
      unit: 'kg/m²',
      beforeValue: 1.9,
      afterValue: 1.72,
    },
  ]);
}

export function demoImprovementPlanItems(): ImprovementPlanItem[] {
  return demoRows('improvementPlanItems', 'plan-item', [
    {
      item: '中/高费方案持续实施',
      content: '完成冷水机组变频及群控改造、中水回用系统扩容',
      goal: '单位产品新鲜水用量降至 0.80 m³/m² 以下',
      plannedDate: '2027-03-31',
      responsible: '清洁生产办公室',
    },
    {
      item: '下一轮审核重点',
      content: '以阻焊及丝印工序为审核重点，研究 VOCs 源头削减',
      goal: '确定下一轮审核重点及备选方案',
      plannedDate: '2027-12-31',
      responsible: '生产部',
    },
    {
      item: '员工培训',
      content: '每季度开展一次清洁生产及节能节水专题培训',
      goal: '一线员工培训覆盖率 100%',
      plannedDate: '2027-12-31',
      responsible: '人力资源部',
    },
  ]);
}

export function demoCpSystemItems(): CpSystemItem[] {
  return demoRows('cpSystemItems', 'cp-system', [
    {
      kind: 'organisation',
      title: '清洁生产办公室',
      content: '设在环保部，由分管副总任主任，负责持续清洁生产的组织与考核',
      owner: '分管副总经理',
      adoptedOn: '2026-10-15',
    },
    {
      kind: 'rule',
      title: '《清洁生产管理制度》',
      content: '将用水、用电、化学品消耗纳入车间月度考核，定期公布指标',
      owner: '清洁生产办公室',
      adoptedOn: '2026-10-15',
    },
    {
      kind: 'incentive',
      title: '清洁生产合理化建议奖励办法',
      content: '采纳的无/低费建议按节约金额的 10% 奖励提出人',
      owner: '人力资源部',
      adoptedOn: '2026-11-01',
    },
  ]);
}
