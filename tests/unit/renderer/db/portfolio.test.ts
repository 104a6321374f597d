import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  acceptanceByAudit,
  addPlanTarget,
  deletePlanTarget,
  loadPortfolio,
  recordAcceptance,
} from '@renderer/db/repositories/portfolio';
import { AUDIT_ID, contextWithAudit } from '../../../fixtures/audit-rows';

describe('portfolio repository', () => {
  it('adds a plan target and logs it in the change log', async () => {
    const ctx = await contextWithAudit();
    const target = await addPlanTarget(ctx, {
      indicator: 'companiesAudited',
      fromYear: 2026,
      toYear: 2030,
      target: 50,
      note: '',
    });
    expect(await ctx.db.planTargets.get(target.id)).toEqual(target);
    const logged = await ctx.db.changes
      .where('[table+recordId]')
      .equals(['planTargets', target.id])
      .toArray();
    expect(logged.map((c) => [c.op, c.revision, c.auditId])).toEqual([
      ['create', 1, null],
    ]);
  });

  it('refuses a target whose period ends before it starts, writing nothing', async () => {
    const ctx = await contextWithAudit();
    await expect(
      addPlanTarget(ctx, {
        indicator: 'companiesAudited',
        fromYear: 2030,
        toYear: 2026,
        target: 50,
        note: '',
      }),
    ).rejects.toThrow();
    expect(await ctx.db.planTargets.count()).toBe(0);
  });

  it('moves a deleted target to the bin so it no longer loads', async () => {
    const ctx = await contextWithAudit();
    const target = await addPlanTarget(ctx, {
      indicator: 'energySavedTce',
      fromYear: 2026,
      toYear: 2026,
      target: 1000,
      note: '',
    });
    const deleted = await deletePlanTarget(ctx, target.id);
    expect(deleted.revision).toBe(2);
    expect((await loadPortfolio(ctx.db)).targets).toEqual([]);
  });

  it('records an acceptance date and finds the latest per audit', async () => {
    const ctx = await contextWithAudit();
    await recordAcceptance(ctx, AUDIT_ID, '2026-03-01');
    await recordAcceptance(ctx, AUDIT_ID, '2026-09-15');
    const { reviews } = await loadPortfolio(ctx.db);
    expect(acceptanceByAudit(reviews).get(AUDIT_ID)?.passedOn).toBe(
      '2026-09-15',
    );
  });

  it('loads live audits with their options and whether a step has begun', async () => {
    const ctx = await contextWithAudit({
      listPublishedOn: '2026-03-16',
      auditType: 'mandatory',
    });
    const first = await loadPortfolio(ctx.db);
    expect(first.audits.map((a) => a.id)).toEqual([AUDIT_ID]);
    expect(first.startedAuditIds.has(AUDIT_ID)).toBe(false);

    // The audit was opened with no steps; one that has begun arrives.
    await ctx.db.stageSteps.add(stepStarted());
    const second = await loadPortfolio(ctx.db);
    expect(second.startedAuditIds.has(AUDIT_ID)).toBe(true);
  });
});

function stepStarted() {
  return {
    id: 'step-1',
    auditId: AUDIT_ID,
    sortIndex: 1,
    createdAt: '2026-04-01T08:00:00.000Z',
    updatedAt: '2026-04-01T08:00:00.000Z',
    revision: 1,
    deletedAt: null,
    stepCode: 1,
    stageCode: 1,
    status: 'in-progress',
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    responsible: '',
    notes: '',
  } as never;
}
