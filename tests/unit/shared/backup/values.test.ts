import { describe, expect, it } from 'vitest';
import { BackupFormatError } from '@shared/backup/manifest';
import { decodeValue, encodeValue } from '@shared/backup/values';

class FakeBlob {
  constructor(readonly label: string) {}
}

describe('record values in a backup', () => {
  it('replace host binaries and dates with markers and bring them back', () => {
    const photo = new FakeBlob('photo');
    const record = {
      id: 'r1',
      takenAt: new Date('2026-05-01T08:00:00.000Z'),
      files: [photo, { nested: photo }],
      note: null,
    };
    const found: unknown[] = [];
    const encoded = encodeValue(record, (v) => {
      if (!(v instanceof FakeBlob)) return null;
      found.push(v);
      return found.length - 1;
    });
    expect(JSON.parse(JSON.stringify(encoded))).toEqual({
      id: 'r1',
      takenAt: { $cpawDate: '2026-05-01T08:00:00.000Z' },
      files: [{ $cpawBinary: 0 }, { nested: { $cpawBinary: 1 } }],
      note: null,
    });
    const decoded = decodeValue(encoded, (i) => found[i], found.length);
    expect(decoded).toEqual(record);
  });

  it('keeps a "__proto__" key of a crafted file as plain data', () => {
    const decoded = decodeValue(
      JSON.parse('{"id":"x","__proto__":{"polluted":true}}'),
      () => null,
      0,
    ) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.keys(decoded)).toEqual(['id', '__proto__']);
  });

  it.each([
    ['a binary index past the end', { $cpawBinary: 3 }],
    ['a fractional binary index', { $cpawBinary: 0.5 }],
    ['a date that does not parse', { $cpawDate: 'yesterday' }],
  ])('refuses %s as damaged', (_label, value) => {
    expect(() => decodeValue({ field: value }, () => null, 1)).toThrow(
      new BackupFormatError('damaged'),
    );
  });
});
