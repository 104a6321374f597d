import { strToU8, zipSync, type Zippable } from 'fflate';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  binaryEntryName,
  MANIFEST_ENTRY,
  tableEntryName,
  type AuditLabel,
  type BackupManifest,
  type BinaryKind,
} from './manifest';
import { sha256Hex } from '../crypto/sha256';

export type BackupTable = {
  name: string;
  /** Records already passed through `encodeValue`: plain JSON. */
  records: unknown[];
};

export type BackupBinary = {
  kind: BinaryKind;
  type: string;
  bytes: Uint8Array;
};

export type BackupContents = {
  appVersion: string;
  createdAt: string;
  schemaVersion: number;
  tables: BackupTable[];
  binaries: BackupBinary[];
  audits: AuditLabel[];
};

/** Packs a snapshot into the zip described in manifest.ts. */
export function writeBackup(contents: BackupContents): Uint8Array {
  // Entries carry the snapshot's time, not the clock at packing, so the
  // same snapshot always packs to the same bytes.
  const mtime = new Date(contents.createdAt);
  const files: Zippable = {};
  const tables = contents.tables.map(({ name, records }) => {
    const bytes = strToU8(JSON.stringify(records));
    files[tableEntryName(name)] = [bytes, { level: 6, mtime }];
    return {
      name,
      count: records.length,
      bytes: bytes.length,
      sha256: sha256Hex(bytes),
    };
  });
  const binaries = contents.binaries.map((binary, index) => {
    // Photos and office files are compressed already: store them as they are.
    files[binaryEntryName(index)] = [binary.bytes, { level: 0, mtime }];
    return {
      kind: binary.kind,
      type: binary.type,
      bytes: binary.bytes.length,
      sha256: sha256Hex(binary.bytes),
    };
  });
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: contents.appVersion,
    createdAt: contents.createdAt,
    schemaVersion: contents.schemaVersion,
    tables,
    binaries,
    audits: contents.audits,
  };
  files[MANIFEST_ENTRY] = [
    strToU8(JSON.stringify(manifest, null, 2)),
    { level: 6, mtime },
  ];
  return zipSync(files);
}
