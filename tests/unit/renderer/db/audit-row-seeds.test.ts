import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  chooseFocus,
  seedFocusFactors,
  seedStageSteps,
  seedWorkPlan,
} from '@renderer/db/repositories/audit-row-seeds';
import { addRows, listRows } from '@renderer/db/repositories/audit-rows';
import { SIMPLIFIED_PROCEDURE } from '@shared/reference/steps';
import { AUDIT_ID, contextWithAudit } from '../../../fixtures/audit-rows';

describe('seeding the step list', () => {
  it('creates one not-started step per step of the full procedure: 35', async () => {
    const ctx = await contextWithAudit();
    const steps = await seedStageSteps(ctx, AUDIT_ID, 'full');

    expect(steps).toHaveLength(35);
    expect(steps.map((s) => s.stepCode)).toEqual(
      Array.from({ length: 35 }, (_, i) => i + 1),
    );
    expect(new Set(steps.map((s) => s.status))).toEqual(
      new Set(['not-started']),
    );
  });

  it('creates only the steps of the simplified procedure', async () => {
    const ctx = await contextWithAudit({ procedure: 'simplified' });
    const steps = await seedStageSteps(ctx, AUDIT_ID, 'simplified');

    expect(steps.map((s) => s.stepCode)).toEqual(
      SIMPLIFIED_PROCEDURE.stepCodes,
    );
    expect(steps.length).toBeLessThan(35);
  });

  it('adds nothing when the audit already has steps', async () => {
    const ctx = await contextWithAudit();
    await seedStageSteps(ctx, AUDIT_ID, 'full');

    expect(await seedStageSteps(ctx, AUDIT_ID, 'full')).toEqual([]);
    expect(await ctx.db.stageSteps.count()).toBe(35);
  });
});

describe('seeding the work plan', () => {
  it('fills WS 1-2 with its nine rows, stages and reports in order', async () => {
    const ctx = await contextWithAudit();
    await seedWorkPlan(ctx, AUDIT_ID);

    const rows = await listRows(ctx, 'workPlanItems', AUDIT_ID);
    expect(rows.map((row) => row.stageLabel)).toEqual([
      '筹划和组织',
      '预评估',
      '评估',
      '方案产生和筛选',
      '中期审核报告',
      '可行性分析',
      '方案实施',
      '持续清洁生产',
      '清洁生产审核报告',
    ]);
    expect(rows[0]?.tasks).toBe(
      '取得领导支持；组建审核小组；制定审核工作计划；开展宣传教育',
    );
  });
});

describe('the focus', () => {
  it('seeds the seven default focus factors with their weights', async () => {
    const ctx = await contextWithAudit();
    const factors = await seedFocusFactors(ctx, AUDIT_ID);

    expect(factors.map((f) => f.weight)).toEqual([10, 8, 8, 8, 5, 2, 2]);
  });

  it('keeps one chosen candidate per audit when another is chosen', async () => {
    const ctx = await contextWithAudit();
    const [first, second] = await addRows(ctx, 'focusCandidates', AUDIT_ID, [
      { name: '电镀线', chosen: true },
      { name: '压合工序' },
    ]);

    await chooseFocus(ctx, AUDIT_ID, second?.id ?? '');

    const rows = await listRows(ctx, 'focusCandidates', AUDIT_ID);
    expect(rows.map((r) => [r.id, r.chosen])).toEqual([
      [first?.id, false],
      [second?.id, true],
    ]);
  });
});
