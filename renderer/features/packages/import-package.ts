import type { PackageProblem } from '@shared/package/problems';
import { checkPackage, type CheckedPackage } from '@shared/package/read';
import type { MergeItem } from '@shared/package/merge';
import type { RepoContext } from '../../db/context';
import { planImport } from '../../db/repositories/packages';
import { attachmentBlobs, blobSource } from './package-file';

/** A package that passed its checks, with what importing it would do. */
export type PreparedImport = {
  checked: CheckedPackage;
  items: MergeItem[];
  blobs: Map<string, Blob>;
};

export type PrepareResult =
  | { ok: true; value: PreparedImport }
  | { ok: false; problems: PackageProblem[] };

/**
 * Everything an import does before it may write: check the file, plan the
 * merge against the database, and line up the attachment bytes. Nothing
 * here writes; applyImport does, once the user has seen the plan.
 */
export async function prepareImport(
  ctx: RepoContext,
  file: Blob,
): Promise<PrepareResult> {
  const result = await checkPackage(blobSource(file));
  if (!result.ok) return result;
  const checked = result.value;
  const items = await planImport(ctx, checked.snapshot);
  const blobs = await attachmentBlobs(file, checked);
  return { ok: true, value: { checked, items, blobs } };
}
