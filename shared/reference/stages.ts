import type { BilingualLabel } from './label';

// Stages are stored as the numbers 1–7, the order of the audit procedure.
// The numbers never change; only the name shown does, because the 1996
// national manual and the newer texts (HJ 469-2009, GB/T 25973-2010) name the
// same seven stages differently.
export const STAGE_CODES = [1, 2, 3, 4, 5, 6, 7] as const;
export type StageCode = (typeof STAGE_CODES)[number];

export const STAGE_NAMINGS = ['classic', 'newer'] as const;
export type StageNaming = (typeof STAGE_NAMINGS)[number];

export interface Stage {
  readonly code: StageCode;
  readonly classic: BilingualLabel;
  readonly newer: BilingualLabel;
}

// The newer texts end with report writing and have no stage of their own for
// implementation, so stage 6 keeps its classic name under both namings and
// stage 7 joins report writing with continuous cleaner production.
const STAGE_NAMES: Readonly<Record<StageCode, Omit<Stage, 'code'>>> = {
  1: {
    classic: { zh: '筹划和组织', en: 'Planning and organisation' },
    newer: { zh: '审核准备', en: 'Audit preparation' },
  },
  2: {
    classic: { zh: '预评估', en: 'Pre-assessment' },
    newer: { zh: '预审核', en: 'Pre-audit' },
  },
  3: {
    classic: { zh: '评估', en: 'Assessment' },
    newer: { zh: '审核', en: 'Audit' },
  },
  4: {
    classic: { zh: '方案产生和筛选', en: 'Option generation and screening' },
    newer: {
      zh: '实施方案的产生和筛选',
      en: 'Generation and screening of options to implement',
    },
  },
  5: {
    classic: { zh: '可行性分析', en: 'Feasibility analysis' },
    newer: { zh: '实施方案的确定', en: 'Selection of options to implement' },
  },
  6: {
    classic: { zh: '方案实施', en: 'Implementation' },
    newer: { zh: '方案实施', en: 'Implementation' },
  },
  7: {
    classic: { zh: '持续清洁生产', en: 'Continuous cleaner production' },
    newer: {
      zh: '编写审核报告/持续清洁生产',
      en: 'Audit report and continuous cleaner production',
    },
  },
};

export const STAGES: readonly Stage[] = STAGE_CODES.map((code) => ({
  code,
  ...STAGE_NAMES[code],
}));

export function isStageCode(value: unknown): value is StageCode {
  return (STAGE_CODES as readonly unknown[]).includes(value);
}

/** Looks up a stage from stored data; undefined when the code is not 1–7. */
export function stageByCode(code: number): Stage | undefined {
  return STAGES.find((stage) => stage.code === code);
}

export function stageName(
  code: StageCode,
  naming: StageNaming,
): BilingualLabel {
  return STAGE_NAMES[code][naming];
}
