import { useTranslation } from 'react-i18next';
import { performanceSummary } from '@shared/calc/performance-summary';
import { performanceTableXlsx } from '@shared/sheets/performance-xlsx';
import { ExportXlsxButton } from './ExportXlsxButton';
import { summarySettings } from './option-figures';
import { exportSource, fileNamePart, type XlsxFile } from './use-xlsx-export';

export type PerformanceTableExportProps = { auditId: string };

/** Saves the audit's performance table (绩效表) as .xlsx. */
export function PerformanceTableExport({
  auditId,
}: PerformanceTableExportProps) {
  const { t } = useTranslation();

  const build = async (): Promise<XlsxFile> => {
    const source = await exportSource(auditId);
    if (!source) {
      return { ok: false, message: t('optionsSheet.export.auditMissing') };
    }
    const settings = summarySettings(source.audit);
    const bytes = await performanceTableXlsx({
      companyName: source.companyName,
      auditTitle: source.audit.title,
      summary: performanceSummary(source.options, settings),
      coefficientSetName: settings.coefficientSet.name.zh,
      electricityBasis: settings.electricityBasis,
    });
    const audit = fileNamePart(source.audit.title);
    const fileName = t('optionsSheet.export.performanceFileName', { audit });
    return { ok: true, fileName, bytes };
  };

  return (
    <ExportXlsxButton
      label={t('optionsSheet.actions.exportPerformance')}
      build={build}
    />
  );
}
