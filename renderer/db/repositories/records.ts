import type { BaseRecord } from '@shared/model/record';
import type { Table } from 'dexie';
import type { ChangeOp } from '../database';
import type { RepoContext } from '../context';
import { RepositoryError } from '../errors';

/**
 * The write path every repository shares: stamp or bump the record's
 * revision and times, write it, and log the change, inside the caller's
 * transaction.
 */
export function newRecordFields(ctx: RepoContext): BaseRecord {
  const now = ctx.now();
  return {
    id: ctx.newId(),
    createdAt: now,
    updatedAt: now,
    revision: 1,
    deletedAt: null,
  };
}

export async function logChange(
  ctx: RepoContext,
  table: string,
  record: BaseRecord & { auditId?: string },
  op: ChangeOp,
  auditId: string | null = record.auditId ?? null,
): Promise<void> {
  await ctx.db.changes.add({
    id: ctx.newId(),
    table,
    recordId: record.id,
    auditId,
    revision: record.revision,
    op,
    at: record.updatedAt,
  });
}

export async function insertRecord<T extends BaseRecord>(
  ctx: RepoContext,
  table: Table<T, string>,
  record: T,
  auditId: string | null,
): Promise<T> {
  await table.add(record);
  await logChange(ctx, table.name, record, 'create', auditId);
  return record;
}

export async function reviseRecord<T extends BaseRecord>(
  ctx: RepoContext,
  table: Table<T, string>,
  id: string,
  change: (current: T) => Partial<T>,
  op: ChangeOp,
  auditId: string | null,
): Promise<T> {
  const current = await table.get(id);
  if (!current) throw new RepositoryError('not-found');
  const next: T = {
    ...current,
    ...change(current),
    id: current.id,
    createdAt: current.createdAt,
    revision: current.revision + 1,
    updatedAt: ctx.now(),
  };
  await table.put(next);
  await logChange(ctx, table.name, next, op, auditId);
  return next;
}

/** An audit's live records of a table indexed by auditId, newest first. */
export async function liveNewestFirst<
  T extends BaseRecord & { auditId: string },
>(table: Table<T, string>, auditId: string): Promise<T[]> {
  const rows = await table.where('auditId').equals(auditId).toArray();
  return rows
    .filter((row) => row.deletedAt === null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
