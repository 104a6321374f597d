import type { BinaryKind } from '@shared/backup/manifest';
import type { BackupBinary } from '@shared/backup/write';

/**
 * The binary values IndexedDB may hold in a record (photos and attached
 * files as Blobs, raw bytes) and how each comes back after a restore.
 *
 * Known shortcoming: typed arrays other than Uint8Array (Float32Array …)
 * are not recognised; they would be written as plain objects and come back
 * wrong. No table holds one today.
 */
type Pending = { kind: BinaryKind; value: Blob | ArrayBuffer | Uint8Array };

export class BinaryCollector {
  private readonly pending: Pending[] = [];

  /** For `encodeValue`: the index a binary value is stored under, or null. */
  readonly indexOf = (value: unknown): number | null => {
    const kind = binaryKind(value);
    if (!kind) return null;
    this.pending.push({ kind, value: value as Pending['value'] });
    return this.pending.length - 1;
  };

  /** Reads the collected values into bytes (Blobs are read asynchronously). */
  async collect(): Promise<BackupBinary[]> {
    return Promise.all(
      this.pending.map(async ({ kind, value }) => ({
        kind,
        type: value instanceof Blob ? value.type : '',
        bytes: await bytesOf(value),
      })),
    );
  }
}

function binaryKind(value: unknown): BinaryKind | null {
  if (value instanceof Blob) return 'blob';
  if (value instanceof ArrayBuffer) return 'array-buffer';
  if (value instanceof Uint8Array) return 'bytes';
  return null;
}

async function bytesOf(value: Pending['value']): Promise<Uint8Array> {
  if (value instanceof Blob) return new Uint8Array(await value.arrayBuffer());
  if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0));
  return new Uint8Array(value);
}

/** The value a stored binary entry becomes again in a record. */
export function binaryValue(binary: BackupBinary): unknown {
  const copy = new Uint8Array(binary.bytes);
  switch (binary.kind) {
    case 'blob':
      return new Blob([copy], { type: binary.type });
    case 'array-buffer':
      return copy.buffer;
    case 'bytes':
      return copy;
  }
}
