import type { ScreeningTick } from '../calc/screening';
import type { AuditRowInput } from '../model/audit-rows';
import {
  ENVIRONMENTAL_CHECKS,
  TECHNICAL_CHECKS,
  type EnvironmentalCheck,
  type FeasibilityStudy,
  type TechnicalCheck,
} from '../model/feasibility';
import { demoRows } from './common';
import { demoOptionId } from './options';

// Feasibility studies of the demo's mid/high-cost options that passed
// screening. Every study uses the same economic assumptions, as a report
// would: a 4.5 % discount rate (the bank's lending rate for the company),
// 25 % income tax and ten years of straight-line depreciation.

type StudyInput = AuditRowInput<'feasibilityStudies'>;

function ticks<K extends string>(
  keys: readonly K[],
  exceptions: Partial<Record<K, ScreeningTick>>,
): Record<K, ScreeningTick> {
  return Object.fromEntries(
    keys.map((key) => [key, exceptions[key] ?? 'pass']),
  ) as Record<K, ScreeningTick>;
}

interface StudySpec {
  readonly option: string;
  readonly investmentWanYuan: number;
  readonly subsidyWanYuan?: number;
  readonly revenueIncreaseWanYuanPerYear?: number;
  readonly operatingCostSavingWanYuanPerYear: number;
  readonly technicalText: string;
  readonly technicalExceptions?: Partial<Record<TechnicalCheck, ScreeningTick>>;
  readonly environmentalText: string;
  readonly environmentalExceptions?: Partial<
    Record<EnvironmentalCheck, ScreeningTick>
  >;
  readonly recommended: boolean;
  readonly reason: string;
}

function studyInput(spec: StudySpec): StudyInput {
  return {
    optionId: demoOptionId(spec.option),
    technicalChecks: ticks(TECHNICAL_CHECKS, spec.technicalExceptions ?? {}),
    technicalText: spec.technicalText,
    environmentalChecks: ticks(
      ENVIRONMENTAL_CHECKS,
      spec.environmentalExceptions ?? {},
    ),
    environmentalText: spec.environmentalText,
    economicInputs: {
      totalInvestmentWanYuan: spec.investmentWanYuan,
      subsidyWanYuan: spec.subsidyWanYuan ?? 0,
      revenueIncreaseWanYuanPerYear: spec.revenueIncreaseWanYuanPerYear ?? 0,
      operatingCostSavingWanYuanPerYear: spec.operatingCostSavingWanYuanPerYear,
      depreciationYears: 10,
      discountRate: 0.045,
      taxRate: 0.25,
    },
    conclusion: spec.recommended ? 'recommended' : 'not_recommended',
    conclusionReason: spec.reason,
  };
}

const STUDIES: readonly StudySpec[] = [
  {
    option: 'direct-metallisation',
    investmentWanYuan: 260,
    operatingCostSavingWanYuanPerYear: 28,
    technicalText:
      '工艺在国内同行已有应用，但需更换整条沉铜线，停线约六周；多家终端客户要求重新认证。',
    technicalExceptions: { productQuality: 'unknown', downtime: 'fail' },
    environmentalText:
      '取消甲醛和络合剂，络合铜废水基本消除，含铜污泥相应减少；无新增污染物。',
    recommended: false,
    reason: '净现值为负，且客户重新认证周期长；待沉铜线到更新年限时重新评估。',
  },
  {
    option: 'compressor-heat-recovery',
    investmentWanYuan: 45,
    operatingCostSavingWanYuanPerYear: 39.3,
    technicalText:
      '永磁变频空压机和板式余热回收器均为成熟产品，可利用停产检修日安装，不影响生产。',
    environmentalText: '节电并减少导热油炉天然气用量，无新增污染物。',
    recommended: true,
    reason: '投资回收期约1.5年，净现值和内部收益率均满足要求。',
  },
  {
    option: 'chiller-vfd',
    investmentWanYuan: 85,
    operatingCostSavingWanYuanPerYear: 72,
    technicalText:
      '变频冷水机组和群控系统技术成熟；安排在冷负荷最低的春季分台改造，不中断供冷。',
    environmentalText: '节电效果明显；拆除的旧机组制冷剂由厂家回收。',
    recommended: true,
    reason: '投资回收期约1.5年，经济效益好，列入2027年技改计划。',
  },
  {
    option: 'switch-mode-rectifiers',
    investmentWanYuan: 68,
    operatingCostSavingWanYuanPerYear: 42,
    technicalText:
      '高频开关电源已在同类电镀线上普遍使用，输出稳定，有利于镀层均匀性。',
    environmentalText: '降低整流损耗，无新增污染物；旧整流器交回收商处理。',
    recommended: true,
    reason: '投资回收期约2年，净现值为正，技术风险小。',
  },
  {
    option: 'etchant-regeneration',
    investmentWanYuan: 180,
    operatingCostSavingWanYuanPerYear: 162,
    technicalText:
      '在线再生及电解提铜系统在珠三角线路板企业已有成熟案例；需在蚀刻线旁新建约80 m²设备间。',
    technicalExceptions: { spaceLayout: 'unknown' },
    environmentalText:
      '废蚀刻液外运量大幅减少，回收阴极铜外售；电解产生少量含氨废气，接入现有碱液喷淋塔处理。',
    recommended: true,
    reason: '投资回收期约1.4年，同时大幅削减危险废物，推荐优先实施。',
  },
  {
    option: 'reclaimed-water-expansion',
    investmentWanYuan: 320,
    subsidyWanYuan: 64,
    operatingCostSavingWanYuanPerYear: 35,
    technicalText:
      '超滤加反渗透工艺与现有回用系统一致，运行经验充足；浓水送综合废水处理站。',
    environmentalText:
      '新鲜水用量和废水排放量各减少约7.2万t/a；反渗透浓水含盐量较高，需核算对处理站出水的影响。',
    environmentalExceptions: { secondaryPollution: 'unknown' },
    recommended: true,
    reason:
      '计入专项资金补助后净现值为正、回收期约7.8年，在高费方案允许范围内；是达到水重复利用率目标的关键措施。',
  },
  {
    option: 'microetch-copper-recovery',
    investmentWanYuan: 38,
    revenueIncreaseWanYuanPerYear: 42.5,
    operatingCostSavingWanYuanPerYear: 6.5,
    technicalText: '电解提铜装置体积小，可直接安装在微蚀槽旁，供应商提供调试。',
    environmentalText: '减少含铜废液外运，回收铜外售；无新增污染物。',
    recommended: true,
    reason: '投资回收期不到1年，推荐实施。',
  },
  {
    option: 'sludge-drying',
    investmentWanYuan: 95,
    operatingCostSavingWanYuanPerYear: 114.2,
    technicalText:
      '热泵低温干化机为成熟设备，安装在污泥房旁；干化温度低于80 ℃，无燃爆风险。',
    environmentalText:
      '危险废物处置量减少约一半；干化尾气冷凝水回流废水处理站，需加强污泥房通风。',
    recommended: true,
    reason: '投资回收期约1年，危废减量效果显著。',
  },
];

export function demoFeasibilityStudies(): FeasibilityStudy[] {
  return demoRows('feasibilityStudies', 'study', STUDIES.map(studyInput));
}
