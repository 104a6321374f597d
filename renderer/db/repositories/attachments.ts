import {
  attachmentSchema,
  MAX_ATTACHMENT_BYTES,
  type Attachment,
  type AttachmentOwner,
} from '@shared/model/attachment';
import type { RepoContext } from '../context';
import type { StoredAttachment } from '../database';
import { RepositoryError, toRepositoryError } from '../errors';
import { insertRecord, newRecordFields, reviseRecord } from './records';

/**
 * Evidence files under a record of an audit. The bytes are written once and
 * never changed; a delete moves the file to the bin so it can be undone.
 *
 * Files in the bin keep their bytes until the audit is deleted for good,
 * which nothing does yet: a purge of binned evidence (and of deleted
 * audits) is still to be built, and until then deleted photos keep using
 * disk space.
 */
export type NewAttachment = {
  name: string;
  mediaType: string;
  blob: Blob;
  sha256: string;
};

export class AttachmentTooLargeError extends Error {
  readonly code = 'attachment-too-large';
  constructor(readonly size: number) {
    super(`attachment-too-large: ${size}`);
  }
}

export async function addAttachment(
  ctx: RepoContext,
  owner: AttachmentOwner,
  file: NewAttachment,
): Promise<Attachment> {
  if (file.blob.size > MAX_ATTACHMENT_BYTES) {
    throw new AttachmentTooLargeError(file.blob.size);
  }
  const { db } = ctx;
  const meta = attachmentSchema.parse({
    ...newRecordFields(ctx),
    auditId: owner.auditId,
    ownerTable: owner.table,
    ownerId: owner.id,
    name: file.name.slice(0, 200) || 'file',
    mediaType: validMediaType(file.mediaType),
    size: file.blob.size,
    sha256: file.sha256,
  });
  try {
    await db.transaction(
      'rw',
      db.attachments,
      db.audits,
      db.changes,
      async () => {
        const audit = await db.audits.get(owner.auditId);
        if (!audit || audit.deletedAt !== null) {
          throw new RepositoryError('not-found');
        }
        await insertRecord(
          ctx,
          db.attachments,
          { ...meta, blob: file.blob },
          owner.auditId,
        );
      },
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
  return meta;
}

function validMediaType(type: string): string {
  return /^[\w.+-]+\/[\w.+-]+$/.test(type) && type.length <= 100
    ? type
    : 'application/octet-stream';
}

/** Live attachments of one record, oldest first. */
export async function listAttachments(
  ctx: RepoContext,
  owner: Pick<AttachmentOwner, 'table' | 'id'>,
): Promise<StoredAttachment[]> {
  const rows = await ctx.db.attachments
    .where('[ownerTable+ownerId]')
    .equals([owner.table, owner.id])
    .toArray();
  return rows
    .filter((row) => row.deletedAt === null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

async function setDeleted(
  ctx: RepoContext,
  id: string,
  deleted: boolean,
): Promise<void> {
  const { db } = ctx;
  try {
    await db.transaction('rw', db.attachments, db.changes, async () => {
      const current = await db.attachments.get(id);
      if (!current) throw new RepositoryError('not-found');
      if ((current.deletedAt !== null) === deleted) return;
      await reviseRecord(
        ctx,
        db.attachments,
        id,
        () => ({ deletedAt: deleted ? ctx.now() : null }),
        deleted ? 'delete' : 'restore',
        current.auditId,
      );
    });
  } catch (error) {
    throw toRepositoryError(error);
  }
}

export const removeAttachment = (ctx: RepoContext, id: string) =>
  setDeleted(ctx, id, true);

export const restoreAttachment = (ctx: RepoContext, id: string) =>
  setDeleted(ctx, id, false);
