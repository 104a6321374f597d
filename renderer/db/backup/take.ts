import type Dexie from 'dexie';
import { auditLabels } from '@shared/backup/audit-labels';
import { encodeValue } from '@shared/backup/values';
import { writeBackup } from '@shared/backup/write';
import { BinaryCollector } from './binaries';

export type SnapshotOptions = { appVersion: string; now: Date };

/**
 * A backup of the whole database: every table it has, whatever later
 * schema versions add, read in one transaction so the tables agree with
 * each other.
 */
export async function takeSnapshot(
  db: Dexie,
  options: SnapshotOptions,
): Promise<Uint8Array> {
  const tables = db.tables;
  const contents = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.toArray())),
  );
  // Blobs are read after the transaction: awaiting anything but IndexedDB
  // inside it would let it commit under us.
  const binaries = new BinaryCollector();
  const encoded = tables.map((table, i) => ({
    name: table.name,
    records: (contents[i] ?? []).map((r) => encodeValue(r, binaries.indexOf)),
  }));
  const auditIndex = tables.findIndex((table) => table.name === 'audits');
  return writeBackup({
    appVersion: options.appVersion,
    createdAt: options.now.toISOString(),
    schemaVersion: db.verno,
    tables: encoded,
    binaries: await binaries.collect(),
    audits: auditLabels(contents[auditIndex] ?? []),
  });
}
