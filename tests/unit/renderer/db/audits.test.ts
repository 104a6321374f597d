import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyCompanyFields } from '@renderer/db/repositories/companies';
import {
  basicAuditFields,
  createAudit,
  deleteAudit,
  getAudit,
  listAudits,
  renameAudit,
  restoreAudit,
  updateAudit,
} from '@renderer/db/repositories/audits';
import { RepositoryError } from '@renderer/db/errors';
import { testContext } from '../../../fixtures/repo-context';

const input = {
  company: { fields: emptyCompanyFields('佛山市美琪五金制品有限公司') },
  audit: basicAuditFields('2026 年度审核', 'voluntary', '2026-05-01'),
};

describe('audit repository', () => {
  it('creates an audit and its company at revision 1 with both logged', async () => {
    const ctx = testContext();
    const audit = await createAudit(ctx, input);

    expect(audit.revision).toBe(1);
    expect(audit.createdAt).toBe(audit.updatedAt);
    expect(audit.leadAgency).toBe('industry-it');
    expect(audit.baseYear).toBe(2025);
    const company = await ctx.db.companies.get(audit.companyId);
    expect(company?.name).toBe('佛山市美琪五金制品有限公司');
    const changes = await ctx.db.changes.orderBy('at').toArray();
    const ownChanges = changes.filter(
      (c) => c.table === 'audits' || c.table === 'companies',
    );
    expect(ownChanges.map((c) => [c.table, c.op, c.revision])).toEqual([
      ['companies', 'create', 1],
      ['audits', 'create', 1],
    ]);
  });

  it('seeds the 35 steps, the nine work-plan rows and the focus factors with the audit', async () => {
    const ctx = testContext();
    const audit = await createAudit(ctx, input);

    const count = (table: 'stageSteps' | 'workPlanItems' | 'focusFactors') =>
      ctx.db.table(table).where('auditId').equals(audit.id).count();
    expect([
      await count('stageSteps'),
      await count('workPlanItems'),
      await count('focusFactors'),
    ]).toEqual([35, 9, 7]);
  });

  it('reuses an existing company for a second audit', async () => {
    const ctx = testContext();
    const first = await createAudit(ctx, input);
    const second = await createAudit(ctx, {
      audit: { ...input.audit, title: '第二轮', round: 2 },
      company: { id: first.companyId },
    });

    expect(second.companyId).toBe(first.companyId);
    expect(await ctx.db.companies.count()).toBe(1);
  });

  it('bumps revision and updatedAt on rename and logs the update', async () => {
    const ctx = testContext();
    const audit = await createAudit(ctx, input);
    ctx.advance(60_000);
    const renamed = await renameAudit(ctx, audit.id, '新名称');

    expect(renamed.title).toBe('新名称');
    expect(renamed.revision).toBe(2);
    expect(renamed.createdAt).toBe(audit.createdAt);
    expect(Date.parse(renamed.updatedAt)).toBeGreaterThan(
      Date.parse(audit.updatedAt),
    );
    const log = await ctx.db.changes
      .where('[table+recordId]')
      .equals(['audits', audit.id])
      .toArray();
    expect(log.map((c) => [c.op, c.revision])).toEqual([
      ['create', 1],
      ['update', 2],
    ]);
  });

  it('refuses an update that breaks the schema and leaves the record unchanged', async () => {
    const ctx = testContext();
    const audit = await createAudit(ctx, input);

    await expect(
      updateAudit(ctx, audit.id, { round: 0 }),
    ).rejects.toBeInstanceOf(RepositoryError);
    const changesBefore = await ctx.db.changes.count();
    await expect(
      updateAudit(ctx, audit.id, { round: -1 }),
    ).rejects.toBeInstanceOf(RepositoryError);
    const stored = await ctx.db.audits.get(audit.id);
    expect(stored).toEqual(audit);
    expect(await ctx.db.changes.count()).toBe(changesBefore);
  });

  it('hides a deleted audit from the list and brings it back on restore', async () => {
    const ctx = testContext();
    const audit = await createAudit(ctx, input);
    await deleteAudit(ctx, audit.id);

    expect(await listAudits(ctx)).toEqual([]);
    expect(await getAudit(ctx, audit.id)).toBeNull();
    const restored = await restoreAudit(ctx, audit.id);
    expect(restored.deletedAt).toBeNull();
    expect(restored.revision).toBe(3);
    expect((await listAudits(ctx)).map((a) => a.title)).toEqual([
      '2026 年度审核',
    ]);
  });

  it('lists audits newest change first with their company names', async () => {
    const ctx = testContext();
    const older = await createAudit(ctx, input);
    await createAudit(ctx, {
      audit: { ...input.audit, title: '较新' },
      company: { fields: emptyCompanyFields('汕头某纺织公司') },
    });
    await renameAudit(ctx, older.id, '最新修改');

    const list = await listAudits(ctx);
    expect(list.map((a) => [a.title, a.companyName])).toEqual([
      ['最新修改', '佛山市美琪五金制品有限公司'],
      ['较新', '汕头某纺织公司'],
    ]);
  });

  it('reports a missing record as not-found', async () => {
    const ctx = testContext();
    await expect(renameAudit(ctx, 'nope', 'x')).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
