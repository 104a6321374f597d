import { useTranslation } from 'react-i18next';
import type { AuditProgress } from '@shared/calc/stage-progress';
import { STAGES, type StageCode } from '@shared/reference/stages';
import { routeHref } from '../../app/route';
import { pickLabel } from '../../i18n/bilingual';

export type StageTabsProps = {
  auditId: string;
  active: StageCode;
  progress: AuditProgress | undefined;
};

/** The seven stages as tabs, each with its step count, the current one marked. */
export function StageTabs({ auditId, active, progress }: StageTabsProps) {
  const { t, i18n } = useTranslation();
  return (
    <nav className="stage-tabs" aria-label={t('stages.navLabel')}>
      {STAGES.map((stage) => {
        const own = progress?.stages.find((p) => p.stage === stage.code);
        const current = progress?.currentStage === stage.code;
        return (
          <a
            key={stage.code}
            href={routeHref({ name: 'stage', auditId, stage: stage.code })}
            className={[
              'stage-tab',
              `stage-${own?.state ?? 'empty'}`,
              current ? 'stage-current' : '',
            ].join(' ')}
            aria-current={stage.code === active ? 'page' : undefined}
          >
            <span className="stage-tab-name">
              {t('stages.stageTab', {
                code: stage.code,
                name: pickLabel(stage.classic, i18n.language),
              })}
            </span>
            {own && own.applicable > 0 && (
              <span className="stage-tab-count">
                {t('stages.progress', {
                  done: own.done,
                  total: own.applicable,
                })}
              </span>
            )}
          </a>
        );
      })}
    </nav>
  );
}
