import { useTranslation } from 'react-i18next';
import type { Company } from '@shared/model/company';
import {
  CITIES,
  REGIONS,
  regionByKey,
  regionOfCity,
  isCityCode,
} from '@shared/reference/cities';
import {
  DIVISION_CODES,
  DIVISION_LABELS,
  PILLAR_INDUSTRIES,
} from '@shared/reference/industries';
import { pickLabel } from '../../../i18n/bilingual';
import { withDivision, type CompanyDraft, type Errors } from './wizard-form';
import { WizardField } from './WizardField';

export type CompanyStepProps = {
  draft: CompanyDraft;
  errors: Errors<CompanyDraft>;
  companies: Company[];
  onChange: (draft: CompanyDraft) => void;
};

export function CompanyStep({
  draft,
  errors,
  companies,
  onChange,
}: CompanyStepProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const set =
    (key: keyof CompanyDraft) => (event: { target: { value: string } }) =>
      onChange({ ...draft, [key]: event.target.value });
  const region = isCityCode(draft.cityCode)
    ? regionByKey(regionOfCity(draft.cityCode))
    : null;

  return (
    <div className="grid-2">
      {companies.length > 0 && (
        <WizardField
          label={t('wizard.companyChoice')}
          hint={t('wizard.reuseHint')}
          wide
        >
          <select
            name="existingCompany"
            value={draft.existingId}
            onChange={set('existingId')}
          >
            <option value="">{t('wizard.newCompany')}</option>
            {companies.map((company) => (
              <option key={company.id} value={company.id}>
                {company.name}
              </option>
            ))}
          </select>
        </WizardField>
      )}
      {!draft.existingId && (
        <>
          <WizardField label={t('wizard.fields.name')} error={errors.name} wide>
            <input
              name="companyName"
              value={draft.name}
              maxLength={120}
              onChange={set('name')}
              autoFocus
            />
          </WizardField>
          <WizardField
            label={t('wizard.fields.creditCode')}
            error={errors.creditCode}
          >
            <input
              name="creditCode"
              value={draft.creditCode}
              maxLength={24}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={Boolean(errors.creditCode)}
              onChange={set('creditCode')}
            />
          </WizardField>
          <WizardField label={t('wizard.fields.address')}>
            <input
              name="address"
              value={draft.address}
              maxLength={200}
              onChange={set('address')}
            />
          </WizardField>
          <WizardField
            label={t('wizard.fields.city')}
            error={errors.cityCode}
            hint={
              region
                ? `${t('wizard.fields.region')}：${pickLabel(region.name, lang)}`
                : undefined
            }
          >
            <select
              name="city"
              value={draft.cityCode}
              onChange={set('cityCode')}
            >
              <option value="">{t('wizard.choose')}</option>
              {REGIONS.map((r) => (
                <optgroup key={r.key} label={pickLabel(r.name, lang)}>
                  {CITIES.filter((city) => city.region === r.key).map(
                    (city) => (
                      <option key={city.code} value={city.code}>
                        {pickLabel(city.name, lang)}
                      </option>
                    ),
                  )}
                </optgroup>
              ))}
            </select>
          </WizardField>
          <WizardField label={t('wizard.fields.district')}>
            <input
              name="district"
              value={draft.district}
              maxLength={40}
              onChange={set('district')}
            />
          </WizardField>
          <WizardField
            label={t('wizard.fields.division')}
            error={errors.division}
          >
            <select
              name="division"
              value={draft.division}
              onChange={(event) => {
                const code = event.target.value as
                  (typeof DIVISION_CODES)[number] | '';
                onChange(
                  withDivision(
                    draft,
                    code,
                    code ? DIVISION_LABELS[code].zh : '',
                  ),
                );
              }}
            >
              <option value="">{t('wizard.choose')}</option>
              {DIVISION_CODES.map((code) => (
                <option key={code} value={code}>
                  {`${code} ${pickLabel(DIVISION_LABELS[code], lang)}`}
                </option>
              ))}
            </select>
          </WizardField>
          <WizardField
            label={t('wizard.fields.industryCode')}
            error={errors.industryCode}
          >
            <input
              name="industryCode"
              value={draft.industryCode}
              maxLength={4}
              inputMode="numeric"
              onChange={set('industryCode')}
            />
          </WizardField>
          <WizardField label={t('wizard.fields.industryName')}>
            <input
              name="industryName"
              value={draft.industryName}
              maxLength={80}
              onChange={set('industryName')}
            />
          </WizardField>
          <WizardField label={t('wizard.fields.pillar')}>
            <select
              name="pillarGroup"
              value={draft.pillarGroup}
              onChange={set('pillarGroup')}
            >
              <option value="">{t('wizard.choose')}</option>
              {PILLAR_INDUSTRIES.map((pillar) => (
                <option key={pillar.key} value={pillar.key}>
                  {pickLabel(pillar.name, lang)}
                </option>
              ))}
            </select>
          </WizardField>
          <WizardField
            label={t('wizard.fields.employees')}
            error={errors.employees}
          >
            <input
              name="employees"
              value={draft.employees}
              inputMode="numeric"
              onChange={set('employees')}
            />
          </WizardField>
          <WizardField
            label={t('wizard.fields.outputValue')}
            error={errors.outputValueWanYuan}
          >
            <input
              name="outputValue"
              value={draft.outputValueWanYuan}
              inputMode="decimal"
              onChange={set('outputValueWanYuan')}
            />
          </WizardField>
          <WizardField label={t('wizard.fields.mainProducts')} wide>
            <input
              name="mainProducts"
              value={draft.mainProducts}
              maxLength={400}
              onChange={set('mainProducts')}
            />
          </WizardField>
        </>
      )}
    </div>
  );
}
