import type { StageStep } from '../model/stage-step';
import { STAGE_CODES, type StageCode } from '../reference/stages';

/**
 * Progress through the seven stages from the audit's steps. A step marked
 * 不适用 (not applicable) leaves the count instead of counting as done, so a
 * simplified or partial procedure can still reach 100 %.
 */
export type StageProgress = {
  stage: StageCode;
  done: number;
  applicable: number;
  /** 0–1; 0 for a stage without applicable steps. */
  fraction: number;
  state: 'not-started' | 'in-progress' | 'done' | 'empty';
};

export type AuditProgress = {
  stages: StageProgress[];
  done: number;
  applicable: number;
  fraction: number;
  /** The first stage not yet done; null once every stage is. */
  currentStage: StageCode | null;
};

function progressOf(
  stage: StageCode,
  steps: readonly StageStep[],
): StageProgress {
  const own = steps.filter(
    (s) => s.stageCode === stage && s.deletedAt === null,
  );
  const applicable = own.filter((s) => s.status !== 'not-applicable');
  const done = applicable.filter((s) => s.status === 'done').length;
  const begun = applicable.some((s) => s.status !== 'not-started');
  const state =
    applicable.length === 0
      ? 'empty'
      : done === applicable.length
        ? 'done'
        : begun
          ? 'in-progress'
          : 'not-started';
  return {
    stage,
    done,
    applicable: applicable.length,
    fraction: applicable.length ? done / applicable.length : 0,
    state,
  };
}

export function auditProgress(steps: readonly StageStep[]): AuditProgress {
  const stages = STAGE_CODES.map((stage) => progressOf(stage, steps));
  const done = stages.reduce((sum, s) => sum + s.done, 0);
  const applicable = stages.reduce((sum, s) => sum + s.applicable, 0);
  const current = stages.find(
    (s) => s.state === 'not-started' || s.state === 'in-progress',
  );
  return {
    stages,
    done,
    applicable,
    fraction: applicable ? done / applicable : 0,
    currentStage: current?.stage ?? null,
  };
}
