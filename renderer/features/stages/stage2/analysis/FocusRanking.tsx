import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '@renderer/components/Toasts';
import { defaultContext } from '@renderer/db/context';
import { chooseFocus } from '@renderer/db/repositories/audit-row-seeds';
import { errorCodeOf, errorMessage } from '@renderer/i18n/errors';
import type { FocusOutcome } from './focus-ranking';
import { FocusVerdict } from './FocusVerdict';
import { formatFigure } from './number-format';
import './analysis.css';

export type FocusRankingProps = {
  auditId: string;
  outcome: FocusOutcome;
};

/**
 * The candidates by total, the highest marked, and the one place the audit
 * focus is chosen: one radio per candidate, so exactly one is chosen.
 */
export function FocusRanking({ auditId, outcome }: FocusRankingProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const topIds = new Set(outcome.top.map((r) => r.candidate.id));
  // The radio follows the click at once and lets go once the stored rows
  // show the choice, or at once when the write fails.
  const [choosing, setChoosing] = useState<string | null>(null);
  if (choosing !== null && outcome.chosen?.candidate.id === choosing) {
    setChoosing(null);
  }
  const choose = async (candidateId: string) => {
    setChoosing(candidateId);
    try {
      await chooseFocus(defaultContext(), auditId, candidateId);
    } catch (error) {
      setChoosing(null);
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };
  const nameOf = (name: string) => name || t('analysisTables.unnamed');

  return (
    <div className="focus-ranking">
      <h3 id={`focus-ranking-${auditId}`}>
        {t('analysisTables.focus.rankingTitle')}
      </h3>
      {outcome.ranked.length === 0 ? (
        <p className="muted">{t('analysisTables.focus.noCandidates')}</p>
      ) : (
        <table
          className="data-table focus-ranking-table"
          aria-labelledby={`focus-ranking-${auditId}`}
        >
          <thead>
            <tr>
              <th scope="col">
                {t('analysisTables.focus.rankingColumns.rank')}
              </th>
              <th scope="col">
                {t('analysisTables.focus.rankingColumns.candidate')}
              </th>
              <th scope="col" className="is-number">
                {t('analysisTables.focus.rankingColumns.total')}
              </th>
              <th scope="col">
                {t('analysisTables.focus.rankingColumns.choose')}
              </th>
            </tr>
          </thead>
          <tbody>
            {outcome.ranked.map(({ candidate, total, rank }) => (
              <tr
                key={candidate.id}
                className={topIds.has(candidate.id) ? 'is-top' : undefined}
              >
                <td className="is-number">{rank}</td>
                <td>
                  {nameOf(candidate.name)}
                  {topIds.has(candidate.id) && (
                    <span className="tag tag-top">
                      {t('analysisTables.focus.topTag')}
                    </span>
                  )}
                </td>
                <td className="is-number">{formatFigure(total, locale)}</td>
                <td>
                  <label className="focus-choice">
                    <input
                      type="radio"
                      name={`focus-${auditId}`}
                      checked={
                        choosing === null
                          ? candidate.chosen
                          : candidate.id === choosing
                      }
                      onChange={() => void choose(candidate.id)}
                      aria-label={t('analysisTables.focus.chooseLabel', {
                        name: nameOf(candidate.name),
                      })}
                    />
                    {candidate.chosen && (
                      <span className="tag tag-chosen">
                        {t('analysisTables.focus.chosenTag')}
                      </span>
                    )}
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FocusVerdict outcome={outcome} />
    </div>
  );
}
