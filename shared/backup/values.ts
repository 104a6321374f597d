import { BackupFormatError } from './manifest';

/**
 * Records are stored as JSON. Values JSON cannot hold are replaced by a
 * one-key marker object: binary values by `{ $cpawBinary: n }` (the n-th
 * binary entry of the file), dates by `{ $cpawDate: iso }`. The host decides
 * what counts as binary (a Blob exists in the browser only).
 */
const BINARY_KEY = '$cpawBinary';
const DATE_KEY = '$cpawDate';
// Records are shallow in practice; the bound stops a crafted file from
// overflowing the stack.
const MAX_DEPTH = 64;

export type BinaryIndex = (value: unknown) => number | null;

export function encodeValue(
  value: unknown,
  binaryIndex: BinaryIndex,
  depth = 0,
): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) throw new BackupFormatError('too-large');
  const index = binaryIndex(value);
  if (index !== null) return { [BINARY_KEY]: index };
  if (value instanceof Date) return { [DATE_KEY]: value.toISOString() };
  if (Array.isArray(value)) {
    return value.map((item) => encodeValue(item, binaryIndex, depth + 1));
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      encodeValue(item, binaryIndex, depth + 1),
    ]),
  );
}

function markerOf(value: object): [string, unknown] | null {
  const keys = Object.keys(value);
  if (keys.length !== 1) return null;
  const key = keys[0] as string;
  return key === BINARY_KEY || key === DATE_KEY
    ? [key, (value as Record<string, unknown>)[key]]
    : null;
}

/**
 * Turns stored JSON back into record values. `binary(n)` returns the n-th
 * binary value; a marker pointing at a binary the file lacks, or a date
 * that does not parse, means the file is damaged.
 */
export function decodeValue(
  value: unknown,
  binary: (index: number) => unknown,
  binaryCount: number,
  depth = 0,
): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) throw new BackupFormatError('damaged');
  if (Array.isArray(value)) {
    return value.map((item) =>
      decodeValue(item, binary, binaryCount, depth + 1),
    );
  }
  const marker = markerOf(value);
  if (marker) return decodeMarker(marker, binary, binaryCount);
  // fromEntries defines own properties, so a "__proto__" key in a crafted
  // file stays a plain key and never reaches the prototype.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      decodeValue(item, binary, binaryCount, depth + 1),
    ]),
  );
}

function decodeMarker(
  [key, payload]: [string, unknown],
  binary: (index: number) => unknown,
  binaryCount: number,
): unknown {
  if (key === BINARY_KEY) {
    const ok =
      typeof payload === 'number' &&
      Number.isInteger(payload) &&
      payload >= 0 &&
      payload < binaryCount;
    if (!ok) throw new BackupFormatError('damaged');
    return binary(payload);
  }
  const date = typeof payload === 'string' ? new Date(payload) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new BackupFormatError('damaged');
  }
  return date;
}
