import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

export type RenameAuditDialogProps = {
  initialTitle: string;
  onSubmit: (title: string) => Promise<void>;
  onClose: () => void;
};

export function RenameAuditDialog({
  initialTitle,
  onSubmit,
  onClose,
}: RenameAuditDialogProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initialTitle);
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!title.trim()) return setError(true);
    setBusy(true);
    try {
      await onSubmit(title.trim());
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={t('audits.dialog.renameTitle')}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={() => void submit()}
      busy={busy}
    >
      <label className="field">
        <span>{t('audits.dialog.titleLabel')}</span>
        <input
          name="title"
          autoFocus
          value={title}
          maxLength={120}
          aria-invalid={error}
          onChange={(event) => setTitle(event.target.value)}
        />
        {error && (
          <span className="field-error">
            {t('audits.dialog.titleRequired')}
          </span>
        )}
      </label>
    </Dialog>
  );
}
