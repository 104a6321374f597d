import type { AuditLabel } from './manifest';

/**
 * What a restore preview names: each audit record's id, title and whether
 * it sits in the bin. Read field by field, because records come from a
 * database or a file of any version.
 */
export function auditLabels(records: readonly unknown[]): AuditLabel[] {
  return records.flatMap((record) => {
    if (!record || typeof record !== 'object') return [];
    const audit = record as Record<string, unknown>;
    if (typeof audit.id !== 'string' || audit.id.length === 0) return [];
    const title = typeof audit.title === 'string' ? audit.title : '';
    return [
      {
        id: audit.id.slice(0, 100),
        title: title.slice(0, 500),
        deleted: audit.deletedAt !== null && audit.deletedAt !== undefined,
      },
    ];
  });
}
