import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

export type FiledDetails = {
  filedOn: string;
  referenceNumber: string;
  note: string;
};

export type FiledDialogProps = {
  onClose: () => void;
  onSubmit: (filed: FiledDetails) => void;
};

const fields = [
  { key: 'filedOn', label: 'packages.outbox.filedOn', max: 10 },
  { key: 'referenceNumber', label: 'packages.outbox.reference', max: 80 },
  { key: 'note', label: 'packages.outbox.note', max: 500 },
] as const;

/** Records that a package was filed on the provincial platform. */
export function FiledDialog({ onClose, onSubmit }: FiledDialogProps) {
  const { t } = useTranslation();
  const [details, setDetails] = useState<FiledDetails>({
    filedOn: '',
    referenceNumber: '',
    note: '',
  });
  const [missingDate, setMissingDate] = useState(false);
  return (
    <Dialog
      open
      title={t('packages.outbox.filedTitle')}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={() => {
        if (!details.filedOn) setMissingDate(true);
        else onSubmit(details);
      }}
    >
      {fields.map(({ key, label, max }) => (
        <label className="field" key={key}>
          <span>{t(label)}</span>
          <input
            type={key === 'filedOn' ? 'date' : 'text'}
            value={details[key]}
            maxLength={max}
            aria-invalid={key === 'filedOn' && missingDate}
            onChange={(event) =>
              setDetails({ ...details, [key]: event.target.value })
            }
          />
        </label>
      ))}
      {missingDate && (
        <p className="field-error" role="alert">
          {t('packages.outbox.needDate')}
        </p>
      )}
    </Dialog>
  );
}
