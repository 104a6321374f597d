import { useLiveQuery } from 'dexie-react-hooks';
import { defaultContext } from '../../db/context';
import { getAudit } from '../../db/repositories/audits';

/**
 * A live audit with its company for a page: undefined while loading,
 * 'missing' when there is no such audit or it is in the bin.
 */
export function useAudit(auditId: string) {
  return useLiveQuery(
    async () => (await getAudit(defaultContext(), auditId)) ?? 'missing',
    [auditId],
  );
}
