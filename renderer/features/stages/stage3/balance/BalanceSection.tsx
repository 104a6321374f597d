import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { defaultContext } from '@renderer/db/context';
import { listRows } from '@renderer/db/repositories/audit-rows';
import { studyBalance } from '@shared/model/balance';
import { EvidencePanel } from '@renderer/features/evidence/EvidencePanel';
import { balanceState, type StudyStatus } from './balance-view';
import { BalanceStreamsTable } from './BalanceStreamsTable';
import { BalanceStudiesTable } from './BalanceStudiesTable';
import { BalanceSummary } from './BalanceSummary';
import { StudyPicker } from './StudyPicker';
import { useStudySelection } from './use-study-selection';
import '@renderer/features/stages/stage2/analysis/analysis.css';
import './balance.css';

export type BalanceSectionProps = { auditId: string };

/**
 * Steps 12–13 (domain.md §3.3): the material, water, energy and element
 * balances, each with its streams, totals and error. One study's streams
 * are shown at a time, so the page stays short with several balances.
 */
export function BalanceSection({ auditId }: BalanceSectionProps) {
  const { t } = useTranslation();
  const data = useLiveQuery(async () => {
    const ctx = defaultContext();
    const [studies, streams] = await Promise.all([
      listRows(ctx, 'balanceStudies', auditId),
      listRows(ctx, 'balanceStreams', auditId),
    ]);
    return { studies, streams };
  }, [auditId]);
  const statuses = useMemo(() => {
    const map = new Map<string, StudyStatus>();
    for (const study of data?.studies ?? []) {
      const streams = data?.streams ?? [];
      map.set(study.id, {
        balance: studyBalance(study, streams),
        streamCount: streams.filter((s) => s.studyId === study.id).length,
      });
    }
    return map;
  }, [data]);
  const states = useMemo(
    () =>
      new Map(
        [...statuses].map(([id, s]) => [
          id,
          balanceState(s.balance, s.streamCount),
        ]),
      ),
    [statuses],
  );
  const [shownId, pick] = useStudySelection(data?.studies);
  const shown = data?.studies.find((s) => s.id === shownId);
  const status = shown && statuses.get(shown.id);
  const ownStreams = useMemo(
    () => data?.streams.filter((s) => s.studyId === shownId) ?? [],
    [data, shownId],
  );

  return (
    <>
      <BalanceStudiesTable auditId={auditId} statuses={statuses}>
        {data && (
          <StudyPicker
            studies={data.studies}
            states={states}
            shown={shownId}
            onPick={pick}
          />
        )}
      </BalanceStudiesTable>
      {shown && status && (
        <BalanceStreamsTable
          key={shown.id}
          auditId={auditId}
          study={shown}
          streams={ownStreams}
        >
          <BalanceSummary
            study={shown}
            balance={status.balance}
            streams={ownStreams}
          />
          <h3>{t('analysisTables.balance.evidence', { name: shown.name })}</h3>
          <EvidencePanel
            auditId={auditId}
            ownerType="balanceStudies"
            ownerId={shown.id}
          />
        </BalanceStreamsTable>
      )}
    </>
  );
}
