import { useTranslation } from 'react-i18next';
import type { FocusOutcome } from './focus-ranking';
import { formatFigure } from './number-format';

export type FocusVerdictProps = { outcome: FocusOutcome };

/** Whether the chosen focus is the one the ranking puts first, in words. */
export function FocusVerdict({ outcome }: FocusVerdictProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const { chosen, top, ranked, missingScores } = outcome;
  const nameOf = (name: string) => name || t('analysisTables.unnamed');
  const separator = t('analysisTables.listSeparator');
  const notes: { key: string; text: string; warn: boolean }[] = [];

  if (ranked.length > 0 && chosen === null) {
    notes.push({
      key: 'none',
      text: t('analysisTables.focus.noneChosen'),
      warn: true,
    });
  }
  const [first] = top;
  if (chosen && first && chosen.rank !== 1) {
    notes.push({
      key: 'not-top',
      text: t('analysisTables.focus.chosenNotTop', {
        chosen: nameOf(chosen.candidate.name),
        rank: chosen.rank,
        top: top.map((r) => nameOf(r.candidate.name)).join(separator),
      }),
      warn: true,
    });
  } else if (chosen && chosen.rank === 1 && top.length === 1) {
    notes.push({
      key: 'top',
      text: t('analysisTables.focus.chosenIsTop', {
        name: nameOf(chosen.candidate.name),
        total: formatFigure(chosen.total, locale),
      }),
      warn: false,
    });
  }
  if (top.length > 1) {
    notes.push({
      key: 'tie',
      text: t('analysisTables.focus.tiedTop', {
        names: top.map((r) => nameOf(r.candidate.name)).join(separator),
      }),
      warn: false,
    });
  }
  if (missingScores > 0) {
    notes.push({
      key: 'missing',
      text: t('analysisTables.focus.missingScores', { count: missingScores }),
      warn: false,
    });
  }
  if (notes.length === 0) return null;
  return (
    <div className="analysis-notes">
      {notes.map((note) => (
        <p
          key={note.key}
          className={note.warn ? 'analysis-warning' : 'analysis-note'}
        >
          {note.text}
        </p>
      ))}
    </div>
  );
}
