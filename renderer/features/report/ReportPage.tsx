import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudit } from '../audits/use-audit';
import { routeHref } from '../../app/route';
import { useSettings } from '../../app/settings-context';
import { AuditNotFound } from '../audits/AuditNotFound';
import { ChartsCard } from './ChartsCard';
import { GenerateCard } from './GenerateCard';
import { ReportOptionsCard } from './ReportOptionsCard';
import { PdfPreview } from './PdfPreview';
import { ReportVersionsCard } from './ReportVersionsCard';
import { SectionTextsPanel } from './SectionTextsPanel';
import { useReportContext } from './use-report-context';
import {
  useReportGeneration,
  type ReportChoice,
} from './use-report-generation';

export type ReportPageProps = { auditId: string };

/**
 * The audit report: options, charts, section texts, generate, a preview of
 * the generated pages, save, versions.
 */
export function ReportPage({ auditId }: ReportPageProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const [choice, setChoice] = useState<ReportChoice>(() => ({
    kind: settings.report.defaultKind,
    draftMark: settings.report.draftMark,
    omit: [],
  }));
  const generation = useReportGeneration(auditId, settings);
  const ctx = useReportContext(auditId, settings);
  const found = useAudit(auditId);

  if (found === undefined)
    return <p className="muted page-pad">{t('common.loading')}</p>;
  if (found === 'missing') return <AuditNotFound />;
  const busy =
    generation.state.kind === 'fonts' || generation.state.kind === 'layout';
  return (
    <section className="page page-wide" aria-labelledby="report-heading">
      <nav className="breadcrumb">
        <a href={routeHref({ name: 'audit', auditId })}>{t('report.back')}</a>
      </nav>
      <header className="page-header">
        <div>
          <h1 id="report-heading">{t('report.title')}</h1>
          <p className="subtitle">{found.audit.title}</p>
        </div>
      </header>
      <div className="cards">
        <ReportOptionsCard
          choice={choice}
          accounting={found.audit.energyAccounting}
          disabled={busy}
          onChange={setChoice}
        />
        <GenerateCard
          state={generation.state}
          save={generation.save}
          onGenerate={() => void generation.generate(choice)}
          onSave={() => void generation.saveFile()}
          onSaveExtra={(file) => void generation.saveExtra(file)}
        />
        {generation.state.kind === 'done' && (
          <PdfPreview bytes={generation.state.bytes} />
        )}
        <ReportVersionsCard auditId={auditId} />
        {ctx && <ChartsCard ctx={ctx} />}
        {ctx && <SectionTextsPanel auditId={auditId} ctx={ctx} />}
      </div>
    </section>
  );
}
