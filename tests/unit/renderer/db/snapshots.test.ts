import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import { deleteAudit, listAudits } from '@renderer/db/repositories/audits';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import { testContext } from '../../../fixtures/repo-context';

describe('opening the demo snapshot', () => {
  it('creates the demo audit once and finds it the second time', async () => {
    const ctx = testContext();
    expect(await openSnapshot(ctx, demoSnapshot())).toBe('created');
    expect(await openSnapshot(ctx, demoSnapshot())).toBe('existing');

    const list = await listAudits(ctx);
    expect(list.map((a) => a.id)).toEqual([DEMO_AUDIT_ID]);
    expect(await ctx.db.companies.count()).toBe(1);
  });

  it('restores a deleted demo audit instead of adding a copy', async () => {
    const ctx = testContext();
    await openSnapshot(ctx, demoSnapshot());
    await deleteAudit(ctx, DEMO_AUDIT_ID);

    expect(await openSnapshot(ctx, demoSnapshot())).toBe('restored');
    expect(await ctx.db.audits.count()).toBe(1);
    expect((await listAudits(ctx)).length).toBe(1);
  });
});
