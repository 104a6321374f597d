import Dexie, { type Collection, type Table } from 'dexie';
import type { z } from 'zod';
import {
  AUDIT_ROW_SCHEMAS,
  type AuditRowInput,
  type AuditRowOf,
  type AuditRowPatch,
  type AuditRowTable,
} from '@shared/model/audit-rows';
import type { RepoContext } from '../context';
import type { AuditDatabase } from '../database';
import { RepositoryError, toRepositoryError } from '../errors';
import { insertRecord, newRecordFields, reviseRecord } from './records';

/**
 * One repository for every per-audit working table (team, products, waste
 * streams, balances …). The table name picks the schema from the model's
 * registry, so each write is validated against the right one. Rows in the
 * bin (deletedAt set) are kept, hidden from lists and refused for edits.
 */

export type RowIssue = { readonly path: string; readonly code: string };

/**
 * A row broke its table's schema and nothing was written. `rowIndex` is the
 * row's position in the block given to addRows (0 for a single row), and
 * each issue names the field, so a grid can mark the cell.
 *
 * This is not a RepositoryError because that type's codes each have a
 * translated sentence and this one has none yet; until it does, the UI has
 * to handle it by the class.
 */
export class AuditRowInvalidError extends Error {
  readonly code = 'row-invalid';

  constructor(
    readonly table: AuditRowTable,
    readonly rowIndex: number,
    readonly issues: readonly RowIssue[],
  ) {
    super(`row-invalid: ${table}[${rowIndex}]`);
    this.name = 'AuditRowInvalidError';
  }
}

export function rowTable<K extends AuditRowTable>(
  db: AuditDatabase,
  table: K,
): Table<AuditRowOf<K>, string> {
  return db.table(table);
}

export function validateRow<K extends AuditRowTable>(
  table: K,
  value: unknown,
  rowIndex = 0,
): AuditRowOf<K> {
  const schema: z.ZodType = AUDIT_ROW_SCHEMAS[table];
  const result = schema.safeParse(value);
  if (result.success) return result.data as AuditRowOf<K>;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    code: issue.code,
  }));
  throw new AuditRowInvalidError(table, rowIndex, issues);
}

/** Runs `work` in one transaction over `tables`, audits and the change log. */
export async function writeRows<T>(
  ctx: RepoContext,
  tables: readonly AuditRowTable[],
  work: () => Promise<T>,
): Promise<T> {
  const { db } = ctx;
  const scope = [...tables.map((t) => db.table(t)), db.audits, db.changes];
  try {
    // The scope must itself be an async function: Dexie keeps the
    // transaction across native awaits only when it sees one, and `work`
    // may await helpers that await helpers (a loop of inserts fails without).
    return await db.transaction('rw', scope, async () => work());
  } catch (error) {
    if (error instanceof AuditRowInvalidError) throw error;
    throw toRepositoryError(error);
  }
}

/** Every row of the audit, deleted ones included, by sortIndex. */
function rowsInOrder<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  auditId: string,
): Collection<AuditRowOf<K>, string> {
  return rowTable(ctx.db, table)
    .where('[auditId+sortIndex]')
    .between([auditId, Dexie.minKey], [auditId, Dexie.maxKey], true, true);
}

/** The audit's live rows of `table`, in the user's order. */
export async function listRows<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  auditId: string,
): Promise<AuditRowOf<K>[]> {
  const rows = await rowsInOrder(ctx, table, auditId).toArray();
  return rows.filter((row) => row.deletedAt === null);
}

async function requireLiveAudit(ctx: RepoContext, auditId: string) {
  const audit = await ctx.db.audits.get(auditId);
  if (!audit || audit.deletedAt !== null) {
    throw new RepositoryError('not-found');
  }
}

/**
 * Appends rows after the audit's last one, inside the caller's transaction.
 * Every row is validated before the first is written.
 */
export async function insertRows<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  auditId: string,
  inputs: readonly AuditRowInput<K>[],
): Promise<AuditRowOf<K>[]> {
  await requireLiveAudit(ctx, auditId);
  // Deleted rows count too, so a restored row never shares a position.
  const last = (await rowsInOrder(ctx, table, auditId).last())?.sortIndex ?? 0;
  const rows = inputs.map((fields, i) =>
    validateRow(
      table,
      { ...fields, ...newRecordFields(ctx), auditId, sortIndex: last + 1 + i },
      i,
    ),
  );
  const target = rowTable(ctx.db, table);
  for (const row of rows) await insertRecord(ctx, target, row, auditId);
  return rows;
}

export async function addRow<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  auditId: string,
  fields: AuditRowInput<K>,
): Promise<AuditRowOf<K>> {
  const [row] = await addRows(ctx, table, auditId, [fields]);
  return row as AuditRowOf<K>;
}

/** A pasted block: all rows are written, or none when one is invalid. */
export function addRows<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  auditId: string,
  inputs: readonly AuditRowInput<K>[],
): Promise<AuditRowOf<K>[]> {
  return writeRows(ctx, [table], () => insertRows(ctx, table, auditId, inputs));
}

async function liveRow<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  id: string,
): Promise<AuditRowOf<K>> {
  const row = await rowTable(ctx.db, table).get(id);
  if (!row || row.deletedAt !== null) throw new RepositoryError('not-found');
  return row;
}

/**
 * Writes the next revision of `row` with `change` merged in, inside the
 * caller's transaction. The change is typed loosely because the merged row
 * is validated against the table's schema before it is written.
 */
export function reviseRow<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  row: AuditRowOf<K>,
  change: Readonly<Record<string, unknown>>,
  op: 'update' | 'delete' | 'restore',
): Promise<AuditRowOf<K>> {
  return reviseRecord(
    ctx,
    rowTable(ctx.db, table),
    row.id,
    (current) => validateRow(table, { ...current, ...change }),
    op,
    row.auditId,
  );
}

/**
 * Changes fields of a live row. The owner, position and bin state are not
 * fields a patch can reach: moveRow, removeRow and restoreRow change those.
 * A patch to a nested object (an option's screening ticks, say) should be
 * given as a function of the stored row, which runs inside the write
 * transaction: two quick edits of sibling fields then both survive, where
 * patches built from what the page last rendered would overwrite each other.
 */
export function updateRow<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  id: string,
  patch: AuditRowPatch<K> | ((current: AuditRowOf<K>) => AuditRowPatch<K>),
): Promise<AuditRowOf<K>> {
  return writeRows(ctx, [table], async () => {
    const current = await liveRow(ctx, table, id);
    const { auditId, sortIndex, deletedAt } = current;
    const fields = typeof patch === 'function' ? patch(current) : patch;
    const change = { ...fields, auditId, sortIndex, deletedAt };
    return reviseRow(ctx, table, current, change, 'update');
  });
}

/** Moves a row to the bin; removing a row already there changes nothing. */
export function removeRow<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  id: string,
): Promise<AuditRowOf<K>> {
  return setDeleted(ctx, table, id, true);
}

/** Brings a row back from the bin with its fields and position. */
export function restoreRow<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  id: string,
): Promise<AuditRowOf<K>> {
  return setDeleted(ctx, table, id, false);
}

function setDeleted<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  id: string,
  deleted: boolean,
): Promise<AuditRowOf<K>> {
  return writeRows(ctx, [table], async () => {
    const current = await rowTable(ctx.db, table).get(id);
    if (!current) throw new RepositoryError('not-found');
    if ((current.deletedAt !== null) === deleted) return current;
    const change = { deletedAt: deleted ? ctx.now() : null };
    const op = deleted ? 'delete' : 'restore';
    return reviseRow(ctx, table, current, change, op);
  });
}

/** A sortIndex strictly between two neighbours; null when none is left. */
function sortIndexBetween(prev?: number, next?: number): number | null {
  if (prev === undefined) return next === undefined ? 1 : next - 1;
  if (next === undefined) return prev + 1;
  const middle = prev + (next - prev) / 2;
  return middle > prev && middle < next ? middle : null;
}

/**
 * Puts a live row just before the row `beforeId` (or last when null). The
 * moved row takes a sortIndex between its new neighbours, so one record
 * changes; only when repeated moves have used up the room between two
 * neighbours are the audit's live rows renumbered 1, 2, 3 …
 */
export function moveRow<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  id: string,
  beforeId: string | null,
): Promise<AuditRowOf<K>> {
  return writeRows(ctx, [table], async () => {
    const moved = await liveRow(ctx, table, id);
    if (beforeId === id) return moved;
    const others = (await listRows(ctx, table, moved.auditId)).filter(
      (row) => row.id !== id,
    );
    const at =
      beforeId === null
        ? others.length
        : others.findIndex((row) => row.id === beforeId);
    if (at < 0) throw new RepositoryError('not-found');

    const prev = others[at - 1]?.sortIndex;
    const next = others[at]?.sortIndex;
    const staysPut =
      (prev === undefined || prev < moved.sortIndex) &&
      (next === undefined || moved.sortIndex < next);
    if (staysPut) return moved;

    const sortIndex = sortIndexBetween(prev, next);
    if (sortIndex !== null) {
      return reviseRow(ctx, table, moved, { sortIndex }, 'update');
    }
    const order = [...others.slice(0, at), moved, ...others.slice(at)];
    return renumber(ctx, table, order, id);
  });
}

async function renumber<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  order: readonly AuditRowOf<K>[],
  movedId: string,
): Promise<AuditRowOf<K>> {
  let moved: AuditRowOf<K> | undefined;
  for (const [index, row] of order.entries()) {
    const sortIndex = index + 1;
    const next =
      row.sortIndex === sortIndex
        ? row
        : await reviseRow(ctx, table, row, { sortIndex }, 'update');
    if (row.id === movedId) moved = next;
  }
  if (!moved) throw new RepositoryError('not-found');
  return moved;
}
