import type { z } from 'zod';
import {
  AUDIT_ROW_SCHEMAS,
  type AuditRowInput,
  type AuditRowOf,
  type AuditRowTable,
} from '../model/audit-rows';
import type { YearlyValues } from '../model/audit-row';

// Ids and times shared by every part of the demo audit. They are fixed so
// that opening the demo twice finds the same records instead of copies.
export const DEMO_AUDIT_ID = 'demo-audit-dg-pcb-2026';
export const DEMO_COMPANY_ID = 'demo-company-dg-pcb';
export const DEMO_CREATED_AT = '2026-04-01T08:00:00.000Z';

export const demoBase = {
  createdAt: DEMO_CREATED_AT,
  updatedAt: DEMO_CREATED_AT,
  revision: 1,
  deletedAt: null,
};

/** The id of the `index`-th (1-based) demo row of a kind: demo-team-01. */
export function demoId(kind: string, index: number): string {
  return `demo-${kind}-${String(index).padStart(2, '0')}`;
}

/**
 * Stored rows of one table, numbered in the order given. Each row passes
 * through the table's schema, so the demo is checked like user input and
 * fields it leaves out take their defaults.
 */
export function demoRows<K extends AuditRowTable>(
  table: K,
  kind: string,
  inputs: readonly AuditRowInput<K>[],
): AuditRowOf<K>[] {
  const schema: z.ZodType = AUDIT_ROW_SCHEMAS[table];
  return inputs.map(
    (fields, i) =>
      schema.parse({
        ...fields,
        ...demoBase,
        id: demoId(kind, i + 1),
        auditId: DEMO_AUDIT_ID,
        sortIndex: i + 1,
      }) as AuditRowOf<K>,
  );
}

/** Values for the three history years of the demo (base year 2025). */
export function years(
  y2023: number | null,
  y2024: number | null,
  y2025: number | null,
): YearlyValues {
  return { '2023': y2023, '2024': y2024, '2025': y2025 };
}
