import Dexie, { type Table } from 'dexie';
import type { Audit } from '@shared/model/audit';
import type { Company } from '@shared/model/company';
import { schemaVersions, type SchemaVersion } from './versions';

export const DB_NAME = 'cp-audit-workbench';

export type ChangeOp = 'create' | 'update' | 'delete' | 'restore';

export type ChangeEntry = {
  id: string;
  table: string;
  recordId: string;
  auditId: string | null;
  revision: number;
  op: ChangeOp;
  at: string;
};

export class AuditDatabase extends Dexie {
  audits!: Table<Audit, string>;
  companies!: Table<Company, string>;
  changes!: Table<ChangeEntry, string>;

  constructor(
    name: string = DB_NAME,
    versions: SchemaVersion[] = schemaVersions,
  ) {
    super(name);
    for (const entry of versions) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }
}

let shared: AuditDatabase | null = null;

export function database(): AuditDatabase {
  shared ??= new AuditDatabase();
  return shared;
}
