import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from './wizard-form';

export type WizardFieldProps = {
  label: string;
  error?: FieldError | undefined;
  hint?: string;
  wide?: boolean;
  children: ReactNode;
};

/** A labelled control with its problem, if any, said under it. */
export function WizardField({
  label,
  error,
  hint,
  wide,
  children,
}: WizardFieldProps) {
  const { t } = useTranslation();
  return (
    <label className={wide ? 'field field-wide' : 'field'}>
      <span>{label}</span>
      {children}
      {hint && !error && <span className="field-hint">{hint}</span>}
      {error && (
        <span className="field-error" role="alert">
          {t(
            `wizard.errors.${error.key}` as 'wizard.errors.required',
            error.values ?? {},
          )}
        </span>
      )}
    </label>
  );
}
