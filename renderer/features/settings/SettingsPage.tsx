import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  languages,
  reportKinds,
  type Language,
  type ReportKind,
} from '@shared/settings/schema';
import { useSettings } from '../../app/settings-context';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errors';
import { BackupSection } from '../backups/BackupSection';
import { AuditorsTable } from './AuditorsTable';
import {
  fromDraft,
  toDraft,
  type DraftError,
  type DraftErrorKey,
  type SettingsDraft,
} from './settings-form';

export function SettingsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const { settings, update } = useSettings();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const [errors, setErrors] = useState<
    Partial<Record<DraftErrorKey, DraftError>>
  >({});
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof SettingsDraft>(
    key: K,
    value: SettingsDraft[K],
  ) => setDraft((current) => ({ ...current, [key]: value }));
  const setConsultancy = (
    key: 'name' | 'creditCode' | 'address' | 'phone',
    value: string,
  ) => set('consultancy', { ...draft.consultancy, [key]: value });

  const describe = (key: DraftErrorKey) => {
    const error = errors[key];
    if (!error) return null;
    const text =
      error.kind === 'range'
        ? t('settings.errors.range', { min: error.min, max: error.max })
        : t(`settings.errors.${error.kind}`);
    return <span className="field-error">{text}</span>;
  };

  const numberField = (
    key: Exclude<DraftErrorKey, 'auditors'>,
    label: string,
  ) => (
    <label className="field">
      <span>{label}</span>
      <input
        name={key}
        inputMode="decimal"
        value={draft[key]}
        aria-invalid={Boolean(errors[key])}
        onChange={(event) => set(key, event.target.value)}
      />
      {describe(key)}
    </label>
  );

  const save = async () => {
    const parsed = fromDraft(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await update(parsed.settings);
    setBusy(false);
    if (result.ok) toast({ message: t('settings.saved') });
    else toast({ tone: 'error', message: errorMessage(t, result.code) });
  };

  return (
    <section className="page" aria-labelledby="settings-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <header className="page-header">
          <h1 id="settings-heading">{t('settings.title')}</h1>
          {Object.keys(errors).length > 0 && (
            <p className="form-error" role="alert">
              {t('settings.invalid')}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {t('common.save')}
          </button>
        </header>

        <fieldset className="card">
          <legend>{t('settings.sections.language')}</legend>
          <select
            name="language"
            aria-label={t('settings.sections.language')}
            value={draft.language}
            onChange={(event) =>
              set('language', event.target.value as Language)
            }
          >
            {languages.map((lang) => (
              <option key={lang} value={lang}>
                {t(`settings.language.${lang}`)}
              </option>
            ))}
          </select>
        </fieldset>

        <fieldset className="card grid-2">
          <legend>{t('settings.sections.consultancy')}</legend>
          {(['name', 'creditCode', 'address', 'phone'] as const).map((key) => (
            <label className="field" key={key}>
              <span>{t(`settings.consultancy.${key}`)}</span>
              <input
                name={`consultancy-${key}`}
                value={draft.consultancy[key]}
                maxLength={key === 'creditCode' ? 18 : 200}
                onChange={(event) => setConsultancy(key, event.target.value)}
              />
            </label>
          ))}
        </fieldset>

        <fieldset className="card">
          <legend>{t('settings.sections.auditors')}</legend>
          <AuditorsTable
            auditors={draft.consultancy.auditors}
            onChange={(auditors) =>
              set('consultancy', { ...draft.consultancy, auditors })
            }
          />
          {describe('auditors')}
        </fieldset>

        <fieldset className="card grid-3">
          <legend>{t('settings.sections.economics')}</legend>
          {numberField(
            'discountRatePercent',
            t('settings.economics.discountRate'),
          )}
          {numberField(
            'depreciationYears',
            t('settings.economics.depreciationYears'),
          )}
          {numberField(
            'incomeTaxRatePercent',
            t('settings.economics.incomeTaxRate'),
          )}
          <p className="hint">{t('settings.economics.hint')}</p>
        </fieldset>

        <fieldset className="card grid-2">
          <legend>{t('settings.sections.costClass')}</legend>
          {numberField('lowUpperWanYuan', t('settings.costClass.lowUpper'))}
          {numberField('midUpperWanYuan', t('settings.costClass.midUpper'))}
          <p className="hint">{t('settings.costClass.hint')}</p>
        </fieldset>

        <fieldset className="card">
          <legend>{t('settings.sections.report')}</legend>
          <label className="field">
            <span>{t('settings.report.defaultKind')}</span>
            <select
              name="defaultKind"
              value={draft.report.defaultKind}
              onChange={(event) =>
                set('report', {
                  ...draft.report,
                  defaultKind: event.target.value as ReportKind,
                })
              }
            >
              {reportKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`reportKind.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.report.useSystemFonts}
              onChange={(event) =>
                set('report', {
                  ...draft.report,
                  useSystemFonts: event.target.checked,
                })
              }
            />
            {t('settings.report.useSystemFonts')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.report.draftMark}
              onChange={(event) =>
                set('report', {
                  ...draft.report,
                  draftMark: event.target.checked,
                })
              }
            />
            {t('settings.report.draftMark')}
          </label>
        </fieldset>
      </form>
      <BackupSection />
    </section>
  );
}
