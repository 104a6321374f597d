import type { ReportEntry } from '@shared/package/format';
import { buildPackage } from '@shared/package/build';
import { Sha256 } from '@shared/crypto/sha256';
import type { RepoContext } from '../../db/context';
import { RepositoryError } from '../../db/errors';
import {
  readAuditForExport,
  recordExport,
} from '../../db/repositories/packages';
import type { FileSink } from '../../platform/types';
import { blobChunks } from './package-file';

export type ExportResult =
  { saved: false } | { saved: true; fileName: string; size: number };

/**
 * Builds the audit's filing package straight into `sink` (a download or a
 * file on disk) and, once it is saved, lists it in the outbox.
 *
 * `reports` are the generated report files (report PDF, 绩效表 and 方案汇总表
 * .xlsx). Their builders live elsewhere; the caller passes what it has.
 */
export async function exportAuditPackage(
  ctx: RepoContext,
  auditId: string,
  sink: FileSink,
  options: {
    appVersion: string;
    reports?: readonly ReportEntry[];
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ExportResult> {
  const { snapshot, blobs } = await readAuditForExport(ctx, auditId);
  const hash = new Sha256();
  let size = 0;
  try {
    await buildPackage(
      {
        snapshot,
        attachments: snapshot.attachments.map((meta) => ({
          meta,
          chunks: () => {
            const blob = blobs.get(meta.id);
            if (!blob) throw new RepositoryError('not-found');
            return blobChunks(blob);
          },
        })),
        reports: options.reports ?? [],
        appVersion: options.appVersion,
        createdAt: ctx.now(),
      },
      async (chunk) => {
        hash.update(chunk);
        size += chunk.length;
        await sink.write(chunk);
      },
      options.onProgress,
    );
  } catch (error) {
    await sink.abort();
    throw error;
  }
  const saved = await sink.close();
  if (!saved.saved) return { saved: false };
  const fileName = saved.fileName ?? sink.suggestedName;
  await recordExport(ctx, snapshot, {
    auditId,
    fileName,
    size,
    sha256: hash.hex(),
  });
  return { saved: true, fileName, size };
}
