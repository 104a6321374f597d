import type Dexie from 'dexie';
import type { BackupErrorCode } from '@shared/backup/manifest';
import type { IpcErrorCode } from '@shared/ipc/contract';
import {
  checkBackup,
  restoreBackup,
  type CheckedBackup,
} from '@renderer/db/backup/restore';
import { takeSnapshot } from '@renderer/db/backup/take';
import {
  toRepositoryError,
  type RepositoryErrorCode,
} from '@renderer/db/errors';
import type { SchemaVersion } from '@renderer/db/versions';

export type BackupFailureCode =
  BackupErrorCode | RepositoryErrorCode | IpcErrorCode;

export type BackupOutcome<T> =
  { ok: true; value: T } | { ok: false; code: BackupFailureCode };

/** Where the host keeps a snapshot: a file in Electron, a download on the web. */
export type KeepSnapshot = (
  bytes: Uint8Array,
) => Promise<BackupOutcome<{ fileName: string }>>;

export type SnapshotDeps = { appVersion: string; now: () => Date };

/** A snapshot of the database as it is, handed to the host to keep. */
export async function keepCurrentState(
  db: Dexie,
  keep: KeepSnapshot,
  deps: SnapshotDeps,
): Promise<BackupOutcome<{ fileName: string }>> {
  let bytes: Uint8Array;
  try {
    bytes = await takeSnapshot(db, {
      appVersion: deps.appVersion,
      now: deps.now(),
    });
  } catch (error) {
    return { ok: false, code: toRepositoryError(error).code };
  }
  return keep(bytes);
}

/** Checks a chosen file whole; the preview comes from the checked result. */
export function checkBackupFile(
  bytes: Uint8Array,
  db: Dexie,
): BackupOutcome<CheckedBackup> {
  const checked = checkBackup(bytes, db);
  return checked.ok ? checked : { ok: false, code: checked.code };
}

/**
 * Replaces the database with a checked backup, after keeping a snapshot of
 * the current state so the restore itself can be undone. If that snapshot
 * cannot be kept (a full disk, say) nothing is restored.
 */
export async function restoreWithSafetyCopy(
  db: Dexie,
  backup: CheckedBackup,
  keep: KeepSnapshot,
  deps: SnapshotDeps & { versions: SchemaVersion[] },
): Promise<BackupOutcome<{ safetyCopy: string }>> {
  const kept = await keepCurrentState(db, keep, deps);
  if (!kept.ok) return kept;
  try {
    await restoreBackup(db, backup, deps.versions);
  } catch (error) {
    return { ok: false, code: toRepositoryError(error).code };
  }
  return { ok: true, value: { safetyCopy: kept.value.fileName } };
}
