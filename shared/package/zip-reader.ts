import { Inflate, strFromU8 } from 'fflate';
import { PackageError } from './problems';

/**
 * Reads a zip by its central directory, from any source that can hand out
 * byte ranges (a File in the browser, a file handle in Node, an array in
 * tests). Nothing is read whole: an entry streams out in pieces, so a
 * package of 100 MB of photos is never in memory at once, and the sizes an
 * entry claims are enforced while it inflates.
 *
 * ZIP64 (entries or archives over 4 GB) is not read: packages stay far
 * below that and fflate does not write it.
 */
export type ByteSource = {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
};

export type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CHUNK = 1024 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, offset + length),
  };
}

async function readExact(
  source: ByteSource,
  offset: number,
  length: number,
): Promise<Uint8Array> {
  if (offset < 0 || offset + length > source.size) {
    throw new PackageError({ code: 'package-truncated' });
  }
  const bytes = await source.read(offset, length);
  if (bytes.length !== length) {
    throw new PackageError({ code: 'package-truncated' });
  }
  return bytes;
}

async function findEndRecord(source: ByteSource): Promise<Uint8Array> {
  const span = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
  const tail = await readExact(source, source.size - span, span);
  for (let at = tail.length - EOCD_SIZE; at >= 0; at -= 1) {
    if (u32(tail, at) === EOCD_SIGNATURE) return tail.subarray(at);
  }
  // A zip that starts right but has no end record was cut short.
  const head = source.size >= 4 ? await source.read(0, 4) : new Uint8Array();
  const startsLikeZip = head.length === 4 && u32(head, 0) === LOCAL_SIGNATURE;
  throw new PackageError({
    code: startsLikeZip ? 'package-truncated' : 'package-not-zip',
  });
}

/** The entries the central directory lists, in its order. */
export async function readZipEntries(source: ByteSource): Promise<ZipEntry[]> {
  const end = await findEndRecord(source);
  const count = u16(end, 10);
  const directorySize = u32(end, 12);
  const directoryOffset = u32(end, 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new PackageError({ code: 'package-zip64' });
  }
  const directory = await readExact(source, directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > directory.length || u32(directory, at) !== CENTRAL_SIGNATURE)
      throw new PackageError({ code: 'package-truncated' });
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const commentLength = u16(directory, at + 32);
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: strFromU8(nameBytes),
      method: u16(directory, at + 10),
      compressedSize: u32(directory, at + 20),
      size: u32(directory, at + 24),
      localHeaderOffset: u32(directory, at + 42),
      encrypted: (u16(directory, at + 8) & 1) === 1,
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw new PackageError({ code: 'package-zip64' });
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function dataOffset(source: ByteSource, entry: ZipEntry) {
  const header = await readExact(source, entry.localHeaderOffset, 30);
  if (u32(header, 0) !== LOCAL_SIGNATURE) {
    throw new PackageError({ code: 'package-truncated', detail: entry.name });
  }
  const start = entry.localHeaderOffset + 30;
  const offset = start + u16(header, 26) + u16(header, 28);
  if (offset + entry.compressedSize > source.size) {
    throw new PackageError({ code: 'package-truncated', detail: entry.name });
  }
  return offset;
}

/** Where a stored (uncompressed) entry's bytes sit in the source. */
export async function storedRange(
  source: ByteSource,
  entry: ZipEntry,
): Promise<{ start: number; end: number } | null> {
  if (entry.method !== 0) return null;
  const start = await dataOffset(source, entry);
  return { start, end: start + entry.size };
}

/**
 * The entry's uncompressed bytes in pieces. More output than the entry
 * declared stops the read at once (a zip bomb may lie about its sizes);
 * less is reported at the end.
 */
export async function* entryChunks(
  source: ByteSource,
  entry: ZipEntry,
): AsyncGenerator<Uint8Array> {
  if (entry.encrypted)
    throw new PackageError({ code: 'package-encrypted', detail: entry.name });
  if (entry.method !== 0 && entry.method !== 8)
    throw new PackageError({ code: 'package-compression', detail: entry.name });
  const start = await dataOffset(source, entry);
  const pending: Uint8Array[] = [];
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.size) {
      throw new PackageError({ code: 'package-ratio', detail: entry.name });
    }
    pending.push(chunk);
  };
  const inflate = entry.method === 8 ? new Inflate(take) : null;
  for (let read = 0; read < entry.compressedSize; read += CHUNK) {
    const length = Math.min(CHUNK, entry.compressedSize - read);
    const piece = await readExact(source, start + read, length);
    const last = read + length >= entry.compressedSize;
    if (inflate) {
      try {
        inflate.push(piece, last);
      } catch (error) {
        if (error instanceof PackageError) throw error;
        throw new PackageError({
          code: 'package-truncated',
          detail: entry.name,
        });
      }
    } else take(piece);
    yield* pending.splice(0);
  }
  if (entry.compressedSize === 0 && inflate)
    inflate.push(new Uint8Array(), true);
  yield* pending.splice(0);
  if (produced !== entry.size) {
    throw new PackageError({
      code: 'package-size-mismatch',
      detail: entry.name,
    });
  }
}

export async function readEntry(
  source: ByteSource,
  entry: ZipEntry,
): Promise<Uint8Array> {
  const out = new Uint8Array(entry.size);
  let at = 0;
  for await (const chunk of entryChunks(source, entry)) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
