import { useTranslation } from 'react-i18next';
import {
  DELIVERABLE_LABELS,
  type DeliverableKey,
} from '@shared/reference/deliverables';
import { stepsOfStage } from '@shared/reference/steps';
import type { StageCode } from '@shared/reference/stages';
import { pickLabel } from '../../i18n/bilingual';
import { stageSections } from './sections';

export type DeliverablesListProps = { stage: StageCode };

/** What the stage's steps produce; those with a table here jump to it. */
export function DeliverablesList({ stage }: DeliverablesListProps) {
  const { t, i18n } = useTranslation();
  const keys = [
    ...new Set(stepsOfStage(stage).flatMap((step) => step.deliverables)),
  ] as DeliverableKey[];
  const withTable = new Set(stageSections[stage].map((section) => section.key));
  if (keys.length === 0)
    return <p className="muted">{t('stages.producesEmpty')}</p>;
  return (
    <ul className="deliverables">
      {keys.map((key) => (
        <li key={key}>
          {withTable.has(key) ? (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                document
                  .getElementById(`section-${key}`)
                  ?.scrollIntoView({ behavior: 'smooth', block: 'start' })
              }
            >
              {pickLabel(DELIVERABLE_LABELS[key], i18n.language)}
            </button>
          ) : (
            <span>{pickLabel(DELIVERABLE_LABELS[key], i18n.language)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
