import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { defaultContext } from '@renderer/db/context';
import { listRows } from '@renderer/db/repositories/audit-rows';
import { rankFocusCandidates } from '@shared/model/focus';
import { focusOutcome } from './focus-ranking';
import { FocusCandidatesTable } from './FocusCandidatesTable';
import { FocusFactorsTable } from './FocusFactorsTable';
import { FocusScoresTable } from './FocusScoresTable';

export type FocusScoringSectionProps = { auditId: string };

/**
 * Step 8, selecting the audit focus (domain.md §3.1): the candidates, the
 * weighted factors, the score table with totals and ranks, and the choice.
 */
export function FocusScoringSection({ auditId }: FocusScoringSectionProps) {
  const data = useLiveQuery(async () => {
    const ctx = defaultContext();
    const [factors, candidates] = await Promise.all([
      listRows(ctx, 'focusFactors', auditId),
      listRows(ctx, 'focusCandidates', auditId),
    ]);
    return { factors, candidates };
  }, [auditId]);
  const ranking = useMemo(
    () => data && rankFocusCandidates(data.factors, data.candidates),
    [data],
  );
  const outcome = useMemo(
    () => data && ranking && focusOutcome(data.candidates, ranking),
    [data, ranking],
  );

  return (
    <>
      <FocusCandidatesTable auditId={auditId} />
      <FocusFactorsTable
        auditId={auditId}
        empty={data !== undefined && data.factors.length === 0}
      />
      {data && ranking && outcome && (
        <FocusScoresTable
          auditId={auditId}
          factors={data.factors}
          ranking={ranking}
          outcome={outcome}
        />
      )}
    </>
  );
}
