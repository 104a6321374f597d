import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKAGE_EXTENSION, safeFileName } from '@shared/package/format';
import { useSettings } from '../../app/settings-context';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import { getAudit } from '../../db/repositories/audits';
import { platform } from '../../platform';
import { APP_VERSION } from './app-version';
import { exportAuditPackage } from './export-package';
import { failureMessage } from './package-messages';
import { packageReports } from './package-reports';
import './packages.css';

export type ExportPackageButtonProps = { auditId: string };

/**
 * Saves the audit as one .cpaudit file: a save dialog in Electron, a
 * download in the web host. Shows how far the packing is while it runs.
 */
export function ExportPackageButton({ auditId }: ExportPackageButtonProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { settings } = useSettings();
  const [percent, setPercent] = useState<number | null>(null);
  const [preparing, setPreparing] = useState(false);

  const run = async () => {
    const ctx = defaultContext();
    const found = await getAudit(ctx, auditId);
    if (!found) return;
    const base = `${found.company?.name ?? ''} ${found.audit.title}`.trim();
    try {
      const sink = await platform().openFileSink({
        suggestedName: `${safeFileName(base)}.${PACKAGE_EXTENSION}`,
        kind: 'cpaudit',
      });
      if (!sink) return;
      setPreparing(true);
      const reports = await packageReports(auditId, settings)
        .catch(async (error: unknown) => {
          await sink.abort();
          throw error;
        })
        .finally(() => setPreparing(false));
      setPercent(0);
      const result = await exportAuditPackage(ctx, auditId, sink, {
        appVersion: APP_VERSION,
        reports: reports.entries,
        onProgress: (done, total) =>
          setPercent(total > 0 ? Math.floor((done / total) * 100) : 100),
      });
      if (result.saved) {
        toast({
          message: t('packages.export.done', { name: result.fileName }),
        });
        if (reports.pdfMissing) {
          toast({ tone: 'error', message: t('packages.export.noReport') });
        }
      }
    } catch (error) {
      const reason = failureMessage(t, error);
      toast({
        tone: 'error',
        message: t('packages.export.failed', { reason }),
      });
    } finally {
      setPercent(null);
    }
  };

  return (
    <span className="package-export">
      <button
        type="button"
        disabled={percent !== null || preparing}
        onClick={() => void run()}
      >
        {t('packages.export.button')}
      </button>
      {preparing && (
        <span className="package-progress" role="status">
          <progress />
          {t('packages.export.preparing')}
        </span>
      )}
      {percent !== null && (
        <span className="package-progress" role="status">
          <progress max={100} value={percent} />
          {t('packages.export.progress', { percent })}
        </span>
      )}
    </span>
  );
}
