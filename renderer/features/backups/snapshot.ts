import type Dexie from 'dexie';
import type { SnapshotRequest } from '@shared/ipc/backup-contract';
import type { BackupHost } from '@renderer/platform/backup-host';
import { keepCurrentState, type BackupOutcome } from './restore';

/**
 * Takes a snapshot and hands it to the host. A scheduled one carries the
 * change-log length counted before it was taken: a write in between makes
 * main ask again later rather than miss it.
 */
export async function snapshotToHost(
  db: Dexie,
  host: BackupHost,
  reason: SnapshotRequest['reason'],
): Promise<BackupOutcome<{ fileName: string }>> {
  const changes =
    reason === 'scheduled' ? await db.table('changes').count() : null;
  return keepCurrentState(
    db,
    (bytes) => host.keep({ bytes, changes, reason }),
    { appVersion: await host.appVersion(), now: () => new Date() },
  );
}
