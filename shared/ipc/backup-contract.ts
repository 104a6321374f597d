import { z } from 'zod';
import { MAX_BACKUP_BYTES } from '../backup/manifest';
import type { IpcResult } from './contract';

/**
 * Why a snapshot is written: on the schedule after activity (main keeps
 * track of what it holds), just before a restore replaces the data, or
 * because the user asked for one.
 */
export const snapshotReasons = [
  'scheduled',
  'before-restore',
  'manual',
] as const;

export const backupRequestSchemas = {
  'backup:report-activity': z
    .object({ changes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) })
    .strict(),
  'backup:write-snapshot': z
    .object({
      bytes: z
        .instanceof(Uint8Array)
        .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_BACKUP_BYTES),
      // The change-log length the snapshot holds; null when not known.
      changes: z.number().int().min(0).nullable(),
      reason: z.enum(snapshotReasons),
    })
    .strict(),
  'backup:open-file': z.undefined(),
  'backup:get-status': z.undefined(),
  // Either shows a folder picker or, with clear, stops the extra copies.
  'backup:choose-folder': z.object({ clear: z.boolean() }).strict(),
} as const;

// Written out rather than inferred: zod's instanceof narrows the bytes to
// an ArrayBuffer-backed array, which a zip built by fflate is not typed as.
export type SnapshotRequest = {
  bytes: Uint8Array;
  changes: number | null;
  reason: (typeof snapshotReasons)[number];
};

export type BackupStatus = {
  /** The folder snapshots are written to by themselves. */
  folder: string;
  /** The user's second folder (a NAS share, say); null for none. */
  extraFolder: string | null;
  /** ISO time of the newest snapshot written, or null. */
  lastWrittenAt: string | null;
  /** Why the last copy into the extra folder failed; null when it did not. */
  extraFolderError: 'disk-full' | 'write-failed' | null;
};

/**
 * A file the user chose, or why it was not read: larger than any backup
 * can be, or not readable (permissions, a vanished network share).
 */
export type OpenedBackupFile =
  | { fileName: string; bytes: Uint8Array }
  | { fileName: string; problem: 'too-large' | 'unreadable' };

export type BackupResponseMap = {
  'backup:report-activity': null;
  'backup:write-snapshot': { fileName: string };
  'backup:open-file': OpenedBackupFile | null;
  'backup:get-status': BackupStatus;
  'backup:choose-folder': BackupStatus;
};

export type BackupPreloadApi = {
  reportBackupActivity(changes: number): Promise<IpcResult<null>>;
  writeBackupSnapshot(
    request: SnapshotRequest,
  ): Promise<IpcResult<{ fileName: string }>>;
  openBackupFile(): Promise<IpcResult<OpenedBackupFile | null>>;
  getBackupStatus(): Promise<IpcResult<BackupStatus>>;
  chooseBackupFolder(clear: boolean): Promise<IpcResult<BackupStatus>>;
  onSnapshotWanted(listener: () => void): () => void;
};
