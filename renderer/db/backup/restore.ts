import Dexie from 'dexie';
import { auditLabels } from '@shared/backup/audit-labels';
import {
  BackupFormatError,
  type AuditLabel,
  type BackupErrorCode,
} from '@shared/backup/manifest';
import { readBackup, type BackupReadResult } from '@shared/backup/read';
import { decodeValue } from '@shared/backup/values';
import { AuditDatabase } from '../database';
import { toRepositoryError } from '../errors';
import type { SchemaVersion } from '../versions';
import { binaryValue } from './binaries';

export type BackupPreview = {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  audits: AuditLabel[];
  tables: { name: string; count: number }[];
  binaryCount: number;
};

/** A backup that passed every check, decoded and ready to restore. */
export type CheckedBackup = {
  preview: BackupPreview;
  tables: Map<string, object[]>;
};

/**
 * Checks a backup file completely and decodes its records, touching
 * nothing: the format and its hashes (shared/backup/read.ts), that it is
 * not from a newer schema than this app's, that every table exists here,
 * that every record is an object whose binary references resolve.
 */
export function checkBackup(
  bytes: Uint8Array,
  db: Dexie,
): BackupReadResult<CheckedBackup> {
  const read = readBackup(bytes, db.verno);
  if (!read.ok) return read;
  const { manifest, binaries } = read.value;
  const known = new Set(db.tables.map((table) => table.name));
  if (manifest.tables.some((table) => !known.has(table.name))) {
    return { ok: false, code: 'unknown-table' };
  }
  const tables = new Map<string, object[]>();
  try {
    for (const [name, records] of read.value.tables) {
      const binary = (i: number) => binaryValue(binaries[i] as never);
      tables.set(
        name,
        records.map((record) => {
          if (!record || typeof record !== 'object' || Array.isArray(record)) {
            throw new BackupFormatError('damaged');
          }
          return decodeValue(record, binary, binaries.length) as object;
        }),
      );
    }
  } catch (error) {
    const code: BackupErrorCode =
      error instanceof BackupFormatError ? error.code : 'damaged';
    return { ok: false, code };
  }
  const preview: BackupPreview = {
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    audits: auditLabels(tables.get('audits') ?? []),
    tables: manifest.tables.map(({ name, count }) => ({ name, count })),
    binaryCount: binaries.length,
  };
  return { ok: true, value: { preview, tables } };
}

/**
 * Replaces the whole database with a checked backup in one transaction:
 * every table is cleared and refilled, tables the backup lacks (added by a
 * later version) end up empty. If any write fails the transaction aborts
 * and the database is exactly as it was. The change log is restored with
 * the records it describes rather than appended to.
 *
 * A backup from an older schema is first upgraded in a scratch database
 * with the same upgrade steps an installed database goes through.
 */
export async function restoreBackup(
  db: Dexie,
  backup: CheckedBackup,
  versions: SchemaVersion[],
): Promise<void> {
  const tables =
    backup.preview.schemaVersion < db.verno
      ? await upgradeInScratch(db.name, backup, versions)
      : backup.tables;
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) {
        await table.clear();
        const records = tables.get(table.name);
        if (records?.length) await table.bulkAdd(records);
      }
    });
  } catch (error) {
    throw toRepositoryError(error);
  }
}

async function upgradeInScratch(
  name: string,
  backup: CheckedBackup,
  versions: SchemaVersion[],
): Promise<Map<string, object[]>> {
  const scratchName = `${name}-restore-scratch`;
  await Dexie.delete(scratchName);
  const older = versions.filter(
    (v) => v.version <= backup.preview.schemaVersion,
  );
  const old = new AuditDatabase(scratchName, older);
  try {
    await old.transaction('rw', old.tables, async () => {
      for (const [table, records] of backup.tables) {
        await old.table(table).bulkAdd(records);
      }
    });
    old.close();
    const current = new AuditDatabase(scratchName, versions);
    const upgraded = new Map<string, object[]>();
    for (const table of current.tables) {
      upgraded.set(table.name, await table.toArray());
    }
    current.close();
    return upgraded;
  } catch (error) {
    throw toRepositoryError(error);
  } finally {
    old.close();
    await Dexie.delete(scratchName);
  }
}
