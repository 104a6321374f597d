import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { demoSnapshot } from '../shared/demo/demo-audit';
import type { Attachment } from '../shared/model/attachment';
import type { AuditSnapshot } from '../shared/model/snapshot';
import { attachmentPath } from '../shared/package/format';
import { checkPackage } from '../shared/package/read';
import { Sha256 } from '../shared/crypto/sha256';
import { fileSource, packFolder } from '../electron/cli/package';

/**
 * Export and import of a filing package with 100 MB of photos, run on the
 * app's own package code in Node: the builder streams the photos from disk
 * into the package file, and the check reads and hashes every entry back,
 * which is the bulk of an import's work. Peak memory is the largest rise of
 * the resident set above where it stood before, sampled while each runs.
 *
 * What this leaves out: IndexedDB. In the app the photos come from and go
 * to Blobs in the browser's database, whose own memory use is not seen
 * here.
 */
export type PackageFigure = {
  name: string;
  value: number;
  unit: string;
  target: number;
  note: string;
};

const PHOTO_BYTES = 4 * 1024 * 1024;
const PHOTO_COUNT = 25;
const MB = 1024 * 1024;

/**
 * A photo-sized file of random bytes (photos barely compress, and neither
 * do these), written a megabyte at a time so that making the test data does
 * not raise the memory the figures start from.
 */
async function writeRandomFile(where: string): Promise<string> {
  mkdirSync(path.dirname(where), { recursive: true });
  const file = await open(where, 'w');
  const hash = new Sha256();
  try {
    for (let done = 0; done < PHOTO_BYTES; done += MB) {
      const chunk = new Uint8Array(randomBytes(MB));
      hash.update(chunk);
      await file.write(chunk);
    }
  } finally {
    await file.close();
  }
  return hash.hex();
}

async function withPhotos(folder: string): Promise<AuditSnapshot> {
  const base = demoSnapshot();
  const step = base.stageSteps[0]!;
  const attachments: Attachment[] = [];
  for (let i = 0; i < PHOTO_COUNT; i += 1) {
    const id = `bench-photo-${i}`;
    const name = `现场照片 ${i + 1}.jpg`;
    const sha256 = await writeRandomFile(
      path.join(folder, attachmentPath({ id, name })),
    );
    attachments.push({
      id,
      createdAt: base.audit.createdAt,
      updatedAt: base.audit.createdAt,
      revision: 1,
      deletedAt: null,
      auditId: base.audit.id,
      ownerTable: 'stageSteps',
      ownerId: step.id,
      name,
      mediaType: 'image/jpeg',
      size: PHOTO_BYTES,
      sha256,
    });
  }
  return { ...base, attachments };
}

/** Runs `work` and reports its time and the resident set's largest rise. */
async function measured(
  work: () => Promise<void>,
): Promise<{ ms: number; peakMb: number }> {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  return { ms: performance.now() - started, peakMb: (peak - baseline) / MB };
}

export async function packageFigures(): Promise<PackageFigure[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'cpaw-bench-pkg-'));
  try {
    const snapshot = await withPhotos(folder);
    const target = path.join(folder, 'bench.cpaudit');
    const exported = await measured(async () => {
      const out = await open(target, 'w');
      try {
        await packFolder(out, snapshot, folder, 'bench');
      } finally {
        await out.close();
      }
    });
    const imported = await measured(async () => {
      const file = await open(target, 'r');
      try {
        const source = await fileSource(file);
        const result = await checkPackage(source);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
      } finally {
        await file.close();
      }
    });
    const total = `${PHOTO_COUNT} photos of ${PHOTO_BYTES / MB} MB`;
    const twice = (2 * PHOTO_BYTES) / MB;
    return [
      {
        name: 'package export, 100 MB of photos: time',
        value: exported.ms,
        unit: 'ms',
        target: 10_000,
        note: `${total}, streamed from disk (Node); no design target, 10 s is ours`,
      },
      {
        name: 'package export: peak memory rise',
        value: exported.peakMb,
        unit: 'MB',
        target: twice,
        note: 'largest rise of the resident set; target 2× the largest photo',
      },
      {
        name: 'package import check, 100 MB: time',
        value: imported.ms,
        unit: 'ms',
        target: 10_000,
        note: 'every entry read by ranges and hashed against the manifest',
      },
      {
        name: 'package import check: peak memory rise',
        value: imported.peakMb,
        unit: 'MB',
        target: twice,
        note: 'the transaction into IndexedDB is not measured here',
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
