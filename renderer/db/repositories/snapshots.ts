import { AUDIT_ROW_TABLES } from '@shared/model/audit-rows';
import {
  auditSnapshotSchema,
  type AuditSnapshot,
  type AuditSnapshotInput,
} from '@shared/model/snapshot';
import type { RepoContext } from '../context';
import { toRepositoryError } from '../errors';
import { rowTable } from './audit-rows';
import { insertRecord, reviseRecord } from './records';

export type OpenSnapshotResult = 'created' | 'restored' | 'existing';

/**
 * Puts a whole audit snapshot (the demo audit) into the database under its
 * own ids. Opening it again finds the existing audit instead of making a
 * duplicate, and brings it back from the bin if it was deleted. The audit
 * and all its working-table rows are written in one transaction, so a
 * failure leaves nothing behind.
 */
export async function openSnapshot(
  ctx: RepoContext,
  input: AuditSnapshotInput,
): Promise<OpenSnapshotResult> {
  const snapshot = auditSnapshotSchema.parse(input);
  const { db } = ctx;
  const rowTables = AUDIT_ROW_TABLES.map((table) => db.table(table));
  try {
    return await db.transaction(
      'rw',
      [db.audits, db.companies, db.changes, ...rowTables],
      async () => {
        const existing = await db.audits.get(snapshot.audit.id);
        if (existing && existing.deletedAt === null) return 'existing';
        if (existing) {
          await reviseRecord(
            ctx,
            db.audits,
            existing.id,
            () => ({ deletedAt: null }),
            'restore',
            existing.id,
          );
          return 'restored';
        }
        if (!(await db.companies.get(snapshot.company.id))) {
          await insertRecord(ctx, db.companies, snapshot.company, null);
        }
        await insertRecord(ctx, db.audits, snapshot.audit, snapshot.audit.id);
        await insertWorkingTables(ctx, snapshot);
        return 'created';
      },
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

async function insertWorkingTables(
  ctx: RepoContext,
  snapshot: AuditSnapshot,
): Promise<void> {
  for (const table of AUDIT_ROW_TABLES) {
    const target = rowTable(ctx.db, table);
    for (const row of snapshot[table]) {
      await insertRecord(ctx, target, row, snapshot.audit.id);
    }
  }
}
