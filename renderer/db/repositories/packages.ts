import { AUDIT_ROW_SCHEMAS, AUDIT_ROW_TABLES } from '@shared/model/audit-rows';
import { attachmentSchema } from '@shared/model/attachment';
import {
  auditSnapshotSchema,
  SNAPSHOT_FORMAT_VERSION,
  type AuditSnapshot,
} from '@shared/model/snapshot';
import {
  mergeKey,
  planMerge,
  resolveMerge,
  snapshotRecords,
  type ConflictChoice,
  type MergeItem,
  type MergeRecord,
  type MergeTable,
} from '@shared/package/merge';
import type { z } from 'zod';
import type { RepoContext } from '../context';
import type { StoredAttachment } from '../database';
import { RepositoryError, toRepositoryError } from '../errors';
import { insertFilingPackage, type ExportedPackage } from './filing';
import { logChange } from './records';

/**
 * Audits in and out of filing packages. Export reads an audit as a
 * snapshot; import plans a merge against what is stored and applies it in
 * one transaction over every table it touches, so a failure anywhere
 * leaves the database as it was.
 */
export type AuditExport = {
  snapshot: AuditSnapshot;
  blobs: ReadonlyMap<string, Blob>;
};

/**
 * The audit with every row, those in the bin included (a delete travels
 * too), and its live attachments. Evidence in the bin stays behind: it
 * would make the package heavier for files the user threw away.
 */
export async function readAuditForExport(
  ctx: RepoContext,
  auditId: string,
): Promise<AuditExport> {
  const { db } = ctx;
  const audit = await db.audits.get(auditId);
  if (!audit || audit.deletedAt !== null)
    throw new RepositoryError('not-found');
  const company = await db.companies.get(audit.companyId);
  if (!company) throw new RepositoryError('not-found');
  const tables: Record<string, unknown[]> = {};
  for (const table of AUDIT_ROW_TABLES) {
    const rows = await db
      .table(table)
      .where('auditId')
      .equals(auditId)
      .toArray();
    tables[table] = rows.sort(
      (a: { sortIndex: number }, b: { sortIndex: number }) =>
        a.sortIndex - b.sortIndex,
    );
  }
  const stored = await db.attachments
    .where('auditId')
    .equals(auditId)
    .toArray();
  const live = stored.filter((a) => a.deletedAt === null);
  const snapshot = auditSnapshotSchema.parse({
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    audit,
    company,
    ...tables,
    attachments: live.map(({ blob: _blob, ...meta }) => meta),
  });
  return { snapshot, blobs: new Map(live.map((a) => [a.id, a.blob])) };
}

/**
 * After a package was saved: the outbox gains an entry and every record in
 * it is remembered as in common with the package, in one transaction.
 */
export async function recordExport(
  ctx: RepoContext,
  snapshot: AuditSnapshot,
  exported: ExportedPackage,
): Promise<void> {
  const { db } = ctx;
  try {
    await db.transaction(
      'rw',
      db.filingPackages,
      db.mergeBases,
      db.changes,
      async () => {
        await insertFilingPackage(ctx, exported);
        await db.mergeBases.bulkPut(
          snapshotRecords(snapshot).map(({ table, record }) => ({
            id: mergeKey(table, record.id),
            revision: record.revision,
          })),
        );
      },
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

/** What importing `snapshot` would do to this database. */
export async function planImport(
  ctx: RepoContext,
  snapshot: AuditSnapshot,
): Promise<MergeItem[]> {
  const { db } = ctx;
  const incoming = snapshotRecords(snapshot);
  const records = new Map<string, MergeRecord>();
  const bases = new Map<string, number>();
  for (const { table, record } of incoming) {
    const key = mergeKey(table, record.id);
    const found = (await db.table(table).get(record.id)) as
      MergeRecord | undefined;
    if (found) records.set(key, withoutBlob(found));
    const base = await db.mergeBases.get(key);
    if (base) bases.set(key, base.revision);
  }
  return planMerge(snapshot, { records, bases });
}

function withoutBlob(record: MergeRecord): MergeRecord {
  if (!('blob' in record)) return record;
  const { blob: _blob, ...rest } = record;
  return rest as MergeRecord;
}

/** The plan went out of date: something was edited while it was shown. */
export class ImportStaleError extends Error {
  readonly code = 'import-stale';
}

// Copies are made here, not read from the package, so they are checked
// against their table's schema like any other new row.
function checkedCopy(table: MergeTable, record: MergeRecord): MergeRecord {
  const schema: z.ZodType | null =
    table === 'attachments'
      ? attachmentSchema
      : table === 'audits' || table === 'companies'
        ? null
        : AUDIT_ROW_SCHEMAS[table];
  return schema ? (schema.parse(record) as MergeRecord) : record;
}

/**
 * Writes the resolved plan. `bytes` gives the Blob of an incoming
 * attachment by its id in the package; every Blob must be ready before the
 * transaction starts, since IndexedDB commits a transaction that waits on
 * anything else.
 */
export async function applyImport(
  ctx: RepoContext,
  items: readonly MergeItem[],
  choices: ReadonlyMap<string, ConflictChoice>,
  bytes: ReadonlyMap<string, Blob>,
): Promise<void> {
  const { db } = ctx;
  const auditId = items.find((i) => i.table === 'audits')?.incoming.id ?? null;
  const optionCodes = items
    .filter((i) => i.table === 'options' && i.local)
    .map((i) => String(i.local?.code));
  if (auditId) {
    const stored = await db.options.where('auditId').equals(auditId).toArray();
    optionCodes.push(...stored.map((o) => o.code));
  }
  const resolved = resolveMerge(items, choices, { ...ctx, optionCodes });
  const expected = new Map(
    items.map((i) => [
      mergeKey(i.table, i.incoming.id),
      i.local?.revision ?? null,
    ]),
  );
  const scope = [
    db.companies,
    db.audits,
    ...AUDIT_ROW_TABLES.map((t) => db.table(t)),
    db.attachments,
    db.changes,
    db.mergeBases,
  ];
  try {
    await db.transaction('rw', scope, async () => {
      for (const write of resolved.writes) {
        const table = db.table(write.table);
        const key = mergeKey(write.table, write.record.id);
        const isCopy = !expected.has(key);
        if (!isCopy) {
          const now = (await table.get(write.record.id)) as
            MergeRecord | undefined;
          if ((now?.revision ?? null) !== expected.get(key)) {
            throw new ImportStaleError('import-stale');
          }
        }
        const record = isCopy
          ? checkedCopy(write.table, write.record)
          : write.record;
        await table.put(
          write.table === 'attachments'
            ? withBytes(record, bytes, write.bytesOf)
            : record,
        );
        const auditOf =
          write.table === 'audits'
            ? record.id
            : ((record.auditId as string | undefined) ?? null);
        await logChange(ctx, write.table, record, write.op, auditOf);
      }
      await db.mergeBases.bulkPut(
        resolved.bases.map((b) => ({ id: b.key, revision: b.revision })),
      );
    });
  } catch (error) {
    if (error instanceof ImportStaleError) throw error;
    throw toRepositoryError(error);
  }
}

function withBytes(
  record: MergeRecord,
  bytes: ReadonlyMap<string, Blob>,
  bytesOf: string | undefined,
): StoredAttachment {
  const blob = bytes.get(bytesOf ?? record.id);
  if (!blob) throw new RepositoryError('not-found');
  return { ...(record as unknown as StoredAttachment), blob };
}
