import { useTranslation } from 'react-i18next';
import { useXlsxExport, type XlsxFile } from './use-xlsx-export';

export type ExportXlsxButtonProps = {
  label: string;
  build: () => Promise<XlsxFile>;
};

/** A button that builds a workbook and saves it, disabled meanwhile. */
export function ExportXlsxButton({ label, build }: ExportXlsxButtonProps) {
  const { t } = useTranslation();
  const exporter = useXlsxExport();
  return (
    <button
      type="button"
      disabled={exporter.busy}
      onClick={() => void exporter.run(build)}
    >
      {exporter.busy ? t('optionsSheet.actions.exporting') : label}
    </button>
  );
}
