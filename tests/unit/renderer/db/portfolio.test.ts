import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  acceptanceByAudit,
  addPlanTarget,
  deletePlanTarget,
  fillSummaryCache,
  loadPortfolio,
  recordAcceptance,
  saveSummaries,
} from '@renderer/db/repositories/portfolio';
import { insertRows } from '@renderer/db/repositories/audit-rows';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import { demoAudit, demoCompany } from '@shared/demo/demo-audit';
import {
  COEFFICIENT_SETS,
  DEFAULT_ENERGY_ACCOUNTING,
} from '@shared/reference/coefficients';
import { AUDIT_ID, contextWithAudit } from '../../../fixtures/audit-rows';
import type { TestContext } from '../../../fixtures/repo-context';

const ACCOUNTING = {
  coefficientSet: COEFFICIENT_SETS[DEFAULT_ENERGY_ACCOUNTING.coefficientSetId],
  electricityBasis: 'calorific' as const,
};

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
    expect((await loadPortfolio(ctx.db, ACCOUNTING)).targets).toEqual([]);
  });

  it('records an acceptance date and finds the latest per audit', async () => {
    const ctx = await contextWithAudit();
    await recordAcceptance(ctx, AUDIT_ID, '2026-03-01');
    await recordAcceptance(ctx, AUDIT_ID, '2026-09-15');
    const { reviews } = await loadPortfolio(ctx.db, ACCOUNTING);
    expect(acceptanceByAudit(reviews).get(AUDIT_ID)?.passedOn).toBe(
      '2026-09-15',
    );
  });

  it('loads live audits with their options and whether a step has begun', async () => {
    const ctx = await contextWithAudit({
      listPublishedOn: '2026-03-16',
      auditType: 'mandatory',
    });
    const first = await loadPortfolio(ctx.db, ACCOUNTING);
    expect(first.audits.map((a) => a.id)).toEqual([AUDIT_ID]);
    expect(first.startedAuditIds.has(AUDIT_ID)).toBe(false);

    // The audit was opened with no steps; one that has begun arrives.
    await ctx.db.stageSteps.add(stepStarted());
    const second = await loadPortfolio(ctx.db, ACCOUNTING);
    expect(second.startedAuditIds.has(AUDIT_ID)).toBe(true);
  });
});

describe('summary cache', () => {
  it('computes a summary for an audit it has not seen and keeps it', async () => {
    const ctx = await contextWithAudit();
    const first = await loadPortfolio(ctx.db, ACCOUNTING);
    expect(first.recomputed.map((entry) => entry.auditId)).toEqual([AUDIT_ID]);
    expect(first.summaries.get(AUDIT_ID)?.optionCounts.total).toBe(0);
    await saveSummaries(ctx.db, first.recomputed);

    const second = await loadPortfolio(ctx.db, ACCOUNTING);
    expect(second.recomputed).toEqual([]);
    expect(second.summaries.get(AUDIT_ID)?.optionCounts.total).toBe(0);
  });

  it('computes an audit again after one of its options is written', async () => {
    const ctx = await contextWithAudit();
    await saveSummaries(
      ctx.db,
      (await loadPortfolio(ctx.db, ACCOUNTING)).recomputed,
    );
    await addOption(ctx);
    const stamped = await ctx.db.auditSummaries.get(AUDIT_ID);
    expect(stamped?.computed).toBeUndefined();
    const [last] = await ctx.db.changes.orderBy('at').reverse().toArray();
    expect(stamped?.stamp).toBe(last?.id);

    const after = await loadPortfolio(ctx.db, ACCOUNTING);
    expect(after.recomputed.map((entry) => entry.auditId)).toEqual([AUDIT_ID]);
    const summary = after.summaries.get(AUDIT_ID);
    expect(summary?.optionCounts.total).toBe(1);
    expect(summary?.estimated.savings.electricityKwh).toBe(10_000);
  });

  it('keeps no summary of an audit written to while it was computed', async () => {
    const ctx = await contextWithAudit();
    const read = await loadPortfolio(ctx.db, ACCOUNTING);
    await addOption(ctx);
    expect(await saveSummaries(ctx.db, read.recomputed)).toBe(0);

    const next = await loadPortfolio(ctx.db, ACCOUNTING);
    expect(next.summaries.get(AUDIT_ID)?.optionCounts.total).toBe(1);
    expect(await saveSummaries(ctx.db, next.recomputed)).toBe(1);
    expect((await loadPortfolio(ctx.db, ACCOUNTING)).recomputed).toEqual([]);
  });

  it('fills the cache a batch of audits at a time', async () => {
    const ctx = await contextWithAudit();
    const second = demoAudit({ id: 'second-audit' });
    await openSnapshot(ctx, {
      formatVersion: 1,
      audit: second,
      company: demoCompany(),
    });
    await addOption(ctx);
    expect(await fillSummaryCache(ctx.db, ACCOUNTING, 1)).toEqual({
      kept: 1,
      remaining: 1,
    });
    expect(await fillSummaryCache(ctx.db, ACCOUNTING, 1)).toEqual({
      kept: 1,
      remaining: 0,
    });
    const read = await loadPortfolio(ctx.db, ACCOUNTING);
    expect(read.recomputed).toEqual([]);
    expect(read.summaries.get(AUDIT_ID)?.optionCounts.total).toBe(1);
    expect(await fillSummaryCache(ctx.db, ACCOUNTING, 1)).toEqual({
      kept: 0,
      remaining: 0,
    });
  });

  it('computes again when the electricity basis differs from the cached one', async () => {
    const ctx = await contextWithAudit();
    await saveSummaries(
      ctx.db,
      (await loadPortfolio(ctx.db, ACCOUNTING)).recomputed,
    );
    const other = { ...ACCOUNTING, electricityBasis: 'equivalent' as const };
    expect((await loadPortfolio(ctx.db, other)).recomputed).toHaveLength(1);
  });

  it('computes again when a factor of the same coefficient set is corrected', async () => {
    const ctx = await contextWithAudit();
    await saveSummaries(
      ctx.db,
      (await loadPortfolio(ctx.db, ACCOUNTING)).recomputed,
    );
    const set = ACCOUNTING.coefficientSet;
    const corrected = {
      ...ACCOUNTING,
      coefficientSet: {
        ...set,
        coefficients: { ...set.coefficients, rawCoal: { kgcePerUnit: 0.7 } },
      },
    };
    expect((await loadPortfolio(ctx.db, corrected)).recomputed).toHaveLength(1);
    expect((await loadPortfolio(ctx.db, ACCOUNTING)).recomputed).toEqual([]);
  });
});

function addOption(ctx: TestContext) {
  return insertRows(ctx, 'options', AUDIT_ID, [
    {
      code: 'F1',
      name: '空压机加装变频',
      primaryAspect: 'A3',
      investmentWanYuan: 3,
      environmentalEffects: [
        { parameter: 'electricity', quantity: 10_000, unit: 'kWh' },
      ],
    },
  ]);
}

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
