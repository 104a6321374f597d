import { strFromU8 } from 'fflate';
import { auditSnapshotSchema, type AuditSnapshot } from '../model/snapshot';
import {
  AUDIT_PATH,
  attachmentPath,
  MANIFEST_PATH,
  manifestHeadSchema,
  manifestSchema,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_LIMITS,
  entryNameProblem,
  type PackageLimits,
  type PackageManifest,
} from './format';
import { mergeKey, snapshotRecords } from './merge';
import { PackageError, type PackageProblem } from './problems';
import { Sha256 } from '../crypto/sha256';
import {
  entryChunks,
  readEntry,
  readZipEntries,
  type ByteSource,
  type ZipEntry,
} from './zip-reader';

/** A package that passed every check, ready to be planned and applied. */
export type CheckedPackage = {
  readonly manifest: PackageManifest;
  readonly snapshot: AuditSnapshot;
  /** The zip entry of each attachment, by attachment id. */
  readonly attachmentEntries: ReadonlyMap<string, ZipEntry>;
};

export type CheckResult =
  | { ok: true; value: CheckedPackage }
  | { ok: false; problems: PackageProblem[] };

/**
 * Checks a package completely before anyone trusts it: the zip's own
 * structure and entry names, the size limits and compression ratio, the
 * manifest and its format version, every file's size and hash, and every
 * record against the app's schemas. Reads each entry once, in pieces.
 */
export async function checkPackage(
  source: ByteSource,
  limits: PackageLimits = PACKAGE_LIMITS,
): Promise<CheckResult> {
  try {
    const entries = await readZipEntries(source);
    const structural = checkEntries(entries, limits);
    if (structural.length > 0) return { ok: false, problems: structural };
    const byName = new Map(entries.map((e) => [e.name, e]));
    const manifest = await readManifest(source, byName, limits);
    const problems = checkListing(manifest, byName);
    if (problems.length > 0) return { ok: false, problems };
    const hashed = await checkHashes(source, manifest, byName);
    if (hashed.length > 0) return { ok: false, problems: hashed };
    const snapshot = await readSnapshot(source, byName);
    const duplicated = duplicateIds(snapshot);
    if (duplicated.length > 0) return { ok: false, problems: duplicated };
    const attachmentEntries = new Map<string, ZipEntry>();
    const missing: PackageProblem[] = [];
    for (const attachment of snapshot.attachments) {
      const path = attachmentPath(attachment);
      const listed = manifest.files.find((f) => f.path === path);
      const entry = byName.get(path);
      if (!entry || !listed || listed.sha256 !== attachment.sha256) {
        missing.push({ code: 'package-attachment-missing', detail: path });
      } else attachmentEntries.set(attachment.id, entry);
    }
    if (missing.length > 0) return { ok: false, problems: missing };
    return { ok: true, value: { manifest, snapshot, attachmentEntries } };
  } catch (error) {
    if (error instanceof PackageError) {
      return { ok: false, problems: [error.problem] };
    }
    throw error;
  }
}

function checkEntries(
  entries: readonly ZipEntry[],
  limits: PackageLimits,
): PackageProblem[] {
  if (entries.length > limits.maxEntries) {
    return [
      { code: 'package-too-many-entries', detail: String(entries.length) },
    ];
  }
  const problems: PackageProblem[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const detail = entry.name;
    total += entry.size;
    const nameProblem = entryNameProblem(entry.name);
    if (nameProblem) {
      problems.push({ code: nameProblem, detail });
    } else if (seen.has(entry.name)) {
      problems.push({ code: 'package-duplicate-entry', detail });
    } else if (entry.encrypted) {
      problems.push({ code: 'package-encrypted', detail });
    } else if (entry.method !== 0 && entry.method !== 8) {
      problems.push({ code: 'package-compression', detail });
    } else if (entry.size > limits.maxEntryBytes) {
      problems.push({ code: 'package-entry-too-large', detail });
    } else if (
      entry.size > limits.ratioFloorBytes &&
      entry.size > limits.maxRatio * Math.max(entry.compressedSize, 1)
    ) {
      problems.push({ code: 'package-ratio', detail });
    } else if (entry.method === 0 && entry.size !== entry.compressedSize) {
      problems.push({ code: 'package-size-mismatch', detail });
    }
    seen.add(entry.name);
  }
  if (total > limits.maxTotalBytes) {
    problems.push({ code: 'package-too-large' });
  }
  return problems;
}

async function readJson(
  source: ByteSource,
  entry: ZipEntry,
  limits: PackageLimits = PACKAGE_LIMITS,
): Promise<unknown> {
  if (entry.size > limits.maxJsonBytes) {
    throw new PackageError({
      code: 'package-entry-too-large',
      detail: entry.name,
    });
  }
  const text = strFromU8(await readEntry(source, entry));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const code =
      entry.name === MANIFEST_PATH
        ? 'package-manifest-invalid'
        : 'package-record-invalid';
    throw new PackageError({ code, detail: entry.name });
  }
}

async function readManifest(
  source: ByteSource,
  byName: ReadonlyMap<string, ZipEntry>,
  limits: PackageLimits,
): Promise<PackageManifest> {
  const entry = byName.get(MANIFEST_PATH);
  if (!entry) throw new PackageError({ code: 'package-no-manifest' });
  const raw = await readJson(source, entry, limits);
  const head = manifestHeadSchema.safeParse(raw);
  if (!head.success)
    throw new PackageError({ code: 'package-manifest-invalid' });
  if (head.data.format !== PACKAGE_FORMAT) {
    throw new PackageError({ code: 'package-not-a-package' });
  }
  if (head.data.formatVersion > PACKAGE_FORMAT_VERSION) {
    throw new PackageError({
      code: 'package-too-new',
      detail: String(head.data.formatVersion),
    });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new PackageError({ code: 'package-manifest-invalid', detail });
  }
  return parsed.data;
}

/** Every listed file is there, and nothing is there that is not listed. */
function checkListing(
  manifest: PackageManifest,
  byName: ReadonlyMap<string, ZipEntry>,
): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const file of manifest.files) {
    if (!byName.has(file.path)) {
      problems.push({ code: 'package-missing-file', detail: file.path });
    }
  }
  if (!listed.has(AUDIT_PATH)) {
    problems.push({ code: 'package-missing-file', detail: AUDIT_PATH });
  }
  for (const name of byName.keys()) {
    if (name !== MANIFEST_PATH && !listed.has(name)) {
      problems.push({ code: 'package-unlisted-entry', detail: name });
    }
  }
  return problems;
}

async function checkHashes(
  source: ByteSource,
  manifest: PackageManifest,
  byName: ReadonlyMap<string, ZipEntry>,
): Promise<PackageProblem[]> {
  const problems: PackageProblem[] = [];
  for (const file of manifest.files) {
    const entry = byName.get(file.path);
    if (!entry) continue;
    if (entry.size !== file.size) {
      problems.push({ code: 'package-size-mismatch', detail: file.path });
      continue;
    }
    const hash = new Sha256();
    for await (const chunk of entryChunks(source, entry)) hash.update(chunk);
    if (hash.hex() !== file.sha256) {
      problems.push({ code: 'package-hash-mismatch', detail: file.path });
    }
  }
  return problems;
}

/**
 * Two records of one table with the same id would overwrite each other on
 * import, the second silently winning; such a package was not made by the
 * app and is refused.
 */
function duplicateIds(snapshot: AuditSnapshot): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const seen = new Set<string>();
  for (const { table, record } of snapshotRecords(snapshot)) {
    const key = mergeKey(table, record.id);
    if (seen.has(key)) {
      problems.push({ code: 'package-duplicate-id', detail: key });
    }
    seen.add(key);
  }
  return problems;
}

async function readSnapshot(
  source: ByteSource,
  byName: ReadonlyMap<string, ZipEntry>,
): Promise<AuditSnapshot> {
  const entry = byName.get(AUDIT_PATH);
  if (!entry) {
    throw new PackageError({
      code: 'package-missing-file',
      detail: AUDIT_PATH,
    });
  }
  const parsed = auditSnapshotSchema.safeParse(await readJson(source, entry));
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .slice(0, 5)
    .map((issue) => issue.path.join('.'))
    .join(', ');
  throw new PackageError({ code: 'package-record-invalid', detail });
}
