import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createLogger } from '@shared/log/logger';
import { navigate } from '@renderer/app/route';
import { useToast } from '@renderer/components/Toasts';
import { database } from '@renderer/db/database';
import { platform } from '@renderer/platform';
import { backupMessage } from './messages';
import { RestoreDialog } from './RestoreDialog';
import { snapshotToHost } from './snapshot';
import { useRestore } from './use-restore';

const log = createLogger('backups');

/**
 * Always mounted: tells the host how long the change log is after every
 * write, answers its requests for snapshots, and runs the restore the
 * native menu asks for. Renders only the restore dialog.
 */
export function BackupAgent() {
  const { t } = useTranslation();
  const toast = useToast();
  const restore = useRestore(() => navigate({ name: 'audits' }));
  const { begin } = restore;
  const changes = useLiveQuery(() => database().changes.count());

  useEffect(() => {
    if (changes !== undefined) platform().backups.reportActivity(changes);
  }, [changes]);

  useEffect(
    () =>
      platform().backups.onSnapshotWanted(() => {
        void snapshotToHost(database(), platform().backups, 'scheduled').then(
          (result) => {
            if (result.ok) return;
            log.warn(`scheduled snapshot failed: ${result.code}`);
            toast({ tone: 'error', message: backupMessage(t, result.code) });
          },
        );
      }),
    [t, toast],
  );

  useEffect(
    () =>
      platform().onMenuCommand((command) => {
        if (command === 'restore-backup') void begin();
      }),
    [begin],
  );

  return <RestoreDialog {...restore.dialog} />;
}
