import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { defaultContext } from '@renderer/db/context';
import { listRows } from '@renderer/db/repositories/audit-rows';

export type TeamSummaryProps = { auditId: string };

/** Head count per group, as WS 1-1 is often printed as two tables. */
export function TeamSummary({ auditId }: TeamSummaryProps) {
  const { t } = useTranslation();
  const members = useLiveQuery(
    () => listRows(defaultContext(), 'teamMembers', auditId),
    [auditId],
  );
  if (!members || members.length === 0) return null;
  const leadership = members.filter((m) => m.group === 'leadership').length;
  return (
    <p className="muted">
      {t('stage1Tables.team.summary', {
        leadership,
        working: members.length - leadership,
        total: members.length,
      })}
    </p>
  );
}
