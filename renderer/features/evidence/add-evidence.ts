import {
  MAX_ATTACHMENT_BYTES,
  type AttachmentOwner,
} from '@shared/model/attachment';
import { Sha256 } from '@shared/crypto/sha256';
import type { RepoContext } from '../../db/context';
import { addAttachment } from '../../db/repositories/attachments';
import { blobChunks } from '../packages/package-file';

/** Photos are shrunk to this longest side when the user asks for it. */
export const DOWNSCALE_MAX_SIDE = 2560;

/** Below this much free space, adding files is refused with a next step. */
export const MIN_FREE_BYTES = 200 * 1024 * 1024;

export type StorageState = { usedBytes: number; freeBytes: number };

/** What the browser says it may still store; null where it cannot tell. */
export async function storageState(): Promise<StorageState | null> {
  if (!navigator.storage?.estimate) return null;
  const { usage = 0, quota } = await navigator.storage.estimate();
  if (quota === undefined) return null;
  return { usedBytes: usage, freeBytes: Math.max(0, quota - usage) };
}

/** True when the space left is low enough to warn before it runs out. */
export function storageIsLow(state: StorageState): boolean {
  const total = state.usedBytes + state.freeBytes;
  return state.freeBytes < Math.max(MIN_FREE_BYTES * 2, total * 0.1);
}

export type AddOutcome =
  { ok: true } | { ok: false; reason: 'too-large' | 'no-room'; size: number };

async function sha256Of(blob: Blob): Promise<string> {
  const hash = new Sha256();
  for await (const chunk of blobChunks(blob)) hash.update(chunk);
  return hash.hex();
}

/**
 * A JPEG or PNG photo whose longest side is over the limit, drawn again at
 * the limit. Other files, small photos, and images the browser cannot
 * decode come back unchanged.
 */
export async function downscaled(file: Blob): Promise<Blob> {
  if (!/^image\/(jpeg|png)$/.test(file.type)) return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return file;
  }
  const longest = Math.max(bitmap.width, bitmap.height);
  if (longest <= DOWNSCALE_MAX_SIDE) {
    bitmap.close();
    return file;
  }
  const scale = DOWNSCALE_MAX_SIDE / longest;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
  const smaller = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, type, 0.88),
  );
  return smaller && smaller.size < file.size ? smaller : file;
}

/**
 * A small JPEG of a photo for the evidence list, so that a page of large
 * photos does not hold each one decoded at full size; null when the
 * browser cannot decode it.
 */
export async function thumbnailOf(
  image: Blob,
  width = 280,
): Promise<Blob | null> {
  try {
    const bitmap = await createImageBitmap(image, {
      resizeWidth: width,
      resizeQuality: 'medium',
    });
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    return await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.8),
    );
  } catch {
    return null;
  }
}

/**
 * Files the user dropped, picked or pasted, added one by one under a
 * record. A file over the size limit, or one the disk has no room for, is
 * skipped with its reason; the others are still added.
 */
export async function addEvidenceFile(
  ctx: RepoContext,
  owner: AttachmentOwner,
  file: File,
  options: { downscale: boolean; storage: StorageState | null },
): Promise<AddOutcome> {
  const blob = options.downscale ? await downscaled(file) : file;
  if (blob.size > MAX_ATTACHMENT_BYTES) {
    return { ok: false, reason: 'too-large', size: blob.size };
  }
  if (
    options.storage &&
    blob.size > options.storage.freeBytes - MIN_FREE_BYTES
  ) {
    return { ok: false, reason: 'no-room', size: blob.size };
  }
  await addAttachment(ctx, owner, {
    name: file.name,
    mediaType: blob.type || file.type,
    blob,
    sha256: await sha256Of(blob),
  });
  return { ok: true };
}

/** Bytes as the user reads them: KB below a megabyte, else MB or GB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
