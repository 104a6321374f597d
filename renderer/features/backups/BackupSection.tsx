import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '@shared/ipc/backup-contract';
import { useToast } from '@renderer/components/Toasts';
import { database } from '@renderer/db/database';
import { platform } from '@renderer/platform';
import { backupMessage } from './messages';
import { RestoreDialog } from './RestoreDialog';
import { snapshotToHost } from './snapshot';
import { useRestore } from './use-restore';

/**
 * The settings page's backups card: where snapshots go (Electron), a
 * snapshot or download on request, and restore from a file.
 */
export function BackupSection() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const host = platform().backups;
  const restore = useRestore();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void host.status().then((result) => {
      if (result.ok) setStatus(result.value);
    });
  }, [host]);

  const refresh = async () => {
    const result = await host.status();
    if (result.ok) setStatus(result.value);
  };

  const snapshotNow = async () => {
    setBusy(true);
    const result = await snapshotToHost(database(), host, 'manual');
    setBusy(false);
    if (!result.ok) {
      toast({ tone: 'error', message: backupMessage(t, result.code) });
      return;
    }
    toast({ message: t('backups.saved', { fileName: result.value.fileName }) });
    await refresh();
  };

  const chooseFolder = async (clear: boolean) => {
    const result = await host.chooseFolder(clear);
    if (result.ok) setStatus(result.value);
    else toast({ tone: 'error', message: backupMessage(t, result.code) });
  };

  const lastTime =
    status?.lastWrittenAt &&
    new Date(status.lastWrittenAt).toLocaleString(i18n.language);

  return (
    <fieldset className="card">
      <legend>{t('backups.title')}</legend>
      {!host.automatic && <p>{t('backups.status.web')}</p>}
      {status && (
        <>
          <p>{t('backups.status.automatic', { folder: status.folder })}</p>
          <p>
            {lastTime
              ? t('backups.status.lastWrittenAt', { time: lastTime })
              : t('backups.status.never')}
          </p>
          <div className="field">
            <span>{t('backups.extraFolder.label')}</span>
            <span>{status.extraFolder ?? t('backups.extraFolder.none')}</span>
            <button type="button" onClick={() => void chooseFolder(false)}>
              {t('backups.extraFolder.choose')}
            </button>
            {status.extraFolder && (
              <button type="button" onClick={() => void chooseFolder(true)}>
                {t('backups.extraFolder.clear')}
              </button>
            )}
            {status.extraFolderError && (
              <span className="field-error">
                {t('backups.extraFolder.failed', {
                  reason: backupMessage(t, status.extraFolderError),
                })}
              </span>
            )}
          </div>
        </>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => void snapshotNow()}
        >
          {host.automatic
            ? t('backups.actions.snapshotNow')
            : t('backups.actions.download')}
        </button>
        <button type="button" onClick={() => void restore.begin()}>
          {t('backups.actions.restore')}
        </button>
      </div>
      <RestoreDialog {...restore.dialog} />
    </fieldset>
  );
}
