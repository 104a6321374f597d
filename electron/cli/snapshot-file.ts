import { readFile } from 'node:fs/promises';
import type { TFunction } from 'i18next';
import {
  auditSnapshotSchema,
  type AuditSnapshot,
} from '@shared/model/snapshot';
import type { CliIo } from './common';

/**
 * An audit snapshot (audit.json) read and checked against the app's
 * schemas; null when it cannot be, after saying why on stderr.
 */
export async function readSnapshot(
  file: string,
  t: TFunction,
  io: CliIo,
): Promise<AuditSnapshot | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    io.err(t('cli.readFailed', { path: file, reason }));
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    io.err(t('cli.summary.notJson', { path: file }));
    return null;
  }
  const result = auditSnapshotSchema.safeParse(json);
  if (result.success) return result.data;
  const { issues } = result.error;
  io.err(
    t('cli.summary.invalidSnapshot', { path: file, count: issues.length }),
  );
  for (const issue of issues.slice(0, 20)) {
    const field = issue.path.join('.');
    io.err(t('cli.summary.invalidField', { field, problem: issue.message }));
  }
  return null;
}
