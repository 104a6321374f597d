import { useTranslation } from 'react-i18next';
import { historyYears } from '@shared/calc/deadlines';
import {
  auditTypes,
  leadAgencies,
  mandatoryBases,
  procedures,
  type LeadAgency,
  type Procedure,
} from '@shared/model/audit';
import type { Auditor } from '@shared/settings/schema';
import {
  deadlinesOf,
  withAuditType,
  type AuditDraft,
  type Errors,
} from './wizard-form';
import { WizardField } from './WizardField';

export type AuditStepProps = {
  draft: AuditDraft;
  errors: Errors<AuditDraft>;
  auditors: Auditor[];
  onChange: (draft: AuditDraft) => void;
};

export function AuditStep({
  draft,
  errors,
  auditors,
  onChange,
}: AuditStepProps) {
  const { t } = useTranslation();
  const set =
    (key: keyof AuditDraft) => (event: { target: { value: string } }) =>
      onChange({ ...draft, [key]: event.target.value });
  const deadlines = deadlinesOf(draft);
  const year = Number(draft.baseYear);
  const years =
    Number.isInteger(year) && year > 2000 ? historyYears(year) : null;

  return (
    <div className="grid-2">
      <WizardField label={t('wizard.fields.title')} error={errors.title} wide>
        <input
          name="title"
          value={draft.title}
          maxLength={120}
          autoFocus
          onChange={set('title')}
          placeholder={t('audits.dialog.titlePlaceholder')}
        />
      </WizardField>
      <fieldset className="field field-wide">
        <legend>{t('wizard.fields.auditType')}</legend>
        <div className="radio-row">
          {auditTypes.map((type) => (
            <label key={type} className="radio">
              <input
                type="radio"
                name="auditType"
                value={type}
                checked={draft.auditType === type}
                onChange={() => onChange(withAuditType(draft, type))}
              />
              {t(`auditType.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {draft.auditType === 'mandatory' && (
        <fieldset
          className="field field-wide"
          aria-invalid={Boolean(errors.mandatoryBases)}
        >
          <legend>{t('wizard.fields.bases')}</legend>
          <div className="check-grid">
            {mandatoryBases.map((basis) => (
              <label key={basis} className="checkbox">
                <input
                  type="checkbox"
                  name="mandatoryBasis"
                  value={basis}
                  checked={draft.mandatoryBases.includes(basis)}
                  onChange={(event) =>
                    onChange({
                      ...draft,
                      mandatoryBases: event.target.checked
                        ? [...draft.mandatoryBases, basis]
                        : draft.mandatoryBases.filter((b) => b !== basis),
                    })
                  }
                />
                {t(`wizard.basis.${basis}`)}
              </label>
            ))}
          </div>
          {errors.mandatoryBases && (
            <span className="field-error" role="alert">
              {t('wizard.errors.basisRequired')}
            </span>
          )}
        </fieldset>
      )}
      <WizardField label={t('wizard.fields.procedure')}>
        <select
          name="procedure"
          value={draft.procedure}
          onChange={(e) =>
            onChange({ ...draft, procedure: e.target.value as Procedure })
          }
        >
          {procedures.map((p) => (
            <option key={p} value={p}>
              {t(`procedure.${p}`)}
            </option>
          ))}
        </select>
      </WizardField>
      <WizardField label={t('wizard.fields.round')} error={errors.round}>
        <input
          name="round"
          value={draft.round}
          inputMode="numeric"
          onChange={set('round')}
        />
      </WizardField>
      <WizardField
        label={t('wizard.fields.leadAgency')}
        hint={t('wizard.leadAgencyDerived')}
      >
        <select
          name="leadAgency"
          value={draft.leadAgency}
          onChange={(e) =>
            onChange({ ...draft, leadAgency: e.target.value as LeadAgency })
          }
        >
          {leadAgencies.map((agency) => (
            <option key={agency} value={agency}>
              {t(`leadAgency.${agency}`)}
            </option>
          ))}
        </select>
      </WizardField>
      <WizardField
        label={t('wizard.fields.baseYear')}
        error={errors.baseYear}
        hint={
          years
            ? t('wizard.fields.historyYears', { years: years.join('、') })
            : undefined
        }
      >
        <input
          name="baseYear"
          value={draft.baseYear}
          inputMode="numeric"
          maxLength={4}
          onChange={set('baseYear')}
        />
      </WizardField>
      {draft.auditType === 'mandatory' && (
        <>
          <WizardField
            label={t('wizard.fields.listPublishedOn')}
            error={errors.listPublishedOn}
          >
            <input
              name="listPublishedOn"
              type="date"
              value={draft.listPublishedOn}
              onChange={set('listPublishedOn')}
            />
          </WizardField>
          <div className="field deadline-box">
            <span>{t('wizard.deadlines.title')}</span>
            {deadlines ? (
              <dl className="field-list">
                {(['publishAndRegister', 'start', 'finish'] as const).map(
                  (key) => (
                    <div key={key}>
                      <dt>{t(`wizard.deadlines.${key}`)}</dt>
                      <dd>{deadlines[key]}</dd>
                    </div>
                  ),
                )}
              </dl>
            ) : (
              <span className="muted">{t('wizard.deadlines.none')}</span>
            )}
          </div>
        </>
      )}
      <WizardField label={t('wizard.fields.consultancy')}>
        <input
          name="consultancyName"
          value={draft.consultancyName}
          maxLength={120}
          onChange={set('consultancyName')}
        />
      </WizardField>
      <WizardField label={t('wizard.fields.leadAuditor')}>
        <input
          name="leadAuditor"
          list="auditor-names"
          value={draft.leadAuditor}
          maxLength={60}
          onChange={set('leadAuditor')}
        />
        <datalist id="auditor-names">
          {auditors.map((auditor) => (
            <option key={auditor.id} value={auditor.name} />
          ))}
        </datalist>
      </WizardField>
    </div>
  );
}
