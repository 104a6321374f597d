import { z } from 'zod';
import { baseRecordSchema } from './record';

/**
 * Evidence files (photos, scanned minutes, meter readings) filed under one
 * record of an audit. The bytes live beside this metadata: a Blob in
 * IndexedDB, a separate entry `attachments/<id>/<name>` in a package.
 *
 * Owners are named by table, so a table that gains evidence only has to
 * join this list. Implementation evidence (contracts, invoices, photos of
 * an implemented option) goes on the option itself or on its rows of the
 * implementation plan (implementationTasks).
 */
export const attachmentOwnerTables = [
  'stageSteps',
  'options',
  'balanceStudies',
  'trainingEvents',
  'implementationTasks',
] as const;
export type AttachmentOwnerTable = (typeof attachmentOwnerTables)[number];

export type AttachmentOwner = {
  auditId: string;
  table: AttachmentOwnerTable;
  id: string;
};

/** Larger files are refused on import with a message saying so. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export const attachmentSchema = baseRecordSchema.extend({
  auditId: z.string().min(1).max(64),
  ownerTable: z.enum(attachmentOwnerTables),
  ownerId: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  mediaType: z
    .string()
    .max(100)
    .regex(/^[\w.+-]+\/[\w.+-]+$/),
  size: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Attachment = z.infer<typeof attachmentSchema>;
