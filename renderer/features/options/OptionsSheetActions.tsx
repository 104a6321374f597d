import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionsSheetXlsx } from '@shared/sheets/options-xlsx';
import { ExportXlsxButton } from './ExportXlsxButton';
import { OptionsSheetDialog } from './OptionsSheetDialog';
import { exportSource, fileNamePart, type XlsxFile } from './use-xlsx-export';

export type OptionsSheetActionsProps = { auditId: string };

/**
 * The register's two ways to and from Excel: export the option summary
 * table (方案汇总表) as .xlsx, and import one through OptionsSheetDialog.
 */
export function OptionsSheetActions({ auditId }: OptionsSheetActionsProps) {
  const { t } = useTranslation();
  const [importing, setImporting] = useState(false);

  const build = async (): Promise<XlsxFile> => {
    const source = await exportSource(auditId);
    if (!source) {
      return { ok: false, message: t('optionsSheet.export.auditMissing') };
    }
    const bytes = await optionsSheetXlsx({
      companyName: source.companyName,
      auditTitle: source.audit.title,
      options: source.options,
      costClassRules: source.audit.costClassRules,
    });
    const audit = fileNamePart(source.audit.title);
    const fileName = t('optionsSheet.export.optionsFileName', { audit });
    return { ok: true, fileName, bytes };
  };

  return (
    <>
      <ExportXlsxButton
        label={t('optionsSheet.actions.export')}
        build={build}
      />
      <button type="button" onClick={() => setImporting(true)}>
        {t('optionsSheet.actions.import')}
      </button>
      {importing && (
        <OptionsSheetDialog
          auditId={auditId}
          onClose={() => setImporting(false)}
        />
      )}
    </>
  );
}
