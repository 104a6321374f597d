import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addRow,
  addRows,
  AuditRowInvalidError,
  listRows,
  moveRow,
  removeRow,
  restoreRow,
  updateRow,
} from '@renderer/db/repositories/audit-rows';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import { demoAudit, demoCompany } from '@shared/demo/demo-audit';
import type { TestContext } from '../../../fixtures/repo-context';
import {
  AUDIT_ID,
  contextWithAudit,
  teamMemberFields,
} from '../../../fixtures/audit-rows';

async function rowChanges(ctx: TestContext, table: string) {
  const all = await ctx.db.changes.orderBy('at').toArray();
  return all.filter((change) => change.table === table);
}

async function names(ctx: TestContext): Promise<string[]> {
  const rows = await listRows(ctx, 'teamMembers', AUDIT_ID);
  return rows.map((row) => row.name);
}

async function addTeam(ctx: TestContext, ...people: string[]) {
  return addRows(
    ctx,
    'teamMembers',
    AUDIT_ID,
    people.map((name) => teamMemberFields({ name })),
  );
}

describe('adding rows', () => {
  it('adds a row at revision 1 after the last one and logs it under the audit', async () => {
    const ctx = await contextWithAudit();
    await addTeam(ctx, '张三');
    const row = await addRow(ctx, 'teamMembers', AUDIT_ID, { name: '李四' });

    expect(row).toMatchObject({
      auditId: AUDIT_ID,
      sortIndex: 2,
      revision: 1,
      deletedAt: null,
      group: 'working',
      phone: '',
    });
    const log = await rowChanges(ctx, 'teamMembers');
    expect(log.at(-1)).toMatchObject({
      recordId: row.id,
      auditId: AUDIT_ID,
      op: 'create',
      revision: 1,
    });
  });

  it('refuses a row that breaks its schema, naming the field, and writes nothing', async () => {
    const ctx = await contextWithAudit();
    const before = await ctx.db.changes.count();

    const error = await addRow(ctx, 'wasteStreams', AUDIT_ID, {
      medium: 'hazardous',
      hwCode: 'HW51',
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AuditRowInvalidError);
    expect((error as AuditRowInvalidError).issues.map((i) => i.path)).toEqual([
      'hwCode',
    ]);
    expect(await ctx.db.wasteStreams.count()).toBe(0);
    expect(await ctx.db.changes.count()).toBe(before);
  });

  it('reports not-found for an audit that is not in the database', async () => {
    const ctx = await contextWithAudit();
    await expect(
      addRow(ctx, 'teamMembers', 'no-such-audit', teamMemberFields()),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('writes a pasted block in the order given, numbered after the last row', async () => {
    const ctx = await contextWithAudit();
    await addTeam(ctx, '张三');
    const block = await addTeam(ctx, '李四', '王五', '赵六');

    expect(block.map((row) => row.sortIndex)).toEqual([2, 3, 4]);
    expect(await names(ctx)).toEqual(['张三', '李四', '王五', '赵六']);
  });

  it('writes nothing from a pasted block when one row is invalid, and says which', async () => {
    const ctx = await contextWithAudit();
    const before = await ctx.db.changes.count();

    const error = await addRows(ctx, 'trainingEvents', AUDIT_ID, [
      { topic: '启动会', headcount: 30 },
      { topic: '基础培训', headcount: -5 },
      { topic: '专项培训', headcount: 40 },
    ]).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'row-invalid', rowIndex: 1 });
    expect(await ctx.db.trainingEvents.count()).toBe(0);
    expect(await ctx.db.changes.count()).toBe(before);
  });
});

describe('listing rows', () => {
  it('lists only the live rows of the one audit, in sortIndex order', async () => {
    const ctx = await contextWithAudit();
    await openSnapshot(ctx, {
      formatVersion: 1,
      audit: demoAudit({ id: 'other-audit' }),
      company: demoCompany(),
    });
    const [first] = await addTeam(ctx, '张三', '李四');
    await addRow(ctx, 'teamMembers', 'other-audit', teamMemberFields());
    await removeRow(ctx, 'teamMembers', first?.id ?? '');

    expect(await names(ctx)).toEqual(['李四']);
  });
});

describe('updating rows', () => {
  it('bumps revision and updatedAt and logs the update', async () => {
    const ctx = await contextWithAudit();
    const [row] = await addTeam(ctx, '张三');
    ctx.advance(60_000);
    const updated = await updateRow(ctx, 'teamMembers', row?.id ?? '', {
      phone: '0769-0000 0000',
    });

    expect(updated.phone).toBe('0769-0000 0000');
    expect(updated.revision).toBe(2);
    expect(updated.createdAt).toBe(row?.createdAt);
    expect(updated.updatedAt > (row?.updatedAt ?? '')).toBe(true);
    const log = await rowChanges(ctx, 'teamMembers');
    expect(log.map((c) => [c.op, c.revision, c.auditId])).toEqual([
      ['create', 1, AUDIT_ID],
      ['update', 2, AUDIT_ID],
    ]);
  });

  it('keeps both of two quick nested edits given as functions of the stored row', async () => {
    const ctx = await contextWithAudit();
    const option = await addRow(ctx, 'options', AUDIT_ID, {
      code: 'F1',
      name: '化学品领用登记',
      primaryAspect: 'A7',
    });
    // Two ticks set before the page re-renders: both start from the same
    // rendered option, but each patch is built from the row as stored.
    await Promise.all(
      (['technical', 'economic'] as const).map((tick) =>
        updateRow(ctx, 'options', option.id, (current) => ({
          screening: {
            ...current.screening,
            ticks: { ...current.screening.ticks, [tick]: 'pass' },
          },
        })),
      ),
    );
    const stored = await ctx.db.options.get(option.id);
    expect(stored?.screening.ticks).toMatchObject({
      technical: 'pass',
      economic: 'pass',
    });
    expect(stored?.revision).toBe(3);
  });

  it('keeps the owner and position when a patch tries to change them', async () => {
    const ctx = await contextWithAudit();
    const [row] = await addTeam(ctx, '张三');
    const patch = { name: '李四', auditId: 'elsewhere', sortIndex: 99 };
    const updated = await updateRow(ctx, 'teamMembers', row?.id ?? '', patch);

    expect(updated).toMatchObject({
      name: '李四',
      auditId: AUDIT_ID,
      sortIndex: 1,
    });
  });

  it('refuses an invalid patch and leaves the row as it was', async () => {
    const ctx = await contextWithAudit();
    const [row] = await addTeam(ctx, '张三');

    await expect(
      updateRow(ctx, 'teamMembers', row?.id ?? '', { group: 'board' as never }),
    ).rejects.toBeInstanceOf(AuditRowInvalidError);
    expect(await ctx.db.teamMembers.get(row?.id ?? '')).toEqual(row);
  });

  it('treats a row in the bin as not found', async () => {
    const ctx = await contextWithAudit();
    const [row] = await addTeam(ctx, '张三');
    await removeRow(ctx, 'teamMembers', row?.id ?? '');

    await expect(
      updateRow(ctx, 'teamMembers', row?.id ?? '', { name: '李四' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('removing and restoring rows', () => {
  it('brings a removed row back in its old place with a logged restore', async () => {
    const ctx = await contextWithAudit();
    const [, middle] = await addTeam(ctx, '张三', '李四', '王五');
    const id = middle?.id ?? '';

    const removed = await removeRow(ctx, 'teamMembers', id);
    expect(removed.deletedAt).not.toBeNull();
    expect(await names(ctx)).toEqual(['张三', '王五']);

    const restored = await restoreRow(ctx, 'teamMembers', id);
    expect(restored).toMatchObject({ deletedAt: null, revision: 3 });
    expect(await names(ctx)).toEqual(['张三', '李四', '王五']);
    const log = await rowChanges(ctx, 'teamMembers');
    expect(log.slice(-2).map((c) => c.op)).toEqual(['delete', 'restore']);
  });

  it('leaves a row already in the bin unchanged when it is removed again', async () => {
    const ctx = await contextWithAudit();
    const [row] = await addTeam(ctx, '张三');
    const first = await removeRow(ctx, 'teamMembers', row?.id ?? '');
    const second = await removeRow(ctx, 'teamMembers', row?.id ?? '');

    expect(second).toEqual(first);
  });
});

describe('moving rows', () => {
  it('puts a row before another by rewriting that row alone', async () => {
    const ctx = await contextWithAudit();
    const [first, , third] = await addTeam(ctx, '张三', '李四', '王五');
    const before = await ctx.db.changes.count();

    await moveRow(ctx, 'teamMembers', third?.id ?? '', first?.id ?? '');

    expect(await names(ctx)).toEqual(['王五', '张三', '李四']);
    expect(await ctx.db.changes.count()).toBe(before + 1);
  });

  it('puts a row last when no row is named', async () => {
    const ctx = await contextWithAudit();
    const [first] = await addTeam(ctx, '张三', '李四', '王五');

    await moveRow(ctx, 'teamMembers', first?.id ?? '', null);

    expect(await names(ctx)).toEqual(['李四', '王五', '张三']);
  });

  it('writes nothing when the row is already in the asked place', async () => {
    const ctx = await contextWithAudit();
    const [first, second] = await addTeam(ctx, '张三', '李四');
    const before = await ctx.db.changes.count();

    const moved = await moveRow(
      ctx,
      'teamMembers',
      first?.id ?? '',
      second?.id ?? '',
    );

    expect(moved.revision).toBe(1);
    expect(await ctx.db.changes.count()).toBe(before);
  });

  it('renumbers the list once repeated moves leave no room between two rows', async () => {
    const ctx = await contextWithAudit();
    const [, b, c] = await addTeam(ctx, '张三', '李四', '王五');
    const ids = [b?.id ?? '', c?.id ?? ''];
    let renumbered = false;

    // Each move halves the gap after the first row, until none is left.
    for (let n = 0; n < 80; n += 1) {
      const [mover, target] = n % 2 === 0 ? [ids[1], ids[0]] : [ids[0], ids[1]];
      await moveRow(ctx, 'teamMembers', mover ?? '', target ?? '');
      const rows = await listRows(ctx, 'teamMembers', AUDIT_ID);
      expect(rows[1]?.id).toBe(mover);
      if (rows.map((r) => r.sortIndex).join() === '1,2,3') renumbered = true;
    }

    expect(renumbered).toBe(true);
  });
});
