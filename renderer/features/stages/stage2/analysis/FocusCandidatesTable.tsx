import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn } from '@renderer/components/grid';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import type { FocusCandidate } from '@shared/model/focus';
import { AuditTableSection } from '../../AuditTableSection';
import { flatView } from '../../use-audit-table';

export type FocusCandidatesTableProps = { auditId: string };

const view = flatView<'focusCandidates'>();

/** 备选审核重点情况汇总表: what each candidate generates and consumes. */
export function FocusCandidatesTable({ auditId }: FocusCandidatesTableProps) {
  const { t } = useTranslation();
  const columns = useMemo(
    (): GridColumn<FocusCandidate>[] => [
      {
        kind: 'text',
        key: 'name',
        header: t('analysisTables.focus.candidateColumns.name'),
        width: 170,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'text',
        key: 'description',
        header: t('analysisTables.focus.candidateColumns.description'),
        width: 220,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'text',
        key: 'wasteSummary',
        header: t('analysisTables.focus.candidateColumns.wasteSummary'),
        width: 250,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'text',
        key: 'consumptionSummary',
        header: t('analysisTables.focus.candidateColumns.consumptionSummary'),
        width: 250,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'number',
        key: 'environmentalCostWanYuanPerYear',
        header: t('analysisTables.focus.candidateColumns.environmentalCost'),
        unit: '万元/a',
        min: 0,
        width: 110,
      },
    ],
    [t],
  );
  return (
    <AuditTableSection
      sectionKey="focusScoring"
      title={t('analysisTables.focus.candidatesTitle')}
      description={t('analysisTables.focus.candidatesDescription')}
      table="focusCandidates"
      auditId={auditId}
      columns={columns}
      view={view}
    />
  );
}
