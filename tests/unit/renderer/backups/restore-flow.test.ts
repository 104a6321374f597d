import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { AuditDatabase } from '@renderer/db/database';
import { takeSnapshot } from '@renderer/db/backup/take';
import { deleteAudit, getAudit } from '@renderer/db/repositories/audits';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import { schemaVersions } from '@renderer/db/versions';
import {
  checkBackupFile,
  restoreWithSafetyCopy,
  type KeepSnapshot,
} from '@renderer/features/backups/restore';
import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import { testContext } from '../../../fixtures/repo-context';

const deps = {
  appVersion: '0.1.0',
  now: () => new Date('2026-12-04T08:00:00.000Z'),
  versions: schemaVersions,
};

async function tableSizes(db: AuditDatabase) {
  const sizes: Record<string, number> = {};
  for (const table of db.tables) sizes[table.name] = await table.count();
  return sizes;
}

/** The demo audit, a backup taken of it, and then the audit deleted. */
async function deletedAfterBackup() {
  const ctx = testContext();
  await openSnapshot(ctx, demoSnapshot());
  const backup = await takeSnapshot(ctx.db, {
    appVersion: deps.appVersion,
    now: new Date('2026-12-01T08:00:00.000Z'),
  });
  await deleteAudit(ctx, DEMO_AUDIT_ID);
  // Emptying the bin: the record itself is gone.
  await ctx.db.audits.delete(DEMO_AUDIT_ID);
  const checked = checkBackupFile(backup, ctx.db);
  if (!checked.ok) throw new Error(checked.code);
  return { ctx, checked: checked.value };
}

describe('restoring a backup', () => {
  it('brings back an audit deleted after the backup was taken', async () => {
    const { ctx, checked } = await deletedAfterBackup();
    expect(await getAudit(ctx, DEMO_AUDIT_ID)).toBeNull();
    const keep: KeepSnapshot = async () => ({
      ok: true,
      value: { fileName: 'before.zip' },
    });

    const result = await restoreWithSafetyCopy(ctx.db, checked, keep, deps);

    expect(result).toEqual({ ok: true, value: { safetyCopy: 'before.zip' } });
    const restored = await getAudit(ctx, DEMO_AUDIT_ID);
    expect(restored?.audit.title).toBe(demoSnapshot().audit.title);
    expect(restored?.audit.deletedAt).toBeNull();
  });

  it('keeps a snapshot of the current state before changing anything', async () => {
    const { ctx, checked } = await deletedAfterBackup();
    const sizesBefore = await tableSizes(ctx.db);
    let keptBytes: Uint8Array | null = null;
    const keep = vi.fn<KeepSnapshot>(async (bytes) => {
      keptBytes = bytes;
      // Still the state before the restore when the copy is handed over.
      expect(await tableSizes(ctx.db)).toEqual(sizesBefore);
      return { ok: true, value: { fileName: 'before.zip' } };
    });

    await restoreWithSafetyCopy(ctx.db, checked, keep, deps);

    expect(keep).toHaveBeenCalledTimes(1);
    const copy = checkBackupFile(keptBytes!, ctx.db);
    if (!copy.ok) throw new Error(copy.code);
    // The copy holds the state without the audit, so the restore can be undone.
    expect(copy.value.preview.audits).toEqual([]);
    expect(copy.value.preview.createdAt).toBe('2026-12-04T08:00:00.000Z');
  });

  it('changes nothing when the current state cannot be kept', async () => {
    const { ctx, checked } = await deletedAfterBackup();
    const before = await tableSizes(ctx.db);
    const keep: KeepSnapshot = async () => ({ ok: false, code: 'disk-full' });

    const result = await restoreWithSafetyCopy(ctx.db, checked, keep, deps);

    expect(result).toEqual({ ok: false, code: 'disk-full' });
    expect(await tableSizes(ctx.db)).toEqual(before);
    expect(await getAudit(ctx, DEMO_AUDIT_ID)).toBeNull();
  });

  it('reports a full disk and leaves the database as it was when a write fails', async () => {
    const { ctx, checked } = await deletedAfterBackup();
    const before = await tableSizes(ctx.db);
    const keep: KeepSnapshot = async () => ({
      ok: true,
      value: { fileName: 'before.zip' },
    });
    vi.spyOn(ctx.db.table('options'), 'bulkAdd').mockRejectedValue(
      new DOMException('quota', 'QuotaExceededError'),
    );

    const result = await restoreWithSafetyCopy(ctx.db, checked, keep, deps);

    expect(result).toEqual({ ok: false, code: 'storage-full' });
    expect(await tableSizes(ctx.db)).toEqual(before);
    expect(await getAudit(ctx, DEMO_AUDIT_ID)).toBeNull();
  });
});
