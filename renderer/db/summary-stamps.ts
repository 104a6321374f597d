import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { PerformanceSummary } from '@shared/calc/performance-summary';
import type { ChangeEntry } from './database';

/** A row of the auditSummaries table (schema version 6). */
export type AuditSummaryCache = {
  auditId: string;
  /**
   * The id of the audit's latest change-log entry when the row was written;
   * null if the audit has not changed since the cache table was made.
   */
  stamp: string | null;
  /** Absent while the audit has changed since its summary was computed. */
  computed?: {
    /** What the figures were computed with (see repositories/portfolio.ts). */
    accounting: string;
    /** null when the options need a coefficient the set lacks. */
    summary: PerformanceSummary | null;
  };
};

const CHANGES = 'changes';
const SUMMARIES = 'auditSummaries';

/**
 * Marks an audit's cached summary out of date in the same transaction as
 * any write to the audit. Every repository write logs a change-log entry
 * with the audit's id; whenever one is written, the audit's row in
 * auditSummaries is replaced by a bare stamp, the id of that change. The
 * statistics page recomputes audits whose row holds no summary and keeps
 * the new summary only if the stamp is still the one it read (see
 * repositories/portfolio.ts), so an edit made while it computed is never
 * hidden.
 *
 * Read-write transactions that include the change log are widened to the
 * cache table. Databases older than schema version 6 have no cache table;
 * the middleware then does nothing.
 */
export const summaryStamps: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SummaryStamps',
  create(down) {
    if (!down.schema.tables.some((table) => table.name === SUMMARIES)) {
      return {};
    }
    return {
      transaction(stores, mode, options) {
        const widen =
          mode === 'readwrite' &&
          stores.includes(CHANGES) &&
          !stores.includes(SUMMARIES);
        return down.transaction(
          widen ? [...stores, SUMMARIES] : stores,
          mode,
          options,
        );
      },
      table(name) {
        const table = down.table(name);
        if (name !== CHANGES) return table;
        return {
          ...table,
          async mutate(request) {
            const response = await table.mutate(request);
            const stamps = stampsOf(request);
            if (stamps.length > 0) {
              await down.table(SUMMARIES).mutate({
                type: 'put',
                trans: request.trans,
                values: stamps,
              });
            }
            return response;
          },
        };
      },
    };
  },
};

/** One bare row per audit, stamped with the last of its changes in the request. */
function stampsOf(request: DBCoreMutateRequest): AuditSummaryCache[] {
  if (request.type !== 'add' && request.type !== 'put') return [];
  const byAudit = new Map<string, string>();
  for (const value of request.values as readonly Partial<ChangeEntry>[]) {
    if (typeof value.auditId === 'string' && typeof value.id === 'string') {
      byAudit.set(value.auditId, value.id);
    }
  }
  return [...byAudit].map(([auditId, stamp]) => ({ auditId, stamp }));
}
