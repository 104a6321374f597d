import {
  filingPackageSchema,
  type FilingPackage,
  type FilingStatus,
} from '@shared/model/filing';
import type { RepoContext } from '../context';
import { RepositoryError, toRepositoryError } from '../errors';
import {
  insertRecord,
  liveNewestFirst,
  newRecordFields,
  reviseRecord,
} from './records';

/** The filing outbox of an audit: exported packages and their fate. */
export type ExportedPackage = Pick<
  FilingPackage,
  'auditId' | 'fileName' | 'size' | 'sha256'
>;

/** A new outbox entry, inside the caller's transaction. */
export async function insertFilingPackage(
  ctx: RepoContext,
  exported: ExportedPackage,
): Promise<FilingPackage> {
  const entry = filingPackageSchema.parse({
    ...newRecordFields(ctx),
    ...exported,
    status: 'exported',
    filedOn: null,
    referenceNumber: '',
    note: '',
  });
  return insertRecord(ctx, ctx.db.filingPackages, entry, entry.auditId);
}

export type FilingStatusChange = {
  status: FilingStatus;
  filedOn: string | null;
  referenceNumber: string;
  note?: string;
};

export async function setFilingStatus(
  ctx: RepoContext,
  id: string,
  change: FilingStatusChange,
): Promise<FilingPackage> {
  const { db } = ctx;
  try {
    return await db.transaction(
      'rw',
      db.filingPackages,
      db.changes,
      async () => {
        const current = await db.filingPackages.get(id);
        if (!current) throw new RepositoryError('not-found');
        return reviseRecord(
          ctx,
          db.filingPackages,
          id,
          (row) => filingPackageSchema.parse({ ...row, ...change }),
          'update',
          current.auditId,
        );
      },
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

/** The audit's packages, newest first. */
export function listFilingPackages(
  ctx: RepoContext,
  auditId: string,
): Promise<FilingPackage[]> {
  return liveNewestFirst(ctx.db.filingPackages, auditId);
}
