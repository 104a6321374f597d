import { createReadStream } from 'node:fs';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import type { AuditSnapshot } from '@shared/model/snapshot';
import { buildPackage } from '@shared/package/build';
import { attachmentPath } from '@shared/package/format';
import type { PackageProblem } from '@shared/package/problems';
import { checkPackage, type CheckedPackage } from '@shared/package/read';
import { Sha256 } from '@shared/crypto/sha256';
import type { ByteSource } from '@shared/package/zip-reader';
import { LANG, parseOptions, type CliIo } from './common';
import { readSnapshot } from './summary';

/** The version written into manifests made here; the app writes its own. */
const CLI_APP_VERSION = process.env.npm_package_version ?? '0.0.0';

/** A file on disk read by ranges, as the package checks want it. */
export async function fileSource(handle: FileHandle): Promise<ByteSource> {
  const { size } = await handle.stat();
  return {
    size,
    read: async (offset, length) => {
      const buffer = new Uint8Array(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    },
  };
}

export function problemLine(
  file: string,
  problem: PackageProblem,
  t: TFunction,
): string {
  const message = t(`packages.problems.${problem.code}`, {
    detail: problem.detail ?? '',
  });
  return t('packages.cli.problem', { path: file, message });
}

/** One file named, and `--out` where the command writes one. */
function fileArgs(
  rest: string[],
  t: TFunction,
  io: CliIo,
): { file: string; out: string | undefined } | null {
  const options = { out: { type: 'string' }, lang: LANG } as const;
  const parsed = parseOptions(
    { args: rest, allowPositionals: true, options },
    t,
    io,
  );
  if (!parsed) return null;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.err(t('packages.cli.missingFile'));
    return null;
  }
  return { file, out: parsed.values.out };
}

/**
 * `verify FILE` and `package SNAPSHOT --out OUT.cpaudit`. Exit 0 when done,
 * 1 with one line per problem, 2 when the arguments are wrong.
 */
export async function runPackageCommand(
  command: 'package' | 'verify',
  rest: string[],
  t: TFunction,
  io: CliIo,
): Promise<number> {
  const args = fileArgs(rest, t, io);
  if (!args) return 2;
  if (command === 'verify') return verify(args.file, t, io);
  if (!args.out) {
    io.err(t('packages.cli.missingOut'));
    return 2;
  }
  return packageSnapshot(args.file, args.out, t, io);
}

/**
 * The audit in a package file after every check, or null when it cannot be
 * read or is refused; each problem has been reported as one line. Ready for
 * `summary` to read packages through, in place of a reader that trusts the
 * zip.
 */
export async function readPackageSnapshot(
  file: string,
  t: TFunction,
  io: CliIo,
): Promise<AuditSnapshot | null> {
  const checked = await checkFile(file, t, io);
  return checked ? checked.snapshot : null;
}

async function checkFile(
  file: string,
  t: TFunction,
  io: CliIo,
): Promise<CheckedPackage | null> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    io.err(t('cli.readFailed', { path: file, reason }));
    return null;
  }
  try {
    const result = await checkPackage(await fileSource(handle));
    if (result.ok) return result.value;
    for (const problem of result.problems) {
      io.err(problemLine(file, problem, t));
    }
    return null;
  } finally {
    await handle.close();
  }
}

/** 0 when the package is sound, 1 with one line per problem. */
async function verify(file: string, t: TFunction, io: CliIo): Promise<number> {
  const checked = await checkFile(file, t, io);
  if (!checked) return 1;
  const { manifest } = checked;
  io.out(
    t('packages.cli.sound', {
      path: file,
      files: manifest.files.length,
      title: manifest.audit.title,
    }),
  );
  return 0;
}

/**
 * The evidence of the snapshot is read
 * from attachments/<id>/<name> beside it, where a package would hold it, and
 * checked against its size and hash before anything is written.
 */
async function packageSnapshot(
  file: string,
  out: string,
  t: TFunction,
  io: CliIo,
): Promise<number> {
  const snapshot = await readSnapshot(file, t, io);
  if (!snapshot) return 1;
  const folder = path.dirname(path.resolve(file));
  const lines = await checkEvidence(snapshot, folder, t);
  for (const line of lines) io.err(line);
  if (lines.length > 0) return 1;
  return writePackage(snapshot, folder, path.resolve(out), t, io);
}

async function checkEvidence(
  snapshot: AuditSnapshot,
  folder: string,
  t: TFunction,
): Promise<string[]> {
  const lines: string[] = [];
  for (const meta of snapshot.attachments) {
    const where = path.join(folder, attachmentPath(meta));
    const found = await stat(where).catch(() => null);
    if (!found?.isFile()) {
      lines.push(t('packages.cli.attachmentMissing', { path: where }));
      continue;
    }
    const hash = new Sha256();
    for await (const chunk of createReadStream(where)) {
      hash.update(chunk as Uint8Array);
    }
    if (found.size !== meta.size || hash.hex() !== meta.sha256) {
      lines.push(t('packages.cli.attachmentChanged', { path: where }));
    }
  }
  return lines;
}

/**
 * Writes the package of `snapshot` into an open file, its evidence streamed
 * from attachments/<id>/<name> under `folder`.
 */
export async function packFolder(
  handle: FileHandle,
  snapshot: AuditSnapshot,
  folder: string,
  appVersion: string,
): Promise<void> {
  await buildPackage(
    {
      snapshot,
      attachments: snapshot.attachments.map((meta) => ({
        meta,
        chunks: () => createReadStream(path.join(folder, attachmentPath(meta))),
      })),
      appVersion,
      createdAt: new Date().toISOString(),
    },
    async (chunk) => {
      await handle.write(chunk);
    },
  );
}

/**
 * Builds the package into OUT.part and renames it when complete, so an
 * interrupted run never leaves something that looks like a package.
 */
export async function writePackage(
  snapshot: AuditSnapshot,
  folder: string,
  target: string,
  t: TFunction,
  io: CliIo,
): Promise<number> {
  const partial = `${target}.part`;
  let handle: FileHandle | null = null;
  try {
    handle = await open(partial, 'w');
    await packFolder(handle, snapshot, folder, CLI_APP_VERSION);
    await handle.close();
    handle = null;
    await rename(partial, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(partial, { force: true }).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    io.err(t('cli.writeFailed', { path: target, reason }));
    return 1;
  }
  io.out(t('cli.wrote', { path: target }));
  return 0;
}
