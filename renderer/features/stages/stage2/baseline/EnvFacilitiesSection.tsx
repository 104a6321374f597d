import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTableSection } from '@renderer/features/stages/AuditTableSection';
import { baselineView } from './baseline-view';
import { facilityColumns } from './facility-columns';

export type EnvFacilitiesSectionProps = { auditId: string };

const view = baselineView<'envFacilities'>({
  years: [],
  calendarYearFields: ['yearBuilt'],
});

/** 环保设施状况表: what treats the waste streams, and how well. */
export function EnvFacilitiesSection({ auditId }: EnvFacilitiesSectionProps) {
  const { t } = useTranslation();
  const columns = useMemo(() => facilityColumns(t), [t]);
  return (
    <AuditTableSection
      sectionKey="envFacilities"
      title={t('baselineTables.facilities.title')}
      table="envFacilities"
      auditId={auditId}
      columns={columns}
      view={view}
    />
  );
}
