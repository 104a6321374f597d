import { useTranslation } from 'react-i18next';
import type { AuditEnergyAccounting } from '@shared/model/audit';
import { COEFFICIENT_SETS } from '@shared/reference/coefficients';
import { OPTIONAL_PARTS, type OptionalPart } from '@shared/report/input';
import { reportKinds } from '@shared/settings/schema';
import { useSettings } from '../../app/settings-context';
import { pickLabel } from '../../i18n/bilingual';
import { platform } from '../../platform';
import type { ReportChoice } from './use-report-generation';

export type ReportOptionsCardProps = {
  choice: ReportChoice;
  /** The audit's energy accounting, which the report uses and names. */
  accounting: AuditEnergyAccounting;
  disabled: boolean;
  onChange: (choice: ReportChoice) => void;
};

/** Which draft, the draft mark, and which optional parts go in. */
export function ReportOptionsCard({
  choice,
  accounting,
  disabled,
  onChange,
}: ReportOptionsCardProps) {
  const { t, i18n } = useTranslation();
  const { settings, update } = useSettings();
  // Only the desktop app can read the system's fonts.
  const inElectron = platform().kind === 'electron';
  const { coefficientSetId, electricityBasis } = accounting;
  const togglePart = (part: OptionalPart, included: boolean) =>
    onChange({
      ...choice,
      omit: included
        ? choice.omit.filter((p) => p !== part)
        : [...choice.omit, part],
    });

  return (
    <article className="card">
      <h2>{t('report.options')}</h2>
      <fieldset className="field">
        <legend>{t('report.kind')}</legend>
        <div className="radio-row">
          {reportKinds.map((kind) => (
            <label key={kind} className="radio">
              <input
                type="radio"
                name="reportKind"
                checked={choice.kind === kind}
                disabled={disabled}
                onChange={() => onChange({ ...choice, kind })}
              />
              {t(`reportKind.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={choice.draftMark}
          disabled={disabled}
          onChange={(e) => onChange({ ...choice, draftMark: e.target.checked })}
        />
        {t('report.draftMark')}
      </label>
      <fieldset className="field">
        <legend>{t('report.parts')}</legend>
        {OPTIONAL_PARTS.map((part) => (
          <label key={part} className="checkbox">
            <input
              type="checkbox"
              checked={!choice.omit.includes(part)}
              disabled={disabled}
              onChange={(e) => togglePart(part, e.target.checked)}
            />
            {t(`report.part.${part}`)}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          name="useSystemFonts"
          checked={inElectron && settings.report.useSystemFonts}
          disabled={disabled || !inElectron}
          onChange={(event) =>
            void update({
              report: {
                ...settings.report,
                useSystemFonts: event.target.checked,
              },
            })
          }
        />
        {t('report.fontSystem')}
      </label>
      <p className="field-hint">
        <strong>{t('report.fonts')}</strong>{' '}
        {inElectron
          ? settings.report.useSystemFonts
            ? t('report.fontSystemFallback')
            : t('report.fontBundled')
          : `${t('report.fontBundled')} ${t('report.fontSystemUnavailable')}`}
      </p>
      <p className="field-hint">
        {t('report.accounting', {
          set: pickLabel(
            COEFFICIENT_SETS[coefficientSetId].name,
            i18n.language,
          ),
          basis: t(`report.basis.${electricityBasis}`),
        })}
      </p>
    </article>
  );
}
