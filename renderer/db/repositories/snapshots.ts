import {
  auditSnapshotSchema,
  type AuditSnapshot,
} from '@shared/model/snapshot';
import type { RepoContext } from '../context';
import { toRepositoryError } from '../errors';
import { insertRecord, reviseRecord } from './records';

export type OpenSnapshotResult = 'created' | 'restored' | 'existing';

/**
 * Puts a whole audit snapshot (the demo audit) into the database under its
 * own ids. Opening it again finds the existing audit instead of making a
 * duplicate, and brings it back from the bin if it was deleted.
 */
export async function openSnapshot(
  ctx: RepoContext,
  input: AuditSnapshot,
): Promise<OpenSnapshotResult> {
  const snapshot = auditSnapshotSchema.parse(input);
  const { db } = ctx;
  try {
    return await db.transaction(
      'rw',
      db.audits,
      db.companies,
      db.changes,
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
        return 'created';
      },
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}
