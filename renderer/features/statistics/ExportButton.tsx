import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errors';
import { exportTable } from './export-xlsx';
import type { SheetTable } from './sheet-table';

export type ExportButtonProps = { table: SheetTable; fileName: string };

/** Saves one table as .xlsx through the host (a download in the browser). */
export function ExportButton({ table, fileName }: ExportButtonProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const result = await exportTable(table, fileName);
      if (result.ok && result.value.saved) {
        toast({
          message: t('portfolio.export.done', {
            file: result.value.fileName ?? fileName,
          }),
        });
      } else if (!result.ok && result.code !== 'cancelled') {
        toast({
          tone: 'error',
          message: t('portfolio.export.failed', {
            reason: errorMessage(t, result.code),
          }),
        });
      }
    } catch {
      toast({
        tone: 'error',
        message: t('portfolio.export.failed', {
          reason: errorMessage(t, 'internal'),
        }),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="button"
      disabled={busy}
      aria-label={t('portfolio.export.buttonFor', { table: table.title })}
      onClick={() => void run()}
    >
      {t('portfolio.export.button')}
    </button>
  );
}
