import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTableSection } from '@renderer/features/stages/AuditTableSection';
import { baselineView } from './baseline-view';
import { useHistoryYears, useLiveRows } from './use-baseline-data';
import { WASTE_YEAR_FIELDS, wasteColumns } from './waste-columns';
import { WasteExceedances } from './WasteExceedances';
import { coupleWasteInput, coupleWastePatch } from './waste-rules';

export type WasteStreamsSectionProps = { auditId: string };

/** 企业历年废弃物流情况表, with any breach of a limit or permit called out. */
export function WasteStreamsSection({ auditId }: WasteStreamsSectionProps) {
  const { t } = useTranslation();
  const years = useHistoryYears(auditId);
  const rows = useLiveRows('wasteStreams', auditId);
  const columns = useMemo(
    () => (years ? wasteColumns(t, years) : []),
    [t, years],
  );
  const view = useMemo(
    () =>
      baselineView<'wasteStreams'>({
        years: years ?? [],
        yearFields: WASTE_YEAR_FIELDS,
        requiredFields: ['medium'],
        couplePatch: coupleWastePatch,
        coupleInput: coupleWasteInput,
      }),
    [years],
  );
  if (!years) return null;
  return (
    <AuditTableSection
      sectionKey="wasteStreams"
      title={t('baselineTables.waste.title')}
      description={t('baselineTables.waste.description')}
      table="wasteStreams"
      auditId={auditId}
      columns={columns}
      view={view}
    >
      {rows && <WasteExceedances rows={rows} baseYear={years[2]} />}
    </AuditTableSection>
  );
}
