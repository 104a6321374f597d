import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import type { ImprovementPlanItem } from '@shared/model/implementation';
import type { GridColumn } from '@renderer/components/grid';
import { AuditTableSection } from '../stages/AuditTableSection';
import { flatView } from '../stages/use-audit-table';

export type ContinuousPlanSectionProps = { auditId: string };

const view = flatView<'improvementPlanItems'>();

/** 持续清洁生产计划 (step 35): what the company does after the audit. */
export function ContinuousPlanSection({ auditId }: ContinuousPlanSectionProps) {
  const { t } = useTranslation();
  const columns = useMemo((): GridColumn<ImprovementPlanItem>[] => {
    const column = (
      name:
        'item' | 'content' | 'goal' | 'plannedDate' | 'responsible' | 'notes',
    ) => t(`options.stage7.planColumns.${name}`);
    return [
      {
        kind: 'text',
        key: 'item',
        header: column('item'),
        width: 140,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'text',
        key: 'content',
        header: column('content'),
        width: 240,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'text',
        key: 'goal',
        header: column('goal'),
        width: 180,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'date',
        key: 'plannedDate',
        header: column('plannedDate'),
        width: 96,
      },
      {
        kind: 'text',
        key: 'responsible',
        header: column('responsible'),
        width: 110,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'text',
        key: 'notes',
        header: column('notes'),
        width: 160,
        maxLength: LONG_TEXT,
      },
    ];
  }, [t]);
  return (
    <AuditTableSection
      sectionKey="continuousPlan"
      title={t('options.stage7.planTitle')}
      table="improvementPlanItems"
      auditId={auditId}
      columns={columns}
      view={view}
    />
  );
}
