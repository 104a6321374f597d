import { useLiveQuery } from 'dexie-react-hooks';
import type { Audit } from '@shared/model/audit';
import type { Option } from '@shared/model/option';
import { defaultContext } from '../../db/context';
import { listRows } from '../../db/repositories/audit-rows';
import { getAudit } from '../../db/repositories/audits';

export type AuditOptions = { audit: Audit; options: Option[] };

/**
 * The audit and its live options, kept current: undefined while loading,
 * null when the audit is gone.
 */
export function useAuditOptions(
  auditId: string,
): AuditOptions | null | undefined {
  return useLiveQuery(async () => {
    const ctx = defaultContext();
    const [found, options] = await Promise.all([
      getAudit(ctx, auditId),
      listRows(ctx, 'options', auditId),
    ]);
    return found ? { audit: found.audit, options } : null;
  }, [auditId]);
}
