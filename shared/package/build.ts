import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Attachment } from '../model/attachment';
import type { AuditSnapshot } from '../model/snapshot';
import {
  AUDIT_PATH,
  attachmentPath,
  MANIFEST_PATH,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  REPORT_FOLDER,
  safeFileName,
  type ManifestFile,
  type PackageManifest,
  type ReportEntry,
} from './format';
import { Sha256 } from '../crypto/sha256';

/** An attachment's metadata and a way to read its bytes in pieces. */
export type AttachmentBytes = {
  readonly meta: Attachment;
  readonly chunks: () => AsyncIterable<Uint8Array>;
};

export type BuildPackageInput = {
  readonly snapshot: AuditSnapshot;
  /** One per attachment of the snapshot, in any order. */
  readonly attachments: readonly AttachmentBytes[];
  readonly reports?: readonly ReportEntry[];
  readonly appVersion: string;
  readonly createdAt: string;
};

/** Receives the package in pieces; the next piece waits for this promise. */
export type PackageSink = (chunk: Uint8Array) => Promise<void>;
export type BuildProgress = (doneBytes: number, totalBytes: number) => void;

/**
 * Writes a filing package to `sink` as it is made. Attachments are stored
 * as they are (photos and PDFs are compressed already) and pass through in
 * the pieces they are read in, each piece handed on before the next is
 * read, so the package is never held in memory by this code. JSON is
 * deflated. The manifest comes last because it carries every other
 * entry's hash.
 */
export async function buildPackage(
  input: BuildPackageInput,
  sink: PackageSink,
  onProgress: BuildProgress = () => undefined,
): Promise<PackageManifest> {
  const queue: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else queue.push(data);
  });
  const drain = async () => {
    if (failure) throw failure;
    for (const chunk of queue.splice(0)) await sink(chunk);
  };
  const mtime = new Date(input.createdAt);
  const files: ManifestFile[] = [];
  const total = totalBytes(input);
  let done = 0;

  const addEntry = async (
    path: string,
    mediaType: string,
    chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    deflate: boolean,
  ) => {
    const entry = deflate
      ? new ZipDeflate(path, { level: 6 })
      : new ZipPassThrough(path);
    entry.mtime = mtime;
    zip.add(entry);
    const hash = new Sha256();
    let size = 0;
    for await (const chunk of chunks) {
      hash.update(chunk);
      size += chunk.length;
      entry.push(chunk);
      await drain();
      done += chunk.length;
      onProgress(Math.min(done, total), total);
    }
    entry.push(new Uint8Array(0), true);
    await drain();
    files.push({ path, size, sha256: hash.hex(), mediaType });
  };

  for (const { meta, chunks } of input.attachments) {
    await addEntry(attachmentPath(meta), meta.mediaType, chunks(), false);
  }
  for (const report of input.reports ?? []) {
    const path = `${REPORT_FOLDER}${safeFileName(report.name)}`;
    await addEntry(path, report.mediaType, [report.bytes], false);
  }
  const auditJson = strToU8(JSON.stringify(input.snapshot));
  await addEntry(AUDIT_PATH, 'application/json', [auditJson], true);

  const manifest = makeManifest(input, files);
  const manifestBytes = strToU8(JSON.stringify(manifest, null, 2));
  const entry = new ZipDeflate(MANIFEST_PATH, { level: 6 });
  entry.mtime = mtime;
  zip.add(entry);
  entry.push(manifestBytes, true);
  zip.end();
  await drain();
  return manifest;
}

function totalBytes(input: BuildPackageInput): number {
  const attachments = input.attachments.reduce((s, a) => s + a.meta.size, 0);
  const reports = (input.reports ?? []).reduce((s, r) => s + r.bytes.length, 0);
  return attachments + reports;
}

function makeManifest(
  input: BuildPackageInput,
  files: ManifestFile[],
): PackageManifest {
  const { audit } = input.snapshot;
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    appVersion: input.appVersion,
    createdAt: input.createdAt,
    audit: {
      id: audit.id,
      title: audit.title,
      company: input.snapshot.company.name,
      type: audit.auditType,
      revision: audit.revision,
    },
    files,
  };
}
