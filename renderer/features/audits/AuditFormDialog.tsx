import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditTypes, type AuditType } from '@shared/model/audit';
import type { Company } from '@shared/model/company';
import { Dialog } from '../../components/Dialog';

export type AuditFormValues = {
  title: string;
  company: { id: string } | { name: string };
  auditType: AuditType;
};

export type AuditFormDialogProps =
  | {
      mode: 'create';
      companies: Company[];
      onSubmit: (values: AuditFormValues) => Promise<void>;
      onClose: () => void;
    }
  | {
      mode: 'rename';
      initialTitle: string;
      onSubmit: (values: { title: string }) => Promise<void>;
      onClose: () => void;
    };

/** Creating an audit (name, company, type) or renaming one. */
export function AuditFormDialog(props: AuditFormDialogProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(
    props.mode === 'rename' ? props.initialTitle : '',
  );
  const [companyName, setCompanyName] = useState('');
  const [companyId, setCompanyId] = useState('');
  const [auditType, setAuditType] = useState<AuditType>('voluntary');
  const [errors, setErrors] = useState<{ title?: string; company?: string }>(
    {},
  );
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const next: typeof errors = {};
    if (!title.trim()) next.title = t('audits.dialog.titleRequired');
    if (props.mode === 'create' && !companyId && !companyName.trim()) {
      next.company = t('audits.dialog.companyRequired');
    }
    setErrors(next);
    if (next.title || next.company) return;
    setBusy(true);
    try {
      if (props.mode === 'rename')
        await props.onSubmit({ title: title.trim() });
      else
        await props.onSubmit({
          title: title.trim(),
          company: companyId ? { id: companyId } : { name: companyName.trim() },
          auditType,
        });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={t(
        props.mode === 'create'
          ? 'audits.dialog.createTitle'
          : 'audits.dialog.renameTitle',
      )}
      submitLabel={t(props.mode === 'create' ? 'audits.create' : 'common.save')}
      onClose={props.onClose}
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
          placeholder={t('audits.dialog.titlePlaceholder')}
          aria-invalid={Boolean(errors.title)}
          onChange={(event) => setTitle(event.target.value)}
        />
        {errors.title && <span className="field-error">{errors.title}</span>}
      </label>
      {props.mode === 'create' && (
        <>
          {props.companies.length > 0 && (
            <label className="field">
              <span>{t('audits.dialog.existingCompany')}</span>
              <select
                name="companyId"
                value={companyId}
                onChange={(event) => setCompanyId(event.target.value)}
              >
                <option value="">{t('audits.dialog.newCompany')}</option>
                {props.companies.map((company) => (
                  <option key={company.id} value={company.id}>
                    {company.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {!companyId && (
            <label className="field">
              <span>{t('audits.dialog.companyLabel')}</span>
              <input
                name="companyName"
                value={companyName}
                maxLength={120}
                placeholder={t('audits.dialog.companyPlaceholder')}
                aria-invalid={Boolean(errors.company)}
                onChange={(event) => setCompanyName(event.target.value)}
              />
              {errors.company && (
                <span className="field-error">{errors.company}</span>
              )}
            </label>
          )}
          <fieldset className="field">
            <legend>{t('audits.dialog.typeLabel')}</legend>
            <div className="radio-row">
              {auditTypes.map((type) => (
                <label key={type} className="radio">
                  <input
                    type="radio"
                    name="auditType"
                    value={type}
                    checked={auditType === type}
                    onChange={() => setAuditType(type)}
                  />
                  {t(`auditType.${type}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}
    </Dialog>
  );
}
