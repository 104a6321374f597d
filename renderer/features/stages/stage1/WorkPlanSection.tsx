import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import type { WorkPlanItem } from '@shared/model/team';
import type { GridColumn } from '@renderer/components/grid';
import { AuditTableSection } from '../AuditTableSection';
import { flatView } from '../use-audit-table';
import { WorkPlanDateWarnings } from './WorkPlanDateWarnings';

export type WorkPlanSectionProps = { auditId: string };

const view = flatView<'workPlanItems'>();

/**
 * WS 1-2 审核工作计划表: the nine rows seeded with each audit (the seven
 * stages with the interim report after stage 4 and the final report last).
 * Rows may be added or removed, as some consultants split a stage.
 */
export function WorkPlanSection({ auditId }: WorkPlanSectionProps) {
  const { t } = useTranslation();
  const columns = useMemo<GridColumn<WorkPlanItem>[]>(
    () => [
      {
        kind: 'text',
        key: 'stageLabel',
        header: t('stage1Tables.workPlan.columns.stageLabel'),
        width: 124,
        maxLength: 60,
      },
      {
        kind: 'text',
        key: 'tasks',
        header: t('stage1Tables.workPlan.columns.tasks'),
        width: 228,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'date',
        key: 'deadline',
        header: t('stage1Tables.workPlan.columns.deadline'),
        width: 96,
      },
      {
        kind: 'text',
        key: 'responsible',
        header: t('stage1Tables.workPlan.columns.responsible'),
        width: 120,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'text',
        key: 'checker',
        header: t('stage1Tables.workPlan.columns.checker'),
        width: 120,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'text',
        key: 'output',
        header: t('stage1Tables.workPlan.columns.output'),
        width: 182,
        maxLength: LONG_TEXT,
      },
    ],
    [t],
  );
  return (
    <AuditTableSection
      sectionKey="workPlan"
      title={t('stage1Tables.workPlan.title')}
      description={t('stage1Tables.workPlan.description')}
      table="workPlanItems"
      auditId={auditId}
      columns={columns}
      view={view}
    >
      <WorkPlanDateWarnings auditId={auditId} />
    </AuditTableSection>
  );
}
