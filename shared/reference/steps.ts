import type { Procedure } from '../model/audit';
import type { DeliverableKey } from './deliverables';
import type { BilingualLabel } from './label';
import type { StageCode } from './stages';

// The 35 steps of the classic procedure, numbered 1–35 in procedure order;
// stages hold 4, 6, 5, 7, 5, 4 and 4 of them. The Chinese names are those of
// the national manual; their exact wording varies a little between editions.
export const STEP_CODES = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
  23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
] as const;
export type StepCode = (typeof STEP_CODES)[number];

export interface Step {
  readonly code: StepCode;
  readonly stage: StageCode;
  readonly name: BilingualLabel;
  readonly deliverables: readonly DeliverableKey[];
  readonly requiredInFull: boolean;
}

type StepData = Omit<Step, 'code' | 'requiredInFull'>;

const STEP_DATA: Readonly<Record<StepCode, StepData>> = {
  1: {
    stage: 1,
    name: { zh: '取得领导支持', en: 'Obtain management support' },
    deliverables: ['commitment'],
  },
  2: {
    stage: 1,
    name: { zh: '组建审核小组', en: 'Form the audit team' },
    deliverables: ['team'],
  },
  3: {
    stage: 1,
    name: { zh: '制定审核工作计划', en: 'Draw up the audit work plan' },
    deliverables: ['workPlan'],
  },
  4: {
    stage: 1,
    name: { zh: '开展宣传教育', en: 'Raise awareness and remove barriers' },
    deliverables: ['training', 'barriers'],
  },
  5: {
    stage: 2,
    name: { zh: '进行现状调研', en: 'Survey the current status' },
    deliverables: [
      'companyProfile',
      'products',
      'consumption',
      'equipment',
      'wasteStreams',
      'envFacilities',
    ],
  },
  6: {
    stage: 2,
    name: { zh: '进行现场考察', en: 'Inspect the site' },
    deliverables: ['processFlow', 'siteProblems'],
  },
  7: {
    stage: 2,
    name: {
      zh: '评价产污排污状况',
      en: 'Assess waste generation and discharge',
    },
    deliverables: ['compliance', 'indicatorComparison'],
  },
  8: {
    stage: 2,
    name: { zh: '确定审核重点', en: 'Select the audit focus' },
    deliverables: ['focusScoring'],
  },
  9: {
    stage: 2,
    name: { zh: '设置清洁生产目标', en: 'Set cleaner-production targets' },
    deliverables: ['targets'],
  },
  10: {
    stage: 2,
    name: {
      zh: '提出和实施无/低费方案',
      en: 'Propose and carry out no/low-cost options',
    },
    deliverables: ['options'],
  },
  11: {
    stage: 3,
    name: { zh: '准备审核重点资料', en: 'Compile data on the audit focus' },
    deliverables: ['unitOperations'],
  },
  12: {
    stage: 3,
    name: { zh: '实测输入输出物流', en: 'Measure input and output flows' },
    deliverables: ['measurements'],
  },
  13: {
    stage: 3,
    name: { zh: '建立物料平衡', en: 'Build the material balance' },
    deliverables: ['balance'],
  },
  14: {
    stage: 3,
    name: { zh: '分析废弃物产生原因', en: 'Analyse the causes of waste' },
    deliverables: ['wasteCauses'],
  },
  15: {
    stage: 3,
    name: {
      zh: '提出和实施无/低费方案',
      en: 'Propose and carry out no/low-cost options',
    },
    deliverables: ['options'],
  },
  16: {
    stage: 4,
    name: { zh: '产生方案', en: 'Generate options' },
    deliverables: ['options'],
  },
  17: {
    stage: 4,
    name: { zh: '分类汇总方案', en: 'Classify and list the options' },
    deliverables: ['optionSummary'],
  },
  18: {
    stage: 4,
    name: { zh: '筛选方案', en: 'Screen the options' },
    deliverables: ['screening'],
  },
  19: {
    stage: 4,
    name: { zh: '研制方案', en: 'Work out the mid/high-cost options' },
    deliverables: ['optionDescriptions'],
  },
  20: {
    stage: 4,
    name: {
      zh: '继续实施无/低费方案',
      en: 'Keep carrying out no/low-cost options',
    },
    deliverables: ['implementationRecords'],
  },
  21: {
    stage: 4,
    name: {
      zh: '核定并汇总无/低费方案实施效果',
      en: 'Verify and sum up the results of no/low-cost options',
    },
    deliverables: ['lowCostResults'],
  },
  22: {
    stage: 4,
    name: {
      zh: '编写清洁生产中期审核报告',
      en: 'Write the interim audit report',
    },
    deliverables: ['interimReport'],
  },
  23: {
    stage: 5,
    name: { zh: '进行市场调查', en: 'Survey the market' },
    deliverables: ['marketSurvey'],
  },
  24: {
    stage: 5,
    name: { zh: '进行技术评估', en: 'Carry out the technical evaluation' },
    deliverables: ['technicalEvaluation'],
  },
  25: {
    stage: 5,
    name: {
      zh: '进行环境评估',
      en: 'Carry out the environmental evaluation',
    },
    deliverables: ['environmentalEvaluation'],
  },
  26: {
    stage: 5,
    name: { zh: '进行经济评估', en: 'Carry out the economic evaluation' },
    deliverables: ['economicEvaluation'],
  },
  27: {
    stage: 5,
    name: { zh: '推荐可实施方案', en: 'Recommend options to implement' },
    deliverables: ['feasibility'],
  },
  28: {
    stage: 6,
    name: { zh: '组织方案实施', en: 'Organise the implementation' },
    deliverables: ['implementationPlan'],
  },
  29: {
    stage: 6,
    name: {
      zh: '汇总已实施的无/低费方案的成果',
      en: 'Sum up the results of implemented no/low-cost options',
    },
    deliverables: ['implementationResults'],
  },
  30: {
    stage: 6,
    name: {
      zh: '验证已实施的中/高费方案的成果',
      en: 'Verify the results of implemented mid/high-cost options',
    },
    deliverables: ['highCostResults', 'monitoringReports'],
  },
  31: {
    stage: 6,
    name: {
      zh: '分析总结已实施方案对企业的影响',
      en: 'Analyse how the implemented options changed the company',
    },
    deliverables: ['beforeAfterComparison', 'targetAttainment'],
  },
  32: {
    stage: 7,
    name: {
      zh: '建立和完善清洁生产组织',
      en: 'Set up the cleaner-production organisation',
    },
    deliverables: ['cpOrganisation'],
  },
  33: {
    stage: 7,
    name: {
      zh: '建立和完善清洁生产管理制度',
      en: 'Set up the cleaner-production rules',
    },
    deliverables: ['cpRules'],
  },
  34: {
    stage: 7,
    name: {
      zh: '制定持续清洁生产计划',
      en: 'Plan continuous cleaner production',
    },
    deliverables: ['continuousPlan'],
  },
  35: {
    stage: 7,
    name: { zh: '编制清洁生产审核报告', en: 'Write the audit report' },
    deliverables: ['report'],
  },
};

// A market survey is needed only when an option changes the product or the
// output, so the full procedure lists it without demanding it.
const OPTIONAL_IN_FULL: readonly StepCode[] = [23];

export const STEPS: readonly Step[] = STEP_CODES.map((code) => ({
  code,
  ...STEP_DATA[code],
  requiredInFull: !OPTIONAL_IN_FULL.includes(code),
}));

export function isStepCode(value: unknown): value is StepCode {
  return (STEP_CODES as readonly unknown[]).includes(value);
}

/** Looks up a step from stored data; undefined when the code is not 1–35. */
export function stepByCode(code: number): Step | undefined {
  return STEPS.find((step) => step.code === code);
}

export function stepsOfStage(stage: StageCode): readonly Step[] {
  return STEPS.filter((step) => step.stage === stage);
}

// Guangdong's technical guide for the simplified procedure (简易流程) exists
// but its content was not available when this list was written. Until it is,
// the simplified template keeps every step whose output the report or the
// performance table needs, and leaves out steps whose output a later step
// repeats or that depend on circumstances: 12 (a balance can rest on metering
// records), 15 (options are also gathered in steps 10 and 16), 20 and 21
// (their results are summed up in step 29), 22 (no interim report) and 23
// (market survey). Replace the list once the guide's text is at hand.
export const SIMPLIFIED_PROCEDURE = {
  stepCodes: [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 16, 17, 18, 19, 24, 25, 26, 27,
    28, 29, 30, 31, 32, 33, 34, 35,
  ],
} as const satisfies { readonly stepCodes: readonly StepCode[] };

/** Per-audit changes to a template: steps to add back or to leave out. */
export interface ProcedureOverrides {
  readonly add?: readonly StepCode[];
  readonly remove?: readonly StepCode[];
}

/**
 * The steps an audit follows, in procedure order. Removals are applied after
 * additions, so a step named in both lists is left out.
 */
export function stepsForProcedure(
  procedure: Procedure,
  overrides: ProcedureOverrides = {},
): readonly Step[] {
  const template: readonly StepCode[] =
    procedure === 'full' ? STEP_CODES : SIMPLIFIED_PROCEDURE.stepCodes;
  const kept = new Set<StepCode>([...template, ...(overrides.add ?? [])]);
  for (const code of overrides.remove ?? []) kept.delete(code);

  return STEPS.filter((step) => kept.has(step.code));
}
