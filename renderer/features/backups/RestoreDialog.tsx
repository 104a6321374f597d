import { useTranslation } from 'react-i18next';
import { Dialog } from '@renderer/components/Dialog';
import type { BackupPreview } from '@renderer/db/backup/restore';

export type RestoreDialogProps = {
  /** The checked file to preview; null keeps the dialog closed. */
  pending: { fileName: string; preview: BackupPreview } | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
};

/** What a backup holds, shown before it replaces the data. */
export function RestoreDialog({
  pending,
  busy,
  onCancel,
  onConfirm,
}: RestoreDialogProps) {
  const { t, i18n } = useTranslation();
  const preview = pending?.preview;
  const records =
    preview?.tables.reduce((sum, table) => sum + table.count, 0) ?? 0;
  const time = preview
    ? new Date(preview.createdAt).toLocaleString(i18n.language)
    : '';
  return (
    <Dialog
      title={t('backups.restore.title')}
      open={pending !== null}
      onClose={onCancel}
      onSubmit={onConfirm}
      submitLabel={t('backups.restore.confirm')}
      danger
      busy={busy}
    >
      {pending && preview && (
        <div className="restore-preview">
          <p>{t('backups.restore.fileName', { name: pending.fileName })}</p>
          <p>{t('backups.restore.createdAt', { time })}</p>
          <p>
            {t('backups.restore.appVersion', { version: preview.appVersion })}
          </p>
          {preview.audits.length === 0 ? (
            <p>{t('backups.restore.noAudits')}</p>
          ) : (
            <>
              <p>{t('backups.restore.audits', { n: preview.audits.length })}</p>
              <ul aria-label={t('backups.restore.title')}>
                {preview.audits.map((audit) => (
                  <li key={audit.id}>
                    {audit.title || t('backups.restore.untitled')}
                    {audit.deleted && ` ${t('backups.restore.inBin')}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            {t('backups.restore.records', {
              records,
              files: preview.binaryCount,
            })}
          </p>
          <p role="note">{t('backups.restore.warning')}</p>
        </div>
      )}
    </Dialog>
  );
}
