import type { AuditEnergyAccounting } from '@shared/model/audit';
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { historyYears } from '@shared/calc/deadlines';
import type { AuditRowOf, AuditRowTable } from '@shared/model/audit-rows';
import { defaultContext } from '@renderer/db/context';
import { listRows } from '@renderer/db/repositories/audit-rows';
import { getAudit } from '@renderer/db/repositories/audits';

/**
 * The audit's three history years, oldest first, following its base year;
 * undefined while the audit loads or when it is gone.
 */
export function useHistoryYears(
  auditId: string,
): readonly [number, number, number] | undefined {
  const baseYear = useLiveQuery(
    async () => (await getAudit(defaultContext(), auditId))?.audit.baseYear,
    [auditId],
  );
  return useMemo(
    () => (baseYear === undefined ? undefined : historyYears(baseYear)),
    [baseYear],
  );
}

/** Live rows of another table the section reads from (products, say). */
export function useLiveRows<K extends AuditRowTable>(
  table: K,
  auditId: string,
): AuditRowOf<K>[] | undefined {
  return useLiveQuery(
    () => listRows(defaultContext(), table, auditId),
    [table, auditId],
  );
}

/** The audit's energy accounting, kept current; undefined while loading. */
export function useAuditEnergyAccounting(
  auditId: string,
): AuditEnergyAccounting | undefined {
  return useLiveQuery(
    async () =>
      (await getAudit(defaultContext(), auditId))?.audit.energyAccounting,
    [auditId],
  );
}
