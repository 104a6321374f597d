import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import {
  BACKUP_FORMAT_VERSION,
  BackupFormatError,
  binaryEntryName,
  MANIFEST_ENTRY,
  manifestHeadSchema,
  manifestSchema,
  MAX_BACKUP_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_UNPACKED_BYTES,
  tableEntryName,
  type BackupErrorCode,
  type BackupManifest,
} from './manifest';
import { sha256Hex } from '../crypto/sha256';
import type { BackupBinary } from './write';

export type BackupReadResult<T> =
  { ok: true; value: T } | { ok: false; code: BackupErrorCode };

export type ReadBackup = {
  manifest: BackupManifest;
  /** Table name → its records as stored (still encoded, see values.ts). */
  tables: Map<string, unknown[]>;
  binaries: BackupBinary[];
};

/**
 * Reads only the manifest, checked against the schema and the versions this
 * app understands. Cheap enough for listing many files.
 */
export function readManifest(
  bytes: Uint8Array,
  maxSchemaVersion: number,
): BackupReadResult<BackupManifest> {
  return attempt(() => {
    const entries = unzipChecked(bytes, (file) => file.name === MANIFEST_ENTRY);
    return parseManifest(entries, maxSchemaVersion);
  });
}

/**
 * Reads and checks a whole backup: the manifest, that the zip holds exactly
 * the entries it lists, each with its size and SHA-256, each table's record
 * count. Nothing is returned unless all of it holds.
 */
export function readBackup(
  bytes: Uint8Array,
  maxSchemaVersion: number,
): BackupReadResult<ReadBackup> {
  return attempt(() => {
    const entries = unzipChecked(bytes, () => true);
    const manifest = parseManifest(entries, maxSchemaVersion);
    const expected = new Set<string>([MANIFEST_ENTRY]);
    const tables = new Map<string, unknown[]>();
    for (const table of manifest.tables) {
      const name = tableEntryName(table.name);
      if (expected.has(name)) throw new BackupFormatError('damaged');
      expected.add(name);
      const data = checkedEntry(entries, name, table);
      const records = parseJson(data);
      if (!Array.isArray(records) || records.length !== table.count) {
        throw new BackupFormatError('damaged');
      }
      tables.set(table.name, records);
    }
    const binaries = manifest.binaries.map((binary, index) => {
      const name = binaryEntryName(index);
      expected.add(name);
      const data = checkedEntry(entries, name, binary);
      return { kind: binary.kind, type: binary.type, bytes: data };
    });
    if (Object.keys(entries).some((name) => !expected.has(name))) {
      throw new BackupFormatError('damaged');
    }
    return { manifest, tables, binaries };
  });
}

function attempt<T>(read: () => T): BackupReadResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof BackupFormatError) {
      return { ok: false, code: error.code };
    }
    // fflate throws plain errors for anything that is not a sound zip.
    return { ok: false, code: 'not-a-backup' };
  }
}

function unzipChecked(
  bytes: Uint8Array,
  wanted: (file: UnzipFileInfo) => boolean,
): Record<string, Uint8Array> {
  if (bytes.length > MAX_BACKUP_BYTES) throw new BackupFormatError('too-large');
  let unpacked = 0;
  const seen = new Set<string>();
  const entries = unzipSync(bytes, {
    filter: (file) => {
      // A zip may list one name twice; only one of them would be checked.
      if (seen.has(file.name)) throw new BackupFormatError('damaged');
      seen.add(file.name);
      unpacked += file.originalSize;
      if (unpacked > MAX_UNPACKED_BYTES) {
        throw new BackupFormatError('too-large');
      }
      if (
        file.name === MANIFEST_ENTRY &&
        file.originalSize > MAX_MANIFEST_BYTES
      ) {
        throw new BackupFormatError('too-large');
      }
      return wanted(file);
    },
  });
  return entries;
}

function parseManifest(
  entries: Record<string, Uint8Array>,
  maxSchemaVersion: number,
): BackupManifest {
  const data = entries[MANIFEST_ENTRY];
  if (!data) throw new BackupFormatError('not-a-backup');
  const raw = parseJson(data, 'not-a-backup');
  const head = manifestHeadSchema.safeParse(raw);
  if (!head.success) throw new BackupFormatError('not-a-backup');
  if (head.data.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupFormatError('format-too-new');
  }
  const manifest = manifestSchema.safeParse(raw);
  if (!manifest.success) throw new BackupFormatError('damaged');
  if (manifest.data.schemaVersion > maxSchemaVersion) {
    throw new BackupFormatError('schema-too-new');
  }
  return manifest.data;
}

function checkedEntry(
  entries: Record<string, Uint8Array>,
  name: string,
  expected: { bytes: number; sha256: string },
): Uint8Array {
  const data = entries[name];
  const sound =
    data !== undefined &&
    data.length === expected.bytes &&
    sha256Hex(data) === expected.sha256;
  if (!sound) throw new BackupFormatError('damaged');
  return data;
}

function parseJson(
  data: Uint8Array,
  code: BackupErrorCode = 'damaged',
): unknown {
  try {
    return JSON.parse(strFromU8(data));
  } catch {
    throw new BackupFormatError(code);
  }
}
