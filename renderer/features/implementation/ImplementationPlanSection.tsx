import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import {
  FUNDING_SOURCES,
  type ImplementationTask,
} from '@shared/model/implementation';
import type { GridColumn } from '@renderer/components/grid';
import { defaultContext } from '../../db/context';
import { listRows } from '../../db/repositories/audit-rows';
import { AuditTableSection } from '../stages/AuditTableSection';
import { flatView } from '../stages/use-audit-table';

export type ImplementationPlanSectionProps = { auditId: string };

const view = flatView<'implementationTasks'>();

/**
 * 方案实施计划 (step 29): one row per task, most often one per option to
 * carry out, with its dates, owner, budget and where the money comes from.
 */
export function ImplementationPlanSection({
  auditId,
}: ImplementationPlanSectionProps) {
  const { t } = useTranslation();
  const options = useLiveQuery(
    () => listRows(defaultContext(), 'options', auditId),
    [auditId],
  );
  const columns = useMemo((): GridColumn<ImplementationTask>[] => {
    const column = (
      name:
        | 'option'
        | 'task'
        | 'plannedStart'
        | 'plannedEnd'
        | 'responsible'
        | 'budget'
        | 'funding'
        | 'notes',
    ) => t(`options.stage6.planColumns.${name}`);
    return [
      {
        kind: 'select',
        key: 'optionId',
        header: column('option'),
        width: 150,
        options: (options ?? []).map((option) => ({
          value: option.id,
          label: `${option.code} ${option.name}`,
        })),
      },
      {
        kind: 'text',
        key: 'task',
        header: column('task'),
        width: 220,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'date',
        key: 'plannedStart',
        header: column('plannedStart'),
        width: 96,
      },
      {
        kind: 'date',
        key: 'plannedEnd',
        header: column('plannedEnd'),
        width: 96,
        validate: (value, row) =>
          typeof value === 'string' &&
          row.plannedStart !== null &&
          value < row.plannedStart
            ? 'bad-date'
            : null,
      },
      {
        kind: 'text',
        key: 'responsible',
        header: column('responsible'),
        width: 100,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'number',
        key: 'budgetWanYuan',
        header: column('budget'),
        unit: '万元',
        min: 0,
        decimals: 2,
        width: 96,
      },
      {
        kind: 'select',
        key: 'fundingSource',
        header: column('funding'),
        width: 96,
        options: FUNDING_SOURCES.map((source) => ({
          value: source,
          label: t(`options.stage6.funding.${source}`),
        })),
      },
      {
        kind: 'text',
        key: 'notes',
        header: column('notes'),
        width: 160,
        maxLength: LONG_TEXT,
      },
    ];
  }, [t, options]);
  if (!options) return null;
  return (
    <AuditTableSection
      sectionKey="implementationPlan"
      title={t('options.stage6.planTitle')}
      description={t('options.stage6.planDescription')}
      table="implementationTasks"
      auditId={auditId}
      columns={columns}
      view={view}
    />
  );
}
