import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import { mergeKey, countMerge } from '@shared/package/merge';
import { PACKAGE_LIMITS } from '@shared/package/format';
import { sha256Hex } from '@shared/crypto/sha256';
import {
  addAttachment,
  listAttachments,
} from '@renderer/db/repositories/attachments';
import { deleteAudit, listAudits } from '@renderer/db/repositories/audits';
import { updateRow } from '@renderer/db/repositories/audit-rows';
import { listFilingPackages } from '@renderer/db/repositories/filing';
import {
  applyImport,
  readAuditForExport,
} from '@renderer/db/repositories/packages';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import type { RepoContext } from '@renderer/db/context';
import type { FileSink } from '@renderer/platform/types';
import { exportAuditPackage } from '@renderer/features/packages/export-package';
import { prepareImport } from '@renderer/features/packages/import-package';
import { dumpDatabase } from '../../../fixtures/db-dump';
import {
  alterPackage,
  demoWithPhotos,
  packageBytes,
  photoBytes,
  readJsonEntry,
  rewriteAuditJson,
  writeJsonEntry,
} from '../../../fixtures/package';
import { testContext } from '../../../fixtures/repo-context';

function memorySink(): FileSink & { bytes: () => Blob } {
  const parts: Uint8Array[] = [];
  return {
    suggestedName: 'demo.cpaudit',
    write: async (chunk) => {
      parts.push(chunk.slice());
    },
    close: async () => ({ saved: true, fileName: 'demo.cpaudit' }),
    abort: async () => undefined,
    bytes: () => new Blob(parts as BlobPart[]),
  };
}

async function demoWithEvidence(ctx: RepoContext) {
  await openSnapshot(ctx, demoSnapshot());
  const snapshot = demoSnapshot();
  const step = snapshot.stageSteps[0]!;
  const study = snapshot.balanceStudies[0]!;
  const attach = async (
    table: 'stageSteps' | 'balanceStudies',
    id: string,
    name: string,
    bytes: Uint8Array,
  ) => {
    const blob = new Blob([bytes as BlobPart]);
    const owner = { auditId: DEMO_AUDIT_ID, table, id };
    const mediaType = name.endsWith('.pdf') ? 'application/pdf' : 'image/jpeg';
    const sha256 = sha256Hex(bytes);
    await addAttachment(ctx, owner, { name, mediaType, blob, sha256 });
  };
  await attach('stageSteps', step.id, '车间照片.jpg', photoBytes(7, 200_000));
  await attach('balanceStudies', study.id, '水平衡.pdf', photoBytes(8, 5_000));
}

async function exportDemo(ctx: RepoContext): Promise<Blob> {
  const sink = memorySink();
  const result = await exportAuditPackage(ctx, DEMO_AUDIT_ID, sink, {
    appVersion: '0.1.0',
  });
  expect(result.saved).toBe(true);
  return sink.bytes();
}

async function importAll(ctx: RepoContext, file: Blob) {
  const prepared = await prepareImport(ctx, file);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
  await applyImport(ctx, prepared.value.items, new Map(), prepared.value.blobs);
  return prepared.value;
}

// Hashing and zipping in fake IndexedDB is slow on a busy machine; the
// limit only keeps a hung test from running forever.
describe('filing package export and import', { timeout: 60_000 }, () => {
  it('brings back every record and every attachment byte on a wiped machine', async () => {
    const here = testContext();
    await demoWithEvidence(here);
    const file = await exportDemo(here);
    const before = await readAuditForExport(here, DEMO_AUDIT_ID);

    const fresh = testContext();
    await importAll(fresh, file);
    const after = await readAuditForExport(fresh, DEMO_AUDIT_ID);

    expect(after.snapshot).toEqual(before.snapshot);
    expect(after.blobs.size).toBe(2);
    for (const [id, blob] of before.blobs) {
      const copy = after.blobs.get(id);
      expect(new Uint8Array(await copy!.arrayBuffer())).toEqual(
        new Uint8Array(await blob.arrayBuffer()),
      );
    }
  });

  it('lists the saved package in the outbox as exported', async () => {
    const ctx = testContext();
    await demoWithEvidence(ctx);
    const file = await exportDemo(ctx);
    const outbox = await listFilingPackages(ctx, DEMO_AUDIT_ID);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      status: 'exported',
      fileName: 'demo.cpaudit',
      size: file.size,
      sha256: sha256Hex(new Uint8Array(await file.arrayBuffer())),
    });
  });

  it('adds nothing when the same package is imported twice', async () => {
    const here = testContext();
    await demoWithEvidence(here);
    const file = await exportDemo(here);
    const fresh = testContext();
    await importAll(fresh, file);
    const once = await dumpDatabase(fresh.db);

    const second = await importAll(fresh, file);
    expect(countMerge(second.items)).toMatchObject({
      new: 0,
      conflicts: 0,
      updated: 0,
    });
    const twice = await dumpDatabase(fresh.db);
    expect(twice.audits).toEqual(once.audits);
    expect(twice.options).toEqual(once.options);
    expect(twice.attachments).toEqual(once.attachments);
    expect(twice.changes).toEqual(once.changes);
  });

  it('brings back an audit deleted after its export', async () => {
    const ctx = testContext();
    await demoWithEvidence(ctx);
    const file = await exportDemo(ctx);
    await deleteAudit(ctx, DEMO_AUDIT_ID);
    expect(await listAudits(ctx)).toEqual([]);

    await importAll(ctx, file);
    expect((await listAudits(ctx)).map((a) => a.id)).toEqual([DEMO_AUDIT_ID]);
    const step = demoSnapshot().stageSteps[0]!;
    const photos = await listAttachments(ctx, {
      table: 'stageSteps',
      id: step.id,
    });
    expect(photos.map((p) => p.name)).toEqual(['车间照片.jpg']);
  });

  it('keeps both versions of an option changed on both sides, the copy with a new code', async () => {
    const { here, theirs, optionId } = await bothSidesChanged();

    const prepared = await prepareImport(here, theirs);
    if (!prepared.ok) throw new Error('refused');
    const conflicts = prepared.value.items.filter((i) => i.kind === 'conflict');
    expect(conflicts.map((c) => mergeKey(c.table, c.incoming.id))).toEqual([
      mergeKey('options', optionId),
    ]);
    // No choice given: keep both is the default.
    await applyImport(
      here,
      prepared.value.items,
      new Map(),
      prepared.value.blobs,
    );

    const options = await demoOptions(here);
    const named = options.filter((o) => o.name.endsWith('改过的名称'));
    expect(named.map((o) => o.name).sort()).toEqual([
      '对方改过的名称',
      '本机改过的名称',
    ]);
    const codes = options.map((o) => o.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(options).toHaveLength(demoSnapshot().options.length + 1);
  });

  it('does not let an older package overwrite a record edited since', async () => {
    const ctx = testContext();
    await demoWithEvidence(ctx);
    const old = await exportDemo(ctx);
    const option = demoSnapshot().options[0]!;
    await updateRow(ctx, 'options', option.id, { name: '导出之后改的名称' });
    const before = await dumpDatabase(ctx.db);

    const prepared = await importAll(ctx, old);
    const item = prepared.items.find((i) => i.incoming.id === option.id);
    expect(item?.kind).toBe('kept');
    expect(countMerge(prepared.items)).toMatchObject({
      updated: 0,
      conflicts: 0,
    });
    expect((await ctx.db.options.get(option.id))?.name).toBe(
      '导出之后改的名称',
    );
    expect((await dumpDatabase(ctx.db)).options).toEqual(before.options);
  });

  it.each([
    ['mine', '本机改过的名称'],
    ['theirs', '对方改过的名称'],
  ] as const)(
    'settles a conflict with keep %s: one row, the chosen name',
    async (choice, name) => {
      const { here, theirs, optionId } = await bothSidesChanged();
      const prepared = await prepareImport(here, theirs);
      if (!prepared.ok) throw new Error('refused');
      const conflict = prepared.value.items.find((i) => i.kind === 'conflict');
      expect(conflict?.canKeepBoth).toBe(true);
      await applyImport(
        here,
        prepared.value.items,
        new Map([[mergeKey('options', optionId), choice]]),
        prepared.value.blobs,
      );

      const options = await demoOptions(here);
      expect(options).toHaveLength(demoSnapshot().options.length);
      expect(options.find((o) => o.id === optionId)?.name).toBe(name);
      // Settled: the same package again finds nothing left to decide.
      const again = await prepareImport(here, theirs);
      if (!again.ok) throw new Error('refused');
      expect(countMerge(again.value.items).conflicts).toBe(0);
    },
  );

  it('leaves the database exactly as it was when a write fails halfway', async () => {
    const here = testContext();
    await demoWithEvidence(here);
    const file = await exportDemo(here);
    const fresh = testContext();
    const prepared = await prepareImport(fresh, file);
    if (!prepared.ok) throw new Error('refused');
    const before = await dumpDatabase(fresh.db);
    // The bytes of one attachment are gone: its write fails after the audit
    // and all rows were written in the same transaction.
    const blobs = new Map(prepared.value.blobs);
    blobs.delete([...blobs.keys()][1]!);

    await expect(
      applyImport(fresh, prepared.value.items, new Map(), blobs),
    ).rejects.toThrow();
    expect(await dumpDatabase(fresh.db)).toEqual(before);
  });

  it.each([
    ['a climbing path', 'package-climbing-path'],
    ['an absolute path', 'package-absolute-path'],
    ['a changed byte', 'package-hash-mismatch'],
    ['a cut end', 'package-truncated'],
    ['a newer format', 'package-too-new'],
    ['an invalid record', 'package-record-invalid'],
    ['a bomb', 'package-ratio'],
    ['too many entries', 'package-too-many-entries'],
    ['two records with one id', 'package-duplicate-id'],
  ])('refuses a package with %s and changes nothing', async (_what, code) => {
    const { snapshot, files } = demoWithPhotos();
    const good = await packageBytes(snapshot, files);
    const hostile = hostilePackage(good, code);
    const ctx = testContext();
    await openSnapshot(ctx, demoSnapshot());
    const before = await dumpDatabase(ctx.db);

    const prepared = await prepareImport(ctx, new Blob([hostile as BlobPart]));
    expect(prepared.ok ? [] : prepared.problems.map((p) => p.code)).toEqual([
      code,
    ]);
    expect(await dumpDatabase(ctx.db)).toEqual(before);
  });
});

function demoOptions(ctx: RepoContext) {
  return ctx.db.options.where('auditId').equals(DEMO_AUDIT_ID).toArray();
}

/** The demo exported, then its first option renamed here and on a second machine. */
async function bothSidesChanged() {
  const here = testContext();
  await demoWithEvidence(here);
  const file = await exportDemo(here);
  const optionId = demoSnapshot().options[0]!.id;
  await updateRow(here, 'options', optionId, { name: '本机改过的名称' });
  const there = testContext({ start: '2026-07-01T00:00:00.000Z' });
  await importAll(there, file);
  await updateRow(there, 'options', optionId, { name: '对方改过的名称' });
  return { here, theirs: await exportDemo(there), optionId };
}

function hostilePackage(good: Uint8Array, code: string): Uint8Array {
  switch (code) {
    case 'package-climbing-path':
      return alterPackage(good, (e) => {
        e['attachments/../../x.jpg'] = strToU8('x');
      });
    case 'package-absolute-path':
      return alterPackage(good, (e) => {
        e['/home/user/.bashrc'] = strToU8('x');
      });
    case 'package-too-many-entries':
      return alterPackage(good, (e) => {
        for (let i = 0; i < PACKAGE_LIMITS.maxEntries; i += 1) {
          e[`attachments/extra-${i}/x.txt`] = new Uint8Array(0);
        }
      });
    case 'package-duplicate-id':
      return alterPackage(good, (e) => {
        rewriteAuditJson(e, (audit) => {
          const steps = audit.stageSteps as { id: string }[];
          steps.push({ ...steps[1]!, id: steps[0]!.id });
          return audit;
        });
      });
    case 'package-hash-mismatch':
      return alterPackage(good, (e) => {
        const name = Object.keys(e).find((n) => n.startsWith('attachments/'))!;
        const bytes = e[name]!;
        bytes[0] = (bytes[0] ?? 0) ^ 1;
      });
    case 'package-truncated':
      return good.subarray(0, good.length - 100);
    case 'package-too-new':
      return alterPackage(good, (e) => {
        writeJsonEntry(e, 'manifest.json', {
          ...readJsonEntry(e, 'manifest.json'),
          formatVersion: 9,
        });
      });
    case 'package-record-invalid':
      return alterPackage(good, (e) => {
        rewriteAuditJson(e, (audit) => ({
          ...audit,
          audit: { ...(audit.audit as object), revision: 0 },
        }));
      });
    default:
      // Deflated zeros: 16 MB that shrink to a few kilobytes.
      return zipSync(
        { 'audit.json': new Uint8Array(16 * 1024 * 1024) },
        { level: 9 },
      );
  }
}
