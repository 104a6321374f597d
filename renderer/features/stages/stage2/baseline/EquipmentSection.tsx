import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTableSection } from '@renderer/features/stages/AuditTableSection';
import { baselineView } from './baseline-view';
import { equipmentColumns } from './equipment-columns';

export type EquipmentSectionProps = { auditId: string };

const view = baselineView<'equipment'>({
  years: [],
  flagFields: ['onPhaseOutList'],
  calendarYearFields: ['year'],
});

/** 主要设备一览表, with the phase-out flag the audit has to act on. */
export function EquipmentSection({ auditId }: EquipmentSectionProps) {
  const { t } = useTranslation();
  const columns = useMemo(() => equipmentColumns(t), [t]);
  return (
    <AuditTableSection
      sectionKey="equipment"
      title={t('baselineTables.equipment.title')}
      description={t('baselineTables.equipment.description')}
      table="equipment"
      auditId={auditId}
      columns={columns}
      view={view}
    />
  );
}
