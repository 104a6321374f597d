import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listRows } from '@renderer/db/repositories/audit-rows';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import { AUDIT_ROW_TABLES } from '@shared/model/audit-rows';
import { testContext } from '../../../fixtures/repo-context';

async function rowCounts(ctx: ReturnType<typeof testContext>) {
  const counts: Record<string, number> = {};
  for (const table of AUDIT_ROW_TABLES) {
    counts[table] = (await listRows(ctx, table, DEMO_AUDIT_ID)).length;
  }
  return counts;
}

describe('opening the demo snapshot into the working tables', () => {
  it('writes every row of every working table of the snapshot', async () => {
    const ctx = testContext();
    const snapshot = demoSnapshot();
    await openSnapshot(ctx, snapshot);

    const expected = Object.fromEntries(
      AUDIT_ROW_TABLES.map((table) => [table, snapshot[table].length]),
    );
    expect(await rowCounts(ctx)).toEqual(expected);
    expect(await ctx.db.teamMembers.get('demo-team-01')).toEqual(
      snapshot.teamMembers[0],
    );
  });

  it('opens the option register with its 40 options and 8 feasibility studies', async () => {
    const ctx = testContext();
    await openSnapshot(ctx, demoSnapshot());

    const counts = await rowCounts(ctx);
    expect(counts.options).toBe(40);
    expect(counts.feasibilityStudies).toBe(8);
    expect(await ctx.db.options.where('code').equals('Z6').count()).toBe(1);
  });

  it('logs each row it writes under the demo audit', async () => {
    const ctx = testContext();
    const snapshot = demoSnapshot();
    await openSnapshot(ctx, snapshot);

    const rows = AUDIT_ROW_TABLES.reduce(
      (sum, table) => sum + snapshot[table].length,
      0,
    );
    const logged = await ctx.db.changes
      .where('auditId')
      .equals(DEMO_AUDIT_ID)
      .count();
    // The audit's own entry plus one per row; the company has no audit.
    expect(logged).toBe(rows + 1);
  });

  it('adds no rows when the demo is opened a second time', async () => {
    const ctx = testContext();
    await openSnapshot(ctx, demoSnapshot());
    const first = await rowCounts(ctx);
    await openSnapshot(ctx, demoSnapshot());

    expect(await rowCounts(ctx)).toEqual(first);
  });

  it('writes nothing when a row of the snapshot cannot be stored', async () => {
    const ctx = testContext();
    const snapshot = demoSnapshot();
    // Valid by the schema, but its id is taken, so the very last insert
    // fails after every other row was written.
    const [cause] = snapshot.wasteCauses;
    const clash = { ...cause!, description: '重复的原因' };
    const broken = {
      ...snapshot,
      wasteCauses: [...snapshot.wasteCauses, clash],
    };

    await expect(openSnapshot(ctx, broken)).rejects.toMatchObject({
      code: 'db-failed',
    });
    expect(await ctx.db.audits.count()).toBe(0);
    expect(await ctx.db.teamMembers.count()).toBe(0);
    expect(await ctx.db.changes.count()).toBe(0);
  });
});
