import { z } from 'zod';

/**
 * The backup file: a zip holding `manifest.json`, one JSON array of records
 * per database table under `tables/`, and binary values (photos, attached
 * files) as separate entries under `binaries/`. The manifest lists every
 * other entry with its size and SHA-256, so a reader can check the whole
 * file before anything in the database is touched.
 */
export const BACKUP_FORMAT = 'cp-audit-workbench-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';

// A backup is built and read whole in memory; these bounds keep a hostile
// or damaged file from exhausting it. 512 MB packed matches the largest
// file the app saves; unpacked, photos barely shrink, JSON shrinks ~10×.
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
export { MAX_MANIFEST_BYTES };

export type BackupErrorCode =
  | 'not-a-backup'
  | 'damaged'
  | 'format-too-new'
  | 'schema-too-new'
  | 'too-large'
  | 'unknown-table';

export class BackupFormatError extends Error {
  constructor(readonly code: BackupErrorCode) {
    super(code);
  }
}

export const tableNamePattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export const tableEntryName = (table: string) => `tables/${table}.json`;
export const binaryEntryName = (index: number) =>
  `binaries/${String(index).padStart(6, '0')}.bin`;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const byteCount = z.number().int().min(0).max(MAX_UNPACKED_BYTES);

export const binaryKinds = ['blob', 'array-buffer', 'bytes'] as const;
export type BinaryKind = (typeof binaryKinds)[number];

const tableSchema = z
  .object({
    name: z.string().regex(tableNamePattern),
    count: z.number().int().min(0),
    bytes: byteCount,
    sha256,
  })
  .strict();

const binarySchema = z
  .object({
    kind: z.enum(binaryKinds),
    type: z.string().max(200),
    bytes: byteCount,
    sha256,
  })
  .strict();

const auditLabelSchema = z
  .object({
    id: z.string().min(1).max(100),
    title: z.string().max(500),
    deleted: z.boolean(),
  })
  .strict();
export type AuditLabel = z.infer<typeof auditLabelSchema>;

/** Only the two fields that decide whether the rest can be read at all. */
export const manifestHeadSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
});

export const manifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    appVersion: z.string().min(1).max(40),
    createdAt: z.iso.datetime(),
    schemaVersion: z.number().int().min(1),
    tables: z.array(tableSchema).max(500),
    binaries: z.array(binarySchema).max(1_000_000),
    // Shown before a restore, so the user sees what a file holds without
    // unpacking it; the records themselves are what gets restored.
    audits: z.array(auditLabelSchema).max(100_000),
  })
  .strict();
export type BackupManifest = z.infer<typeof manifestSchema>;
