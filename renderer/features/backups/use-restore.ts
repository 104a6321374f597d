import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '@renderer/components/Toasts';
import type { CheckedBackup } from '@renderer/db/backup/restore';
import { database } from '@renderer/db/database';
import { schemaVersions } from '@renderer/db/versions';
import { platform } from '@renderer/platform';
import { backupMessage, type BackupMessageCode } from './messages';
import type { RestoreDialogProps } from './RestoreDialog';
import { checkBackupFile, restoreWithSafetyCopy } from './restore';

type Pending = { fileName: string; backup: CheckedBackup };

/**
 * The restore steps shared by the menu item and the settings page: pick a
 * file, check it whole, preview it, and on confirmation keep the current
 * state and restore. Every failure is a toast; the data stays as it was.
 */
export function useRestore(onRestored: () => void = () => undefined): {
  begin: () => Promise<void>;
  dialog: RestoreDialogProps;
} {
  const { t } = useTranslation();
  const toast = useToast();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = useCallback(
    (code: BackupMessageCode) =>
      toast({ tone: 'error', message: backupMessage(t, code) }),
    [t, toast],
  );

  const begin = useCallback(async () => {
    const opened = await platform().backups.openFile();
    if (!opened.ok) return fail(opened.code);
    const file = opened.value;
    if (!file) return;
    if ('problem' in file) return fail(file.problem);
    const checked = checkBackupFile(file.bytes, database());
    if (!checked.ok) return fail(checked.code);
    setPending({ fileName: file.fileName, backup: checked.value });
  }, [fail]);

  const confirm = async () => {
    if (!pending) return;
    const host = platform().backups;
    setBusy(true);
    const result = await restoreWithSafetyCopy(
      database(),
      pending.backup,
      (bytes) => host.keep({ bytes, changes: null, reason: 'before-restore' }),
      {
        appVersion: await host.appVersion(),
        now: () => new Date(),
        versions: schemaVersions,
      },
    );
    setBusy(false);
    setPending(null);
    if (!result.ok) return fail(result.code);
    toast({
      message: t('backups.restore.done', {
        fileName: result.value.safetyCopy,
      }),
    });
    onRestored();
  };

  return {
    begin,
    dialog: {
      pending: pending && {
        fileName: pending.fileName,
        preview: pending.backup.preview,
      },
      busy,
      onCancel: () => setPending(null),
      onConfirm: () => void confirm(),
    },
  };
}
