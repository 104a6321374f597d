import { describe, expect, it } from 'vitest';
import { storedRow } from '../../../fixtures/stored-row';
import {
  auditChecks,
  findingsForStage,
  type AuditCheckInput,
} from '@shared/calc/audit-checks';
import { demoAudit } from '@shared/demo/demo-audit';
import { balanceStreamSchema, balanceStudySchema } from '@shared/model/balance';
import { stageStepSchema } from '@shared/model/stage-step';
import { targetSchema } from '@shared/model/targets';

const step = (
  stepCode: number,
  stageCode: number,
  status: string,
  id = `s${stepCode}`,
) => stageStepSchema.parse({ ...storedRow(id), stepCode, stageCode, status });

function input(overrides: Partial<AuditCheckInput> = {}): AuditCheckInput {
  return {
    audit: demoAudit({
      auditType: 'voluntary',
      mandatoryBases: [],
      listPublishedOn: null,
    }),
    todayIso: '2026-04-01',
    steps: [],
    targets: [],
    balanceStudies: [],
    balanceStreams: [],
    completedStages: [],
    ...overrides,
  };
}

describe('audit checks', () => {
  it('find nothing in a fresh voluntary audit', () => {
    expect(auditChecks(input())).toEqual([]);
  });

  it('flag a mandatory audit without a ground', () => {
    const audit = demoAudit({ mandatoryBases: [], listPublishedOn: null });
    expect(auditChecks(input({ audit })).map((f) => f.code)).toEqual([
      'mandatory-without-basis',
    ]);
  });

  it('warn of the start deadline two days ahead and of an overdue register deadline', () => {
    const audit = demoAudit({ listPublishedOn: '2026-02-03' });
    const findings = auditChecks(input({ audit, todayIso: '2026-04-01' }));
    expect(
      findings.map((f) => [f.code, f.values.deadline, f.values.date]),
    ).toEqual([
      ['deadline-overdue', 'publishAndRegister', '2026-03-03'],
      ['deadline-near', 'start', '2026-04-03'],
    ]);
  });

  it('treat the start deadline as met once a step has begun', () => {
    const audit = demoAudit({ listPublishedOn: '2026-02-03' });
    const findings = auditChecks(
      input({ audit, steps: [step(1, 1, 'in-progress')] }),
    );
    expect(findings).toEqual([]);
  });

  it('flag a target that has no baseline, in stage 2', () => {
    const target = targetSchema.parse({
      ...storedRow('t1'),
      indicator: '单位产品新鲜水耗',
      unit: 'm³/m²',
    });
    const [finding] = auditChecks(input({ targets: [target] }));
    expect(finding).toMatchObject({
      code: 'target-without-baseline',
      stage: 2,
      recordId: 't1',
    });
  });

  it('flag a balance whose error exceeds its tolerance, with the error in percent', () => {
    const study = balanceStudySchema.parse({
      ...storedRow('b1'),
      name: '水平衡',
      type: 'water',
      tolerancePercent: 5,
    });
    const stream = (id: string, direction: 'in' | 'out', quantity: number) =>
      balanceStreamSchema.parse({
        ...storedRow(id),
        studyId: 'b1',
        name: id,
        direction,
        category: direction === 'in' ? 'input' : 'product',
        quantity,
        unit: 't',
      });
    const findings = auditChecks(
      input({
        balanceStudies: [study],
        balanceStreams: [stream('in1', 'in', 1000), stream('out1', 'out', 930)],
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'balance-over-tolerance',
        stage: 3,
        values: { study: '水平衡', errorPercent: 7, tolerancePercent: 5 },
      }),
    ]);
  });

  it('leave a balance within tolerance alone', () => {
    const study = balanceStudySchema.parse({
      ...storedRow('b1'),
      name: '水平衡',
      type: 'water',
    });
    const streams = [
      balanceStreamSchema.parse({
        ...storedRow('i'),
        studyId: 'b1',
        direction: 'in',
        quantity: 1000,
        unit: 't',
      }),
      balanceStreamSchema.parse({
        ...storedRow('o'),
        studyId: 'b1',
        direction: 'out',
        category: 'product',
        quantity: 960,
        unit: 't',
      }),
    ];
    expect(
      auditChecks(input({ balanceStudies: [study], balanceStreams: streams })),
    ).toEqual([]);
  });

  it('flag a stage marked done while a required step is still open', () => {
    const steps = [
      step(1, 1, 'done'),
      step(2, 1, 'in-progress'),
      step(3, 1, 'not-applicable'),
      step(4, 1, 'done'),
    ];
    const findings = auditChecks(input({ steps, completedStages: [1] }));
    expect(findingsForStage(findings, 1)).toEqual([
      expect.objectContaining({
        code: 'stage-done-with-open-steps',
        values: { count: 1, steps: '2' },
      }),
    ]);
  });
});
