import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { stepStatuses, type StageStep } from '@shared/model/stage-step';
import type { StageCode } from '@shared/reference/stages';
import { stepByCode } from '@shared/reference/steps';
import type { GridColumn } from '../../components/grid';
import { pickLabel } from '../../i18n/bilingual';
import { AuditTableSection } from './AuditTableSection';
import { flatView } from './use-audit-table';

export type StepsSectionProps = { auditId: string; stage: StageCode };

const view = flatView<'stageSteps'>();

/** The steps of one stage: status, dates, who, notes. Rows come from the procedure. */
export function StepsSection({ auditId, stage }: StepsSectionProps) {
  const { t, i18n } = useTranslation();
  const columns = useMemo<GridColumn<StageStep>[]>(
    () => [
      {
        kind: 'computed',
        key: 'step',
        header: t('stages.stepColumns.step'),
        width: 260,
        align: 'start',
        compute: (row) => {
          const step = stepByCode(row.stepCode);
          return step
            ? `${row.stepCode}. ${pickLabel(step.name, i18n.language)}`
            : String(row.stepCode);
        },
      },
      {
        kind: 'select',
        key: 'status',
        header: t('stages.stepColumns.status'),
        width: 110,
        options: stepStatuses.map((status) => ({
          value: status,
          label: t(`stages.status.${status}`),
        })),
      },
      {
        kind: 'date',
        key: 'plannedStart',
        header: t('stages.stepColumns.plannedStart'),
        width: 110,
      },
      {
        kind: 'date',
        key: 'plannedEnd',
        header: t('stages.stepColumns.plannedEnd'),
        width: 110,
      },
      {
        kind: 'date',
        key: 'actualStart',
        header: t('stages.stepColumns.actualStart'),
        width: 110,
      },
      {
        kind: 'date',
        key: 'actualEnd',
        header: t('stages.stepColumns.actualEnd'),
        width: 110,
      },
      {
        kind: 'text',
        key: 'responsible',
        header: t('stages.stepColumns.responsible'),
        width: 110,
        maxLength: 60,
      },
      {
        kind: 'text',
        key: 'notes',
        header: t('stages.stepColumns.notes'),
        width: 260,
        maxLength: 2000,
      },
    ],
    [t, i18n.language],
  );
  const filter = useMemo(
    () => (row: StageStep) => row.stageCode === stage,
    [stage],
  );
  return (
    <AuditTableSection
      sectionKey={`steps-${stage}`}
      title={t('stages.steps')}
      table="stageSteps"
      auditId={auditId}
      columns={columns}
      view={view}
      filter={filter}
      fixedRows
    />
  );
}
