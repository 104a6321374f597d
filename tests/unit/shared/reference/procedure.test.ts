import { describe, expect, it } from 'vitest';
import {
  DELIVERABLE_KEYS,
  DELIVERABLE_LABELS,
} from '@shared/reference/deliverables';
import {
  isStageCode,
  stageByCode,
  stageName,
  STAGE_CODES,
  STAGES,
} from '@shared/reference/stages';
import {
  isStepCode,
  SIMPLIFIED_PROCEDURE,
  stepByCode,
  STEPS,
  stepsForProcedure,
  stepsOfStage,
} from '@shared/reference/steps';

describe('stages', () => {
  it('numbers the seven stages 1 to 7 in procedure order', () => {
    expect(STAGES.map((stage) => stage.code)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives the classic names of the national manual', () => {
    expect(STAGE_CODES.map((code) => stageName(code, 'classic').zh)).toEqual([
      '筹划和组织',
      '预评估',
      '评估',
      '方案产生和筛选',
      '可行性分析',
      '方案实施',
      '持续清洁生产',
    ]);
  });

  it('gives the newer names for the same codes', () => {
    expect(STAGE_CODES.map((code) => stageName(code, 'newer').zh)).toEqual([
      '审核准备',
      '预审核',
      '审核',
      '实施方案的产生和筛选',
      '实施方案的确定',
      '方案实施',
      '编写审核报告/持续清洁生产',
    ]);
  });

  it('has an English name for every stage under both namings', () => {
    const englishNames = STAGES.flatMap((stage) => [
      stage.classic.en,
      stage.newer.en,
    ]);

    expect(englishNames.every((name) => name.length > 0)).toBe(true);
  });

  it('finds stages by stored code and rejects other numbers', () => {
    expect(stageByCode(3)?.classic.en).toBe('Assessment');
    expect(stageByCode(8)).toBeUndefined();
    expect(isStageCode(7)).toBe(true);
    expect(isStageCode('7')).toBe(false);
  });
});

describe('steps', () => {
  it('numbers the 35 steps 1 to 35 in procedure order', () => {
    expect(STEPS.map((step) => step.code)).toEqual(
      Array.from({ length: 35 }, (_, index) => index + 1),
    );
  });

  it('holds 4, 6, 5, 7, 5, 4 and 4 steps in stages 1 to 7', () => {
    expect(STAGE_CODES.map((code) => stepsOfStage(code).length)).toEqual([
      4, 6, 5, 7, 5, 4, 4,
    ]);
  });

  it('never goes back to an earlier stage', () => {
    const stages = STEPS.map((step) => step.stage);

    expect(stages).toEqual([...stages].sort((a, b) => a - b));
  });

  it('starts with management support and ends with the audit report', () => {
    expect(stepByCode(1)?.name.zh).toBe('取得领导支持');
    expect(stepByCode(8)?.name.zh).toBe('确定审核重点');
    expect(stepByCode(13)?.name.zh).toBe('建立物料平衡');
    expect(stepByCode(35)?.name.zh).toBe('编制清洁生产审核报告');
  });

  it('gives every step at least one labelled deliverable', () => {
    for (const step of STEPS) {
      expect(step.deliverables.length).toBeGreaterThan(0);
      for (const key of step.deliverables) {
        expect(DELIVERABLE_LABELS[key].zh).not.toBe('');
      }
    }
  });

  it('has every deliverable produced by some step', () => {
    const produced = new Set(STEPS.flatMap((step) => step.deliverables));

    expect(DELIVERABLE_KEYS.filter((key) => !produced.has(key))).toEqual([]);
  });

  it('assigns the key deliverables to their steps', () => {
    expect(stepByCode(2)?.deliverables).toEqual(['team']);
    expect(stepByCode(8)?.deliverables).toEqual(['focusScoring']);
    expect(stepByCode(13)?.deliverables).toEqual(['balance']);
    expect(stepByCode(14)?.deliverables).toEqual(['wasteCauses']);
    expect(stepByCode(34)?.deliverables).toEqual(['continuousPlan']);
  });

  it('requires every step of the full procedure except the market survey', () => {
    const optional = STEPS.filter((step) => !step.requiredInFull);

    expect(optional.map((step) => step.code)).toEqual([23]);
  });

  it('rejects codes outside 1 to 35', () => {
    expect(stepByCode(36)).toBeUndefined();
    expect(isStepCode(0)).toBe(false);
    expect(isStepCode(35)).toBe(true);
  });
});

describe('stepsForProcedure', () => {
  it('gives all 35 steps for the full procedure', () => {
    expect(stepsForProcedure('full')).toEqual(STEPS);
  });

  it('gives the steps the simplified template keeps, in order', () => {
    const codes = stepsForProcedure('simplified').map((step) => step.code);

    expect(codes).toEqual([...SIMPLIFIED_PROCEDURE.stepCodes]);
    expect(codes).toHaveLength(29);
    expect(codes).not.toContain(12);
    expect(codes).not.toContain(22);
  });

  it('keeps at least one step of every stage in the simplified template', () => {
    const stages = new Set(
      stepsForProcedure('simplified').map((step) => step.stage),
    );

    expect([...stages].sort((a, b) => a - b)).toEqual([...STAGE_CODES]);
  });

  it('adds and removes steps named in the overrides', () => {
    const codes = stepsForProcedure('simplified', {
      add: [22, 12],
      remove: [4],
    }).map((step) => step.code);

    expect(codes).toContain(12);
    expect(codes).toContain(22);
    expect(codes).not.toContain(4);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });

  it('leaves out a step that is both added and removed', () => {
    const codes = stepsForProcedure('full', { add: [23], remove: [23] }).map(
      (step) => step.code,
    );

    expect(codes).not.toContain(23);
    expect(codes).toHaveLength(34);
  });
});
