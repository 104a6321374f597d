import { useTranslation } from 'react-i18next';
import type { BalanceStudy } from '@shared/model/balance';
import type { BalanceState } from './balance-view';

export type StudyPickerProps = {
  studies: readonly BalanceStudy[];
  states: ReadonlyMap<string, BalanceState>;
  shown: string | null;
  onPick: (studyId: string) => void;
};

/** One button per study; the pressed one's streams are shown below. */
export function StudyPicker({
  studies,
  states,
  shown,
  onPick,
}: StudyPickerProps) {
  const { t } = useTranslation();
  if (studies.length === 0) {
    return (
      <p className="analysis-note">{t('analysisTables.balance.noStudies')}</p>
    );
  }
  return (
    <div
      className="study-picker"
      role="group"
      aria-label={t('analysisTables.balance.pickerLabel')}
    >
      <span className="study-picker-label">
        {t('analysisTables.balance.pickerLabel')}
      </span>
      {studies.map((study) => {
        const state = states.get(study.id) ?? 'empty';
        return (
          <button
            key={study.id}
            type="button"
            className="study-picker-button"
            aria-pressed={study.id === shown}
            onClick={() => onPick(study.id)}
          >
            {study.name || t('analysisTables.unnamed')}
            <span className={`tag balance-state balance-state-${state}`}>
              {t(`analysisTables.balance.states.${state}`)}
            </span>
          </button>
        );
      })}
    </div>
  );
}
