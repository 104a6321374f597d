import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionsSheetXlsx } from '@shared/sheets/options-xlsx';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import { listRows } from '../../db/repositories/audit-rows';
import { getAudit } from '../../db/repositories/audits';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { platform } from '../../platform';
import { OptionsSheetDialog } from './OptionsSheetDialog';

export type OptionsSheetActionsProps = { auditId: string };

// Characters no file system takes in a name.
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|]/g;

/** The audit's title made safe to stand in a file name. */
export function fileNamePart(text: string): string {
  const printable = [...text]
    .map((char) => (char.charCodeAt(0) < 0x20 ? '_' : char))
    .join('');
  return printable.replace(NOT_IN_FILE_NAMES, '_').trim().slice(0, 80);
}

/**
 * The register's two ways to and from Excel: export the option summary
 * table (方案汇总表) as .xlsx, saved where the host saves files, and import
 * one through OptionsSheetDialog.
 */
export function OptionsSheetActions({ auditId }: OptionsSheetActionsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const exportSheet = async () => {
    setExporting(true);
    try {
      const ctx = defaultContext();
      const [found, options] = await Promise.all([
        getAudit(ctx, auditId),
        listRows(ctx, 'options', auditId),
      ]);
      if (!found) {
        const message = t('optionsSheet.export.auditMissing');
        toast({ tone: 'error', message });
        return;
      }
      const bytes = await optionsSheetXlsx({
        companyName: found.company?.name ?? '',
        auditTitle: found.audit.title,
        options,
        costClassRules: found.audit.costClassRules,
      });
      const suggestedName = t('optionsSheet.export.optionsFileName', {
        audit: fileNamePart(found.audit.title),
      });
      const saved = await platform().saveFile({
        suggestedName,
        kind: 'xlsx',
        // A copy on a plain ArrayBuffer, as the save request is typed.
        bytes: new Uint8Array(bytes),
      });
      if (!saved.ok) {
        toast({ tone: 'error', message: errorMessage(t, saved.code) });
      } else if (saved.value.saved) {
        const fileName = saved.value.fileName ?? suggestedName;
        toast({ message: t('optionsSheet.export.saved', { fileName }) });
      }
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <button
        type="button"
        disabled={exporting}
        onClick={() => void exportSheet()}
      >
        {exporting
          ? t('optionsSheet.actions.exporting')
          : t('optionsSheet.actions.export')}
      </button>
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
