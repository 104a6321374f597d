import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { defaultContext } from '../../../db/context';
import { listAudits } from '../../../db/repositories/audits';
import { listCompanies } from '../../../db/repositories/companies';
import { navigate } from '../../../app/route';
import { useSettings } from '../../../app/settings-context';
import type { CreateAuditInput } from '../../../db/repositories/audits';
import { AuditStep } from './AuditStep';
import { CompanyStep } from './CompanyStep';
import {
  checkAudit,
  checkCompany,
  emptyCompanyDraft,
  initialAuditDraft,
  nextRoundFor,
  type AuditDraft,
  type CompanyDraft,
  type Errors,
} from './wizard-form';

function withoutChanged<T extends object>(
  errors: Errors<T>,
  before: T,
  after: T,
): Errors<T> {
  const kept = { ...errors };
  for (const key of Object.keys(kept) as (keyof T)[]) {
    if (before[key] !== after[key]) delete kept[key];
  }
  return kept;
}

export type NewAuditWizardProps = {
  onCreate: (input: CreateAuditInput) => Promise<unknown>;
};

/** Two steps: the company (new, or one already on file), then the audit. */
export function NewAuditWizard({ onCreate }: NewAuditWizardProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const companies =
    useLiveQuery(() => listCompanies(defaultContext()), []) ?? [];
  const audits = useLiveQuery(() => listAudits(defaultContext()), []) ?? [];
  const [step, setStep] = useState<'company' | 'audit'>('company');
  const [company, setCompany] = useState<CompanyDraft>(emptyCompanyDraft);
  const [audit, setAudit] = useState<AuditDraft>(() =>
    initialAuditDraft(
      new Date().toISOString().slice(0, 10),
      settings.consultancy.name,
      settings.consultancy.auditors[0]?.name ?? '',
    ),
  );
  const [companyErrors, setCompanyErrors] = useState<Errors<CompanyDraft>>({});
  const [auditErrors, setAuditErrors] = useState<Errors<AuditDraft>>({});
  const [busy, setBusy] = useState(false);

  // A field's message goes away as soon as the field is edited again.
  const editCompany = (next: CompanyDraft) => {
    setCompanyErrors((errors) => withoutChanged(errors, company, next));
    setCompany(next);
  };
  const editAudit = (next: AuditDraft) => {
    setAuditErrors((errors) => withoutChanged(errors, audit, next));
    setAudit(next);
  };

  const companyInput = (): CreateAuditInput['company'] | null => {
    if (company.existingId) return { id: company.existingId };
    const checked = checkCompany(company);
    setCompanyErrors(checked.ok ? {} : checked.errors);
    return checked.ok ? { fields: checked.fields } : null;
  };

  const next = () => {
    if (!companyInput()) return;
    if (company.existingId)
      setAudit((a) => ({
        ...a,
        round: String(nextRoundFor(company.existingId, audits)),
      }));
    setStep('audit');
  };

  const create = async () => {
    const target = companyInput();
    const checked = checkAudit(audit);
    setAuditErrors(checked.ok ? {} : checked.errors);
    if (!target) return setStep('company');
    if (!checked.ok) return;
    setBusy(true);
    await onCreate({ company: target, audit: checked.fields });
    setBusy(false);
  };

  return (
    <section className="page" aria-labelledby="wizard-heading">
      <header className="page-header">
        <h1 id="wizard-heading">{t('wizard.title')}</h1>
        <ol className="wizard-steps">
          <li aria-current={step === 'company' ? 'step' : undefined}>
            {t('wizard.steps.company')}
          </li>
          <li aria-current={step === 'audit' ? 'step' : undefined}>
            {t('wizard.steps.audit')}
          </li>
        </ol>
      </header>
      <form
        className="card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step === 'company') next();
          else void create();
        }}
      >
        {step === 'company' ? (
          <CompanyStep
            draft={company}
            errors={companyErrors}
            companies={companies}
            onChange={editCompany}
          />
        ) : (
          <AuditStep
            draft={audit}
            errors={auditErrors}
            auditors={settings.consultancy.auditors}
            onChange={editAudit}
          />
        )}
        <div className="form-actions">
          <button
            type="button"
            onClick={() =>
              step === 'audit'
                ? setStep('company')
                : navigate({ name: 'audits' })
            }
          >
            {step === 'audit' ? t('wizard.back') : t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {step === 'company' ? t('wizard.next') : t('wizard.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
