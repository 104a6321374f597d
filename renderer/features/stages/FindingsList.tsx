import { useTranslation } from 'react-i18next';
import type { CheckFinding } from '@shared/calc/audit-checks';

export type FindingsListProps = {
  findings: readonly CheckFinding[];
  showEmpty?: boolean;
};

/** Warnings that speak up without blocking: what is wrong and what to do. */
export function FindingsList({
  findings,
  showEmpty = false,
}: FindingsListProps) {
  const { t } = useTranslation();
  if (findings.length === 0) {
    return showEmpty ? <p className="muted">{t('stages.noFindings')}</p> : null;
  }
  return (
    <div
      className="findings"
      role="region"
      aria-label={t('stages.findingsTitle')}
    >
      <h3>{t('stages.findingsTitle')}</h3>
      <ul>
        {findings.map((finding, index) => {
          const values = { ...finding.values };
          if (typeof values.deadline === 'string') {
            values.deadline = t(
              `stages.deadlineNames.${values.deadline as 'start'}`,
            );
          }
          return (
            <li
              key={`${finding.code}-${finding.recordId ?? index}`}
              className={`finding finding-${finding.severity}`}
            >
              {t(`stages.findings.${finding.code}`, values)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
