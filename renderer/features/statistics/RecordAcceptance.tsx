import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseIsoDate } from '@shared/calc/deadlines';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import { recordAcceptance } from '../../db/repositories/portfolio';
import { errorCodeOf, errorMessage } from '../../i18n/errors';

export type RecordAcceptanceProps = {
  auditId: string;
  name: string;
  todayIso: string;
};

/** A date field for an accepted audit that has no acceptance date yet. */
export function RecordAcceptance({
  auditId,
  name,
  todayIso,
}: RecordAcceptanceProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState(false);
  const save = async () => {
    if (parseIsoDate(date) === null || date > todayIso) {
      setProblem(true);
      return;
    }
    setProblem(false);
    try {
      await recordAcceptance(defaultContext(), auditId, date);
      toast({ message: t('portfolio.certificates.recorded') });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };
  return (
    <form
      className="stats-record"
      // Our own check speaks in the UI language; the browser's bubble for
      // a date past \`max\` would not, and would block it.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <span>{name}</span>
      <label className="field stats-inline">
        <span>{t('portfolio.certificates.recordDate')}</span>
        <input
          type="date"
          value={date}
          max={todayIso}
          aria-invalid={problem}
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
      <button type="submit" className="button">
        {t('portfolio.certificates.record')}
      </button>
      {problem && (
        <span className="field-error" role="alert">
          {t('portfolio.certificates.badDate')}
        </span>
      )}
    </form>
  );
}
