import type { CheckedPackage } from '@shared/package/read';
import {
  readEntry,
  storedRange,
  type ByteSource,
} from '@shared/package/zip-reader';

/**
 * A package file the user picked, read by ranges: the browser hands out
 * slices of a File without loading it, so checking a large package costs
 * one piece of memory at a time.
 */
export function blobSource(file: Blob): ByteSource {
  return {
    size: file.size,
    read: async (offset, length) =>
      new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  };
}

/**
 * The bytes of each attachment as a Blob, ready before the import's
 * transaction starts. A stored entry is a slice of the package file itself,
 * so nothing is copied until IndexedDB writes it; an entry someone deflated
 * is inflated into memory.
 *
 * The slices read the file again when the import writes them: a package
 * changed on disk between the check and the import would bring unchecked
 * bytes. The window is a few seconds of the user's own action.
 */
export async function attachmentBlobs(
  file: Blob,
  checked: CheckedPackage,
): Promise<Map<string, Blob>> {
  const source = blobSource(file);
  const blobs = new Map<string, Blob>();
  for (const meta of checked.snapshot.attachments) {
    const entry = checked.attachmentEntries.get(meta.id);
    if (!entry) continue;
    const range = await storedRange(source, entry);
    blobs.set(
      meta.id,
      range
        ? file.slice(range.start, range.end, meta.mediaType)
        : new Blob([(await readEntry(source, entry)) as BlobPart], {
            type: meta.mediaType,
          }),
    );
  }
  return blobs;
}

/** A Blob in pieces, as the package builder reads attachments. */
export async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}
