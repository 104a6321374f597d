import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { auditProgress } from '@shared/calc/stage-progress';
import { stageByCode } from '@shared/reference/stages';
import { routeHref } from '../../app/route';
import { defaultContext } from '../../db/context';
import { listRows } from '../../db/repositories/audit-rows';
import { pickLabel } from '../../i18n/bilingual';
import { FindingsList } from '../stages/FindingsList';
import { useAuditFindings } from '../stages/use-audit-findings';

export type StageProgressCardProps = { auditId: string };

/** Progress per stage and overall, the current stage marked, and what needs attention. */
export function StageProgressCard({ auditId }: StageProgressCardProps) {
  const { t, i18n } = useTranslation();
  const steps = useLiveQuery(
    () => listRows(defaultContext(), 'stageSteps', auditId),
    [auditId],
  );
  const findings = useAuditFindings(auditId);
  if (!steps) return null;
  const progress = auditProgress(steps);
  return (
    <article className="card card-wide">
      <header className="section-header">
        <h2>{t('overview.progress')}</h2>
        <span className="muted">
          {t('stages.overall', {
            percent: Math.round(progress.fraction * 100),
          })}
        </span>
      </header>
      {steps.length === 0 ? (
        <p className="muted">{t('overview.progressEmpty')}</p>
      ) : (
        <ol className="stage-progress">
          {progress.stages.map((own) => {
            const stage = stageByCode(own.stage);
            const current = own.stage === progress.currentStage;
            return (
              <li
                key={own.stage}
                className={current ? 'stage-current' : undefined}
              >
                <a
                  href={routeHref({ name: 'stage', auditId, stage: own.stage })}
                >
                  {t('stages.stageTab', {
                    code: own.stage,
                    name: stage ? pickLabel(stage.classic, i18n.language) : '',
                  })}
                </a>
                <span className="progress-bar" aria-hidden="true">
                  <span
                    style={{ width: `${Math.round(own.fraction * 100)}%` }}
                  />
                </span>
                <span className="muted">
                  {t('stages.progress', {
                    done: own.done,
                    total: own.applicable,
                  })}
                </span>
                {current && (
                  <span className="tag tag-current">{t('stages.current')}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {findings && <FindingsList findings={findings} showEmpty />}
    </article>
  );
}
