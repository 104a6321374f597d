import type { Transaction } from 'dexie';

/**
 * The database's schema history, append-only. Each entry adds tables or
 * indexes (never removes or renames what a previous version made) and may
 * carry an upgrade that fills new fields for existing rows. Every entry has
 * a migration test that builds the previous version with fixture rows,
 * upgrades and compares.
 *
 * Only indexed fields are listed; records carry more fields than these.
 */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      audits: 'id, companyId, updatedAt',
      companies: 'id, name, creditCode',
      // The change log: what backups, packages and sync read to know what
      // changed since a point in time.
      changes: 'id, at, [table+recordId], auditId',
    },
  },
];

export const LATEST_SCHEMA_VERSION =
  schemaVersions[schemaVersions.length - 1]?.version ?? 1;
