import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sha256, sha256Hex } from '@shared/crypto/sha256';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('incremental SHA-256', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(sha256Hex(ascii(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex(ascii('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(
      sha256Hex(
        ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
      ),
    ).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('hashes a million "a" fed in uneven pieces like the standard says', () => {
    const hash = new Sha256();
    const piece = ascii('a'.repeat(997));
    let left = 1_000_000;
    while (left > 0) {
      const take = Math.min(left, piece.length);
      hash.update(piece.subarray(0, take));
      left -= take;
    }
    expect(hash.hex()).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('gives the digest of the whole however the bytes are split', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.array(fc.nat(600), { maxLength: 6 }),
        (bytes, cuts) => {
          const hash = new Sha256();
          let at = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            const end = Math.min(cut, bytes.length);
            hash.update(bytes.subarray(at, Math.max(at, end)));
            at = Math.max(at, end);
          }
          hash.update(bytes.subarray(at));
          const expected = createHash('sha256').update(bytes).digest('hex');
          expect(hash.hex()).toBe(expected);
        },
      ),
    );
  });
});
