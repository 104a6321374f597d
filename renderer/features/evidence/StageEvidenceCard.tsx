import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { StageCode } from '@shared/reference/stages';
import { stepByCode } from '@shared/reference/steps';
import { defaultContext } from '../../db/context';
import { listRows } from '../../db/repositories/audit-rows';
import { pickLabel } from '../../i18n/bilingual';
import { EvidencePanel } from './EvidencePanel';

export type StageEvidenceCardProps = { auditId: string; stage: StageCode };

/** Evidence of the steps of one stage, one step at a time. */
export function StageEvidenceCard({ auditId, stage }: StageEvidenceCardProps) {
  const { t, i18n } = useTranslation();
  const steps = useLiveQuery(
    async () =>
      (await listRows(defaultContext(), 'stageSteps', auditId)).filter(
        (step) => step.stageCode === stage,
      ),
    [auditId, stage],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  if (!steps) return null;
  const current = steps.find((s) => s.id === chosen) ?? steps[0];
  return (
    <article className="card card-wide" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t('evidence.title')}</h2>
      {current ? (
        <>
          <label className="field">
            <span>{t('evidence.pick')}</span>
            <select
              value={current.id}
              onChange={(event) => setChosen(event.target.value)}
            >
              {steps.map((step) => {
                const info = stepByCode(step.stepCode);
                return (
                  <option key={step.id} value={step.id}>
                    {`${step.stepCode}. ${info ? pickLabel(info.name, i18n.language) : ''}`}
                  </option>
                );
              })}
            </select>
          </label>
          <EvidencePanel
            key={current.id}
            auditId={auditId}
            ownerType="stageSteps"
            ownerId={current.id}
          />
        </>
      ) : (
        <p className="muted">{t('evidence.none')}</p>
      )}
    </article>
  );
}
