import { COST_CLASS_LABELS } from '../calc/cost-class';
import { cityByCode } from '../reference/cities';
import { ASPECTS } from '../reference/aspects';
import { isImplemented } from '../calc/performance-summary';
import type { ReportContext } from './context';
import { live } from './figures';
import { fixed, money, percent } from './format';

// The paragraph each section starts from, written from the audit's data.
// The consultant edits it in the app; the edited text replaces it. Figures
// are the ones the tables print, from the same calc results.

type Writer = (ctx: ReportContext) => string;

const MANDATORY_GROUNDS: Readonly<Record<string, string>> = {
  'over-standard': '污染物排放超过国家或地方排放标准',
  'over-total': '污染物排放总量超过核定的控制指标',
  'over-energy-quota': '能源消耗超过单位产品能源消耗限额标准',
  'toxic-inputs': '使用有毒有害原料进行生产',
  'toxic-emissions': '在生产中排放有毒有害物质',
};

function companyIntro({ snapshot }: ReportContext): string {
  const { company } = snapshot;
  const city = cityByCode(company.cityCode)?.name.zh ?? '';
  const parts = [
    `${company.name}位于${city}${company.district}${company.address ? `（${company.address}）` : ''}，所属行业为${company.industryName || '（请填写行业）'}`,
  ];
  if (company.employees !== null) parts.push(`现有员工${company.employees}人`);
  if (company.mainProducts) parts.push(`主要产品为${company.mainProducts}`);
  if (company.outputValueWanYuan !== null) {
    parts.push(`年产值约${money(company.outputValueWanYuan)}万元`);
  }
  return `${parts.join('，')}。`;
}

function necessity({ snapshot }: ReportContext): string {
  const { audit } = snapshot;
  const round = audit.round > 1 ? `第${audit.round}轮` : '首轮';
  if (audit.auditType === 'mandatory') {
    const grounds = audit.mandatoryBases
      .map((basis) => MANDATORY_GROUNDS[basis])
      .filter(Boolean)
      .join('、');
    return (
      `企业因${grounds || '属于强制性清洁生产审核范围'}，被列入强制性清洁生产审核名单，` +
      `依照《清洁生产审核办法》开展${round}强制性清洁生产审核。` +
      '通过审核，企业希望从源头削减污染、提高资源能源利用效率，并建立持续改进的清洁生产机制。'
    );
  }
  return (
    `企业自愿开展${round}清洁生产审核，希望通过系统梳理生产全过程，` +
    '找出物耗、能耗和污染物产生的主要环节，以较少投入取得节能、降耗、减污、增效的实际成果。'
  );
}

function team({ snapshot }: ReportContext): string {
  const members = live(snapshot.teamMembers);
  const leaders = members.filter((m) => m.group === 'leadership');
  const leader = members.find((m) => m.teamRole.includes('组长'));
  return (
    `企业成立了清洁生产审核小组，共${members.length}人` +
    (leaders.length > 0 ? `，其中领导小组${leaders.length}人` : '') +
    (leader ? `，由${leader.name}任组长` : '') +
    '。小组成员来自生产、设备、技术、环保、财务等部门，分工见下表。'
  );
}

function workPlan({ snapshot }: ReportContext): string {
  const items = live(snapshot.workPlanItems);
  return `审核小组按审核程序制定了工作计划，共${items.length}项工作内容，明确了每一阶段的任务、完成时间、负责人和产出。`;
}

function training({ snapshot }: ReportContext): string {
  const events = live(snapshot.trainingEvents);
  const people = events.reduce((sum, e) => sum + (e.headcount ?? 0), 0);
  return events.length === 0
    ? '（请说明宣传教育和培训的开展情况。）'
    : `审核期间共组织宣传和培训${events.length}次，累计参加${people}人次，内容涵盖清洁生产基本知识、审核方法和岗位操作要求。`;
}

function production({ snapshot, figures }: ReportContext): string {
  const products = live(snapshot.products);
  const energy = figures.energy[figures.energy.length - 1];
  const names = products.map((p) => p.name).join('、');
  let text = `企业主要产品为${names || '（请填写）'}。`;
  if (energy && energy.tce !== null) {
    text += `${energy.year}年综合能耗为${fixed(energy.tce)}吨标准煤`;
    if (energy.kgcePerUnit !== null && figures.outputUnit) {
      text += `，单位产品综合能耗为${fixed(energy.kgcePerUnit, 3)}kgce/${figures.outputUnit}`;
    }
    text += `（按${figures.coefficientSet.name.zh}、电力${figures.electricityBasis === 'calorific' ? '当量值' : '等价值'}折算）。`;
  }
  return text;
}

function pollution({ snapshot }: ReportContext): string {
  const streams = live(snapshot.wasteStreams);
  const media = new Set(streams.map((s) => s.medium));
  const names: string[] = [];
  if (media.has('wastewater')) names.push('废水');
  if (media.has('waste-gas')) names.push('废气');
  if (media.has('noise')) names.push('噪声');
  if (media.has('solid') || media.has('hazardous')) names.push('固体废物');
  return `企业生产过程中产生的污染物主要有${names.join('、') || '（请填写）'}，各类污染物的产生、排放和治理情况见下表。`;
}

function facilities({ snapshot }: ReportContext): string {
  const count = live(snapshot.envFacilities).length;
  return `企业现有环保治理设施${count}套，均已纳入日常管理，运行情况见下表。`;
}

function level({ snapshot }: ReportContext): string {
  const count = live(snapshot.indicatorComparisons).length;
  return count === 0
    ? '（请说明企业与行业清洁生产标准或评价指标体系的对比结果。）'
    : `对照行业清洁生产评价指标，审核小组逐项比较了${count}项指标，结果见下表。`;
}

function focusText({ snapshot, figures }: ReportContext): string {
  const candidates = live(snapshot.focusCandidates);
  const top = figures.focus.rows[0];
  const chosen =
    candidates.find((c) => c.chosen) ??
    candidates.find((c) => c.id === top?.candidateKey);
  return (
    `审核小组列出备选审核重点${candidates.length}个，采用权重总和计分排序法进行评分。` +
    (chosen ? `综合得分和企业实际，确定“${chosen.name}”为本轮审核重点。` : '')
  );
}

function targets({ snapshot }: ReportContext): string {
  const rows = live(snapshot.targets);
  return `围绕审核重点，审核小组设置了${rows.length}项清洁生产目标，分近期和远期两个阶段，具体见下表。`;
}

function optionCountText({ figures }: ReportContext, stages: number[]): string {
  const options = figures.options.filter((f) =>
    stages.includes(f.option.proposedInStage),
  );
  const noLow = options.filter((f) => f.costGroup === 'noLow');
  const done = noLow.filter((f) => isImplemented(f.option));
  return `本阶段共提出无/低费方案${noLow.length}项，已实施${done.length}项。`;
}

function balance({ figures }: ReportContext): string {
  if (figures.balances.length === 0)
    return '（请说明物料平衡的测算范围和结果。）';
  const parts = figures.balances.map(({ study, balance }) => {
    const error = balance.result.ok ? balance.result.value.errorFraction : null;
    return `“${study.name}”的平衡误差为${percent(error)}`;
  });
  return `审核小组在审核重点范围内开展了实测，建立了${figures.balances.length}项平衡：${parts.join('；')}。`;
}

function causes({ snapshot }: ReportContext): string {
  const rows = live(snapshot.wasteCauses);
  const counts = ASPECTS.map((aspect) => ({
    name: aspect.cause.zh,
    count: rows.filter((r) => r.aspects.includes(aspect.code)).length,
  })).filter((entry) => entry.count > 0);
  return (
    `从原辅材料和能源、技术工艺、设备、过程控制、产品、废弃物、管理和员工八个方面分析，共找出废弃物产生原因${rows.length}条` +
    (counts.length > 0
      ? `，涉及${counts.map((c) => `${c.name}${c.count}条`).join('、')}`
      : '') +
    '。'
  );
}

function optionSummary({ figures }: ReportContext): string {
  const { optionCounts, estimated } = figures.summary;
  const byClass = (['none', 'low', 'mid', 'high'] as const)
    .map((cls) => ({
      label: COST_CLASS_LABELS[cls].zh,
      count: figures.options.filter((f) => f.costClass === cls).length,
    }))
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.label}${entry.count}项`);
  return (
    `本轮审核共产生清洁生产方案${optionCounts.total}项，其中无/低费方案${optionCounts.noLowCost}项、中/高费方案${optionCounts.midHighCost}项` +
    (byClass.length > 0 ? `（${byClass.join('、')}）` : '') +
    `。除暂不可行和不可行的方案外，预计总投资${money(estimated.investmentWanYuan)}万元，` +
    `预计经济效益${money(estimated.economicBenefitWanYuanPerYear)}万元/年，节能${fixed(estimated.energySavedTcePerYear)}吨标准煤/年。`
  );
}

function screening({ figures }: ReportContext): string {
  const groups = figures.screening.groups;
  return (
    `经初步筛选，可直接实施的无/低费方案${groups['implement-now'].length}项，` +
    `需进行可行性分析的中/高费方案${groups['feasibility-study'].length}项，` +
    `暂不实施或不可行的方案${groups.shelved.length}项。`
  );
}

function economics({ figures }: ReportContext): string {
  const studied = figures.studies.filter((s) => s.economics !== null);
  if (studied.length === 0) return '（请说明中/高费方案的经济评估。）';
  const list = studied
    .map(
      ({ option, economics: e }) =>
        `${option.code}“${option.name}”净现值${money(e?.npvWanYuan)}万元、内部收益率${percent(e?.irr)}`,
    )
    .join('；');
  return `采用净现值法、净现值率法和内部收益率法对${studied.length}项中/高费方案进行了经济评估：${list}。`;
}

function recommended({ figures }: ReportContext): string {
  const chosen = figures.studies.filter(
    (s) => s.study.conclusion === 'recommended',
  );
  return chosen.length === 0
    ? '（请说明推荐实施的方案。）'
    : `综合技术、环境和经济评估结果，推荐实施${chosen.map((s) => `${s.option.code}“${s.option.name}”`).join('、')}。`;
}

function implementation({ figures }: ReportContext): string {
  const { optionCounts, verified } = figures.summary;
  return (
    `截至报告编制时，已实施方案${optionCounts.implemented}项，实际投资${money(verified.investmentWanYuan)}万元，` +
    `经核定的经济效益${money(verified.economicBenefitWanYuanPerYear)}万元/年，节能${fixed(verified.energySavedTcePerYear)}吨标准煤/年。`
  );
}

function attainment({ snapshot }: ReportContext): string {
  const rows = live(snapshot.targets);
  const measured = rows.filter((r) => r.achievedValue !== null).length;
  return `${rows.length}项清洁生产目标中，已有${measured}项取得实施后的实测值，完成情况见下表。`;
}

function conclusion(ctx: ReportContext): string {
  return `${optionSummary(ctx)}\n${implementation(ctx)}\n企业将继续巩固审核成果，把清洁生产纳入日常管理，持续推进节能降耗减污。`;
}

const prompt =
  (what: string): Writer =>
  () =>
    `（请说明${what}。）`;

const WRITERS: Readonly<Record<string, Writer>> = {
  '0.1': companyIntro,
  '0.2': necessity,
  '1.1': prompt('企业领导对清洁生产审核的支持和承诺'),
  '1.2': team,
  '1.3': workPlan,
  '1.4': training,
  '1.5': prompt('审核中遇到的障碍及解决办法'),
  '2.1': companyIntro,
  '2.2': production,
  '2.3': pollution,
  '2.4': facilities,
  '2.5': level,
  '2.6': focusText,
  '2.7': targets,
  '2.8': (ctx) => optionCountText(ctx, [2]),
  '3.1': prompt('审核重点的工艺流程和单元操作'),
  '3.2': balance,
  '3.3': causes,
  '3.4': (ctx) => optionCountText(ctx, [3]),
  '4.1': prompt('方案产生的途径和过程'),
  '4.2': optionSummary,
  '4.3': screening,
  '4.4': implementation,
  '5.1': prompt('市场调查的结论；产品和产量不变的可说明无需调查'),
  '5.2': prompt('各中/高费方案的技术评估结论'),
  '5.3': prompt('各中/高费方案的环境评估结论'),
  '5.4': economics,
  '5.5': recommended,
  '6.1': implementation,
  '6.2': attainment,
  '6.3': implementation,
  '6.4': prompt('审核后企业清洁生产水平与行业标准的对比'),
  '7.1': prompt('审核后清洁生产组织的设置和职责'),
  '7.2': prompt('清洁生产管理制度的建立和完善'),
  '7.3': prompt('下一步持续清洁生产的工作计划'),
  '8.1': conclusion,
};

/** The generated starting text of a section; empty for an unknown id. */
export function generatedText(id: string, ctx: ReportContext): string {
  return WRITERS[id]?.(ctx) ?? '';
}

/** The text the report prints: the consultant's, else the generated one. */
export function sectionText(id: string, ctx: ReportContext): string {
  const own = ctx.options.sectionTexts[id];
  return own !== undefined && own.trim() !== '' ? own : generatedText(id, ctx);
}
