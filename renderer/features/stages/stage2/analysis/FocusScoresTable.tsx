import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn } from '@renderer/components/grid';
import { SCORE_RANGE, type WeightedSumResult } from '@shared/calc/weighted-sum';
import { SHORT_TEXT } from '@shared/model/audit-row';
import type { FocusFactor } from '@shared/model/focus';
import { AuditTableSection } from '../../AuditTableSection';
import type { FocusOutcome } from './focus-ranking';
import {
  factorLabel,
  scoreKey,
  scoreView,
  type ScoreGridRow,
} from './focus-view';
import { FocusRanking } from './FocusRanking';
import { formatFigure } from './number-format';

export type FocusScoresTableProps = {
  auditId: string;
  factors: readonly FocusFactor[];
  ranking: WeightedSumResult;
  outcome: FocusOutcome;
};

/** Scores R per candidate and factor, the totals ΣW·R and the ranks. */
export function FocusScoresTable(props: FocusScoresTableProps) {
  const { auditId, factors, ranking } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const locale = i18n.resolvedLanguage ?? language;
  const view = useMemo(() => scoreView(factors, ranking), [factors, ranking]);
  const columns = useMemo((): GridColumn<ScoreGridRow>[] => {
    const scoreColumns = factors.map((factor): GridColumn<ScoreGridRow> => ({
      kind: 'number',
      key: scoreKey(factor.id),
      header: t('analysisTables.focus.scoreHeader', {
        name: factorLabel(factor, language),
        weight: formatFigure(factor.weight, locale),
      }),
      min: SCORE_RANGE.min,
      max: SCORE_RANGE.max,
      width: 88,
    }));
    return [
      {
        kind: 'text',
        key: 'name',
        header: t('analysisTables.focus.scoreColumns.name'),
        width: 130,
        maxLength: SHORT_TEXT,
      },
      ...scoreColumns,
      {
        kind: 'computed',
        key: 'total',
        header: t('analysisTables.focus.scoreColumns.total'),
        compute: (row) => row.total,
        width: 72,
      },
      {
        kind: 'computed',
        key: 'rank',
        header: t('analysisTables.focus.scoreColumns.rank'),
        compute: (row) => row.rank,
        width: 52,
      },
    ];
  }, [factors, t, language, locale]);
  return (
    <AuditTableSection
      sectionKey="focusScoring-scores"
      title={t('analysisTables.focus.scoresTitle')}
      description={t('analysisTables.focus.scoresDescription')}
      table="focusCandidates"
      auditId={auditId}
      columns={columns}
      view={view}
    >
      {factors.length === 0 && (
        <p className="analysis-note">{t('analysisTables.focus.noFactors')}</p>
      )}
      <FocusRanking auditId={auditId} outcome={props.outcome} />
    </AuditTableSection>
  );
}
