import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { mandatoryDeadlines } from '@shared/calc/deadlines';
import type { Audit } from '@shared/model/audit';
import { defaultContext } from '@renderer/db/context';
import { listRows } from '@renderer/db/repositories/audit-rows';
import { getAudit } from '@renderer/db/repositories/audits';
import { workPlanDateNotes, type PlanRowRef } from './work-plan-dates';

export type WorkPlanDateWarningsProps = { auditId: string };

function finishDeadline(audit: Audit | undefined): string | null {
  if (audit?.auditType !== 'mandatory' || !audit.listPublishedOn) return null;
  return mandatoryDeadlines(audit.listPublishedOn)?.finish ?? null;
}

/** Plan dates a reviewer would query: past the deadline, or out of order. */
export function WorkPlanDateWarnings({ auditId }: WorkPlanDateWarningsProps) {
  const { t } = useTranslation();
  const data = useLiveQuery(async () => {
    const ctx = defaultContext();
    const [items, found] = await Promise.all([
      listRows(ctx, 'workPlanItems', auditId),
      getAudit(ctx, auditId),
    ]);
    return { items, finish: finishDeadline(found?.audit) };
  }, [auditId]);
  if (!data) return null;
  const { late, early } = workPlanDateNotes(data.items, data.finish);
  const names = (refs: readonly PlanRowRef[]) =>
    refs
      .map((ref) =>
        ref.label === ''
          ? t('stage1Tables.workPlan.rowNumber', { row: ref.row })
          : ref.label,
      )
      .join(t('stage1Tables.listSeparator'));
  if (late.length === 0 && early.length === 0) return null;
  return (
    <div className="findings">
      <ul>
        {late.length > 0 && (
          <li className="finding finding-warning">
            {t('stage1Tables.workPlan.late', {
              date: data.finish,
              rows: names(late),
            })}
          </li>
        )}
        {early.length > 0 && (
          <li className="finding finding-warning">
            {t('stage1Tables.workPlan.early', { rows: names(early) })}
          </li>
        )}
      </ul>
    </div>
  );
}
