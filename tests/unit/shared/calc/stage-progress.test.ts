import { describe, expect, it } from 'vitest';
import { storedRow } from '../../../fixtures/stored-row';
import { auditProgress } from '@shared/calc/stage-progress';
import { stageStepSchema } from '@shared/model/stage-step';
import { STEPS } from '@shared/reference/steps';

const allSteps = (status: (code: number) => string) =>
  STEPS.map((s) =>
    stageStepSchema.parse({
      ...storedRow(`s${s.code}`),
      stepCode: s.code,
      stageCode: s.stage,
      status: status(s.code),
    }),
  );

describe('audit progress', () => {
  it('starts at stage 1 with nothing done', () => {
    const progress = auditProgress(allSteps(() => 'not-started'));
    expect(progress).toMatchObject({
      done: 0,
      applicable: 35,
      fraction: 0,
      currentStage: 1,
    });
    expect(progress.stages.map((s) => s.applicable)).toEqual([
      4, 6, 5, 7, 5, 4, 4,
    ]);
  });

  it('moves the current stage on once stage 1 is done', () => {
    const progress = auditProgress(
      allSteps((code) =>
        code <= 4 ? 'done' : code === 5 ? 'in-progress' : 'not-started',
      ),
    );
    expect(progress.stages[0]).toMatchObject({ state: 'done', fraction: 1 });
    expect(progress.stages[1]).toMatchObject({ state: 'in-progress', done: 0 });
    expect(progress.currentStage).toBe(2);
    expect(progress.done).toBe(4);
  });

  it('leaves not-applicable steps out of the count', () => {
    const progress = auditProgress(
      allSteps((code) => (code === 23 ? 'not-applicable' : 'done')),
    );
    expect(progress.stages[4]).toMatchObject({
      done: 4,
      applicable: 4,
      state: 'done',
    });
    expect(progress).toMatchObject({
      done: 34,
      applicable: 34,
      fraction: 1,
      currentStage: null,
    });
  });

  it('ignores deleted steps', () => {
    const steps = allSteps(() => 'done').map((s) =>
      s.stepCode === 1
        ? {
            ...s,
            status: 'not-started' as const,
            deletedAt: '2026-05-01T00:00:00.000Z',
          }
        : s,
    );
    expect(auditProgress(steps).stages[0]).toMatchObject({
      done: 3,
      applicable: 3,
    });
  });
});
