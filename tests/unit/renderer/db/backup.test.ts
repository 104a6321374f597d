import 'fake-indexeddb/auto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkBackup, restoreBackup } from '@renderer/db/backup/restore';
import { takeSnapshot } from '@renderer/db/backup/take';
import type { AuditDatabase } from '@renderer/db/database';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import { schemaVersions, type SchemaVersion } from '@renderer/db/versions';
import {
  DEMO_AUDIT_ID,
  demoAudit,
  demoSnapshot,
} from '@shared/demo/demo-audit';
import { writeBackup } from '@shared/backup/write';
import { testContext } from '../../../fixtures/repo-context';

// A later version with a table of attached files, as the attachments work
// will add: the backup must carry it without knowing it.
const withAttachments: SchemaVersion[] = [
  ...schemaVersions,
  { version: 90, stores: { attachments: 'id, auditId' } },
];
const options = { appVersion: '0.1.0', now: new Date('2026-12-03T09:00:00Z') };

async function everything(db: AuditDatabase) {
  const all: Record<string, unknown[]> = {};
  for (const table of db.tables) all[table.name] = await table.toArray();
  return all;
}

async function demoDatabase() {
  const ctx = testContext({ versions: withAttachments });
  await openSnapshot(ctx, demoSnapshot());
  const photo = new Blob([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], {
    type: 'image/png',
  });
  await ctx.db.table('attachments').bulkAdd([
    {
      id: 'att-1',
      auditId: 'audit-demo',
      file: photo,
      thumbnail: new Uint8Array([9, 8, 7]),
      raw: new Uint8Array([1, 2]).buffer,
      takenAt: new Date('2026-04-01T10:00:00Z'),
    },
  ]);
  return ctx;
}

async function blobBytes(value: unknown) {
  return [...new Uint8Array(await (value as Blob).arrayBuffer())];
}

describe('whole-database backup and restore', () => {
  it('restores every record of every table, Blobs and bytes included', async () => {
    const { db } = await demoDatabase();
    const before = await everything(db);
    const bytes = await takeSnapshot(db, options);

    for (const table of db.tables) await table.clear();
    await db.audits.add({
      ...(before.audits![0] as object),
      id: 'stray',
    } as never);

    const checked = checkBackup(bytes, db);
    if (!checked.ok) throw new Error(checked.code);
    await restoreBackup(db, checked.value, withAttachments);

    const after = await everything(db);
    const { attachments: attBefore, ...restBefore } = before;
    const { attachments: attAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
    expect(Object.values(restAfter).flat().length).toBeGreaterThan(50);
    const [restored] = attAfter as Record<string, unknown>[];
    const [original] = attBefore as Record<string, unknown>[];
    expect(restored!.file).toBeInstanceOf(Blob);
    expect((restored!.file as Blob).type).toBe('image/png');
    expect(await blobBytes(restored!.file)).toEqual(
      await blobBytes(original!.file),
    );
    expect(restored!.thumbnail).toEqual(new Uint8Array([9, 8, 7]));
    expect(restored!.raw).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(restored!.raw as ArrayBuffer)]).toEqual([1, 2]);
    expect(restored!.takenAt).toEqual(original!.takenAt);
  });

  it('previews the audits and the record counts a backup holds', async () => {
    const { db } = await demoDatabase();
    const checked = checkBackup(await takeSnapshot(db, options), db);
    if (!checked.ok) throw new Error(checked.code);
    const { preview } = checked.value;
    expect(preview.audits).toEqual([
      { id: DEMO_AUDIT_ID, title: demoSnapshot().audit.title, deleted: false },
    ]);
    expect(preview.tables.find((t) => t.name === 'attachments')?.count).toBe(1);
    expect(preview.binaryCount).toBe(3);
    expect(preview.schemaVersion).toBe(90);
  });

  it('upgrades a backup from an older schema on the way in', async () => {
    const old = testContext({ versions: schemaVersions.slice(0, 2) });
    // An audit as version 2 stored it, before cost-class limits existed.
    const { costClassRules: _dropped, ...oldAudit } = demoAudit({
      id: 'a-old',
    });
    await old.db.audits.add(oldAudit as never);
    const stored = await old.db.audits.toArray();
    const bytes = await takeSnapshot(old.db, options);

    const { db } = testContext();
    const checked = checkBackup(bytes, db);
    if (!checked.ok) throw new Error(checked.code);
    await restoreBackup(db, checked.value, schemaVersions);
    const [audit] = await db.audits.toArray();
    expect(audit?.title).toBe(stored[0]?.title);
    // Version 3's upgrade step gives old audits their cost-class limits.
    expect(audit?.costClassRules).toBeDefined();
  });

  it.each([
    ['a file with a changed byte', (b: Uint8Array) => corrupt(b)],
    ['a file from a newer schema', () => newerSchema()],
    ['a file with a table this app lacks', () => unknownTable()],
    ['a file that is no backup', () => strToU8('hello')],
  ])('refuses %s and leaves the database as it was', async (_l, build) => {
    const { db } = await demoDatabase();
    const before = await everything(db);
    const bytes = build(await takeSnapshot(db, options));
    const checked = checkBackup(bytes, db);
    expect(checked.ok).toBe(false);
    expect(await everything(db)).toEqual(before);
  });

  it('rolls back when a record cannot be written, keeping the database as it was', async () => {
    const { db } = await demoDatabase();
    const before = await everything(db);
    // Valid as a file, but two audits share one id: the second add fails
    // after every table was already cleared in the same transaction.
    const bytes = writeBackup({
      appVersion: '0.1.0',
      createdAt: '2026-12-03T09:00:00.000Z',
      schemaVersion: 90,
      tables: [
        { name: 'companies', records: [] },
        { name: 'audits', records: [{ id: 'same' }, { id: 'same' }] },
      ],
      binaries: [],
      audits: [],
    });
    const checked = checkBackup(bytes, db);
    if (!checked.ok) throw new Error(checked.code);
    await expect(
      restoreBackup(db, checked.value, withAttachments),
    ).rejects.toMatchObject({ code: 'db-failed' });
    expect(await everything(db)).toEqual(before);
  });
});

function corrupt(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const audits = entries['tables/audits.json'] as Uint8Array;
  audits[audits.length - 3] = 0x20;
  return zipSync(entries);
}

function newerSchema(): Uint8Array {
  return writeBackup({
    appVersion: '9.0.0',
    createdAt: '2026-12-03T09:00:00.000Z',
    schemaVersion: 999,
    tables: [],
    binaries: [],
    audits: [],
  });
}

function unknownTable(): Uint8Array {
  return writeBackup({
    appVersion: '0.1.0',
    createdAt: '2026-12-03T09:00:00.000Z',
    schemaVersion: 3,
    tables: [{ name: 'somethingElse', records: [{ id: 'x' }] }],
    binaries: [],
    audits: [],
  });
}
