import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKAGE_EXTENSION, safeFileName } from '@shared/package/format';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import { getAudit } from '../../db/repositories/audits';
import { platform } from '../../platform';
import { APP_VERSION } from './app-version';
import { exportAuditPackage } from './export-package';
import { failureMessage } from './package-messages';
import './packages.css';

export type ExportPackageButtonProps = { auditId: string };

/**
 * Saves the audit as one .cpaudit file: a save dialog in Electron, a
 * download in the web host. Shows how far the packing is while it runs.
 */
export function ExportPackageButton({ auditId }: ExportPackageButtonProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [percent, setPercent] = useState<number | null>(null);

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
      setPercent(0);
      // No report files yet: the report PDF, 绩效表 and 方案汇总表 builders
      // do not exist, so the package carries audit.json and the evidence.
      // Once they do, pass them here as `reports`.
      const result = await exportAuditPackage(ctx, auditId, sink, {
        appVersion: APP_VERSION,
        onProgress: (done, total) =>
          setPercent(total > 0 ? Math.floor((done / total) * 100) : 100),
      });
      if (result.saved) {
        toast({
          message: t('packages.export.done', { name: result.fileName }),
        });
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
        disabled={percent !== null}
        onClick={() => void run()}
      >
        {t('packages.export.button')}
      </button>
      {percent !== null && (
        <span className="package-progress" role="status">
          <progress max={100} value={percent} />
          {t('packages.export.progress', { percent })}
        </span>
      )}
    </span>
  );
}
