import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCompany } from '@renderer/db/repositories/companies';
import { insertRows } from '@renderer/db/repositories/audit-rows';
import { schemaVersions } from '@renderer/db/versions';
import { demoCompany } from '@shared/demo/demo-audit';
import { AUDIT_ID, contextWithAudit } from '../../../fixtures/audit-rows';
import { testContext } from '../../../fixtures/repo-context';

/**
 * The middleware that marks a cached audit summary out of date: every
 * change-log entry of an audit leaves a bare row stamped with the entry's
 * id, in the write's own transaction.
 */
describe('summary stamps', () => {
  it('stamps the audit with its latest change when its rows are written', async () => {
    const ctx = await contextWithAudit();
    await insertRows(ctx, 'teamMembers', AUDIT_ID, [
      { name: '甲' },
      { name: '乙' },
    ]);
    const changes = await ctx.db.changes
      .where('auditId')
      .equals(AUDIT_ID)
      .toArray();
    const latest = changes.reduce((a, b) => (a.id > b.id ? a : b));
    expect(await ctx.db.auditSummaries.toArray()).toEqual([
      { auditId: AUDIT_ID, stamp: latest.id },
    ]);
  });

  it('leaves no row for a change of no audit, such as a company', async () => {
    const ctx = testContext();
    await createCompany(ctx, demoCompany());
    expect(await ctx.db.changes.count()).toBe(1);
    expect(await ctx.db.auditSummaries.count()).toBe(0);
  });

  it('does nothing on a database older than version 6', async () => {
    const ctx = testContext({
      versions: schemaVersions.filter((v) => v.version < 6),
    });
    await createCompany(ctx, demoCompany());
    expect(await ctx.db.changes.count()).toBe(1);
    expect(ctx.db.tables.map((t) => t.name)).not.toContain('auditSummaries');
  });
});
