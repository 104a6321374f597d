import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { AuditNotFound } from '../audits/AuditNotFound';
import { findingsForStage } from '@shared/calc/audit-checks';
import { auditProgress } from '@shared/calc/stage-progress';
import { stageByCode, type StageCode } from '@shared/reference/stages';
import { routeHref } from '../../app/route';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import { listRows } from '../../db/repositories/audit-rows';
import { getAudit, updateAudit } from '../../db/repositories/audits';
import { pickLabel } from '../../i18n/bilingual';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { DeliverablesList } from './DeliverablesList';
import { FindingsList } from './FindingsList';
import { stageSections } from './sections';
import { StageTabs } from './StageTabs';
import { StepsSection } from './StepsSection';
import { StageEvidenceCard } from '../evidence/StageEvidenceCard';
import { useAuditFindings } from './use-audit-findings';

export type StagePageProps = { auditId: string; stage: StageCode };

/** One stage of one audit: its steps, what it produces, its working tables. */
export function StagePage({ auditId, stage }: StagePageProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const found = useLiveQuery(
    async () => (await getAudit(defaultContext(), auditId)) ?? 'missing',
    [auditId],
  );
  const steps = useLiveQuery(
    () => listRows(defaultContext(), 'stageSteps', auditId),
    [auditId],
  );
  const findings = useAuditFindings(auditId);
  const info = stageByCode(stage);

  if (found === undefined || !info)
    return <p className="muted page-pad">{t('common.loading')}</p>;
  if (found === 'missing') return <AuditNotFound />;
  const { audit, company } = found;
  const marked = audit.completedStages.includes(stage);
  const toggleDone = async () => {
    const next = marked
      ? audit.completedStages.filter((s) => s !== stage)
      : [...audit.completedStages, stage].sort();
    try {
      await updateAudit(defaultContext(), audit.id, { completedStages: next });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };
  const sections = stageSections[stage];

  return (
    <section className="page page-wide" aria-labelledby="stage-heading">
      <nav className="breadcrumb">
        <a href={routeHref({ name: 'audits' })}>{t('nav.audits')}</a>
        {' / '}
        <a href={routeHref({ name: 'audit', auditId })}>{audit.title}</a>
      </nav>
      <StageTabs
        auditId={auditId}
        active={stage}
        progress={steps ? auditProgress(steps) : undefined}
      />
      <header className="page-header">
        <div>
          <h1 id="stage-heading">
            {t('stages.stageTab', {
              code: stage,
              name: pickLabel(info.classic, i18n.language),
            })}
          </h1>
          <p className="subtitle">
            {company?.name}
            {info.newer.zh !== info.classic.zh &&
              ` · ${t('stages.alsoCalled', { name: pickLabel(info.newer, i18n.language) })}`}
          </p>
        </div>
        <button
          type="button"
          className={marked ? undefined : 'primary'}
          onClick={() => void toggleDone()}
          aria-pressed={marked}
        >
          {marked ? t('stages.unmarkDone') : t('stages.markDone')}
        </button>
      </header>
      {findings && (
        <FindingsList findings={findingsForStage(findings, stage)} />
      )}
      <StepsSection auditId={auditId} stage={stage} />
      <div className="cards">
        <article className="card">
          <h2>{t('stages.produces')}</h2>
          <DeliverablesList stage={stage} />
        </article>
        <StageEvidenceCard auditId={auditId} stage={stage} />
      </div>
      {sections.length === 0 ? (
        <p className="muted">{t('stages.noTables')}</p>
      ) : (
        sections.map(({ key, component: Section }) => (
          <Section key={key} auditId={auditId} />
        ))
      )}
    </section>
  );
}
