import { z } from 'zod';
import { isoDateTime } from '../model/record';

/**
 * The filing package (.cpaudit): one zip per audit with manifest.json,
 * audit.json, the report files and the evidence bytes. The manifest lists
 * every other entry with its size and SHA-256, so a reader can tell a
 * damaged or altered package from a sound one before it trusts anything.
 */
export const PACKAGE_FORMAT = 'cp-audit-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = 'cpaudit';
export const MANIFEST_PATH = 'manifest.json';
export const AUDIT_PATH = 'audit.json';
export const REPORT_FOLDER = 'report/';
export const ATTACHMENT_FOLDER = 'attachments/';

/**
 * What a package may hold. They bound the memory and time a hostile file
 * can take before it is refused: a real audit has a few hundred files and
 * well under a gigabyte of photos.
 */
export const PACKAGE_LIMITS = {
  maxEntries: 5000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxJsonBytes: 64 * 1024 * 1024,
  // Photos and PDFs barely compress and JSON compresses about 10:1; a
  // thousandfold shrink only happens in a file made to explode.
  maxRatio: 200,
  // Tiny entries may compress absurdly well (a run of blanks) and harm no
  // one, so the ratio counts only above this size.
  ratioFloorBytes: 1024 * 1024,
} as const;
export type PackageLimits = typeof PACKAGE_LIMITS;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestFileSchema = z
  .object({
    path: z.string().min(1).max(400),
    size: z.number().int().min(0),
    sha256,
    mediaType: z.string().min(1).max(100),
  })
  .strict();
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const manifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  appVersion: z.string().max(40),
  createdAt: isoDateTime,
  audit: z.object({
    id: z.string().min(1).max(64),
    title: z.string().max(400),
    company: z.string().max(400),
    type: z.string().max(40),
    revision: z.number().int().min(1),
  }),
  files: z.array(manifestFileSchema).max(PACKAGE_LIMITS.maxEntries),
});
export type PackageManifest = z.infer<typeof manifestSchema>;

/** Just enough of a manifest to tell a newer format from a broken one. */
export const manifestHeadSchema = z.object({
  format: z.string(),
  formatVersion: z.number().int(),
});

/** A report file the caller adds beside audit.json (PDF, 绩效表 …). */
export type ReportEntry = {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
};

/**
 * What is wrong with a zip entry name, or null when a reader may unpack it
 * without harm: relative, forward slashes only, no `.` or `..` segment, no
 * empty segment, no control characters. An absolute name (a leading slash or
 * a drive letter) and a climbing one (a `..` segment) each have their own
 * code, since they are the two ways a package tries to write elsewhere.
 */
export function entryNameProblem(
  name: string,
):
  | 'package-absolute-path'
  | 'package-climbing-path'
  | 'package-unsafe-path'
  | null {
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) {
    return 'package-absolute-path';
  }
  const parts = name.split(/[\\/]/);
  if (parts.includes('..')) return 'package-climbing-path';
  if (name.length === 0 || name.length > 400) return 'package-unsafe-path';
  if (name.includes('\\')) return 'package-unsafe-path';
  if ([...name].some((char) => char.charCodeAt(0) < 0x20)) {
    return 'package-unsafe-path';
  }
  return parts.every((part) => part !== '' && part !== '.')
    ? null
    : 'package-unsafe-path';
}

export function isSafeEntryName(name: string): boolean {
  return entryNameProblem(name) === null;
}

/**
 * A file name as it may stand in a package (and later on any disk): the
 * characters Windows forbids and control characters become "_", leading and
 * trailing dots and blanks go, and the length is capped keeping the
 * extension.
 */
export function safeFileName(name: string): string {
  let clean = [...name]
    .map((char) =>
      char.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(char) ? '_' : char,
    )
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (clean.length > 100) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = clean.slice(0, 100 - ext.length) + ext;
  }
  return clean === '' ? 'file' : clean;
}

export function attachmentPath(attachment: {
  id: string;
  name: string;
}): string {
  return `${ATTACHMENT_FOLDER}${safeFileName(attachment.id)}/${safeFileName(attachment.name)}`;
}
