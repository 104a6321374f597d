import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTableSection } from '@renderer/features/stages/AuditTableSection';
import { baselineView } from './baseline-view';
import { indicatorColumns } from './indicator-columns';

export type IndicatorsSectionProps = { auditId: string };

const view = baselineView<'indicatorComparisons'>({
  years: [],
  requiredFields: ['direction'],
});

/** Step 7's benchmark against the sector's cleaner-production indicators. */
export function IndicatorsSection({ auditId }: IndicatorsSectionProps) {
  const { t } = useTranslation();
  const columns = useMemo(() => indicatorColumns(t), [t]);
  return (
    <AuditTableSection
      sectionKey="indicatorComparison"
      title={t('baselineTables.indicators.title')}
      description={t('baselineTables.indicators.description')}
      table="indicatorComparisons"
      auditId={auditId}
      columns={columns}
      view={view}
    />
  );
}
