import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  computeCheckDigit,
  normalizeCreditCode,
  validateCreditCode,
} from '@shared/calc/credit-code';

// Publicly registered codes of two Shenzhen companies (深圳市腾讯计算机系统
// 有限公司, 华为技术有限公司). They were taken from public records, and
// their check characters were recomputed independently of this module.
const TENCENT_SHENZHEN = '91440300708461136T';
const HUAWEI_TECHNOLOGIES = '914403001922038216';

/** A valid code for fixtures: 17 given characters plus their check. */
function validCode(first17: string): string {
  const check = computeCheckDigit(first17);
  if (check === null) throw new Error(`not a code body: ${first17}`);
  return first17 + check;
}

describe('computeCheckDigit', () => {
  it('reproduces the check characters of published codes', () => {
    expect(computeCheckDigit(TENCENT_SHENZHEN.slice(0, 17))).toBe('T');
    expect(computeCheckDigit(HUAWEI_TECHNOLOGIES.slice(0, 17))).toBe('6');
  });

  it('gives 0 when the weighted sum is a multiple of 31', () => {
    expect(computeCheckDigit('00000000000000000')).toBe('0');
  });

  it('returns null for a body that is not 17 valid characters', () => {
    expect(computeCheckDigit('9144030070846113')).toBeNull();
    expect(computeCheckDigit('9144030070846113O')).toBeNull();
  });
});

describe('validateCreditCode', () => {
  it('accepts exactly the 31 characters of the standard', () => {
    const allowed = Array.from('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ').filter(
      (char) => computeCheckDigit(char.repeat(17)) !== null,
    );
    expect(allowed.join('')).toBe('0123456789ABCDEFGHJKLMNPQRTUWXY');
    expect(CREDIT_CODE_CHARSET).toBe(allowed.join(''));
  });

  it('accepts published codes', () => {
    expect(validateCreditCode(TENCENT_SHENZHEN)).toEqual({
      ok: true,
      normalized: TENCENT_SHENZHEN,
    });
    expect(validateCreditCode(HUAWEI_TECHNOLOGIES).ok).toBe(true);
  });

  it('accepts every code built with computeCheckDigit', () => {
    const body = fc
      .array(fc.constantFrom(...Array.from(CREDIT_CODE_CHARSET)), {
        minLength: 17,
        maxLength: 17,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(body, (first17) => validateCreditCode(validCode(first17)).ok),
    );
  });

  it('normalises lower case, spaces and full-width characters', () => {
    const typed = ' 9144 0300 7084 6113 6t ';
    expect(validateCreditCode(typed)).toEqual({
      ok: true,
      normalized: TENCENT_SHENZHEN,
    });
    expect(validateCreditCode('９１４４０３００７０８４６１１３６Ｔ').ok).toBe(
      true,
    );
  });

  it('reports the expected check character at position 18', () => {
    expect(validateCreditCode('91440300708461136A')).toEqual({
      ok: false,
      code: 'credit-code-check-digit',
      position: 18,
      expected: 'T',
    });
  });

  it('catches every single changed character', () => {
    const code = validCode('91440101MA59ABCDE');
    for (let index = 0; index < code.length; index += 1) {
      for (const char of CREDIT_CODE_CHARSET) {
        if (char === code[index]) continue;
        const typo = code.slice(0, index) + char + code.slice(index + 1);
        expect(validateCreditCode(typo).ok).toBe(false);
      }
    }
  });

  it('catches every swap of two different neighbours', () => {
    const code = validCode('92440605L12345678');
    for (let index = 0; index + 1 < code.length; index += 1) {
      const [a, b] = [code.charAt(index), code.charAt(index + 1)];
      if (a === b) continue;
      const swapped = code.slice(0, index) + b + a + code.slice(index + 2);
      expect(validateCreditCode(swapped).ok).toBe(false);
    }
  });

  it.each(['I', 'O', 'Z', 'S', 'V', '-'])(
    'reports the position of a %s, which the character set excludes',
    (char) => {
      const code = `91440300${char}08461136T`;
      expect(validateCreditCode(code)).toEqual({
        ok: false,
        code: 'credit-code-character',
        position: 9,
      });
    },
  );

  it('reports a wrong length', () => {
    expect(validateCreditCode('91440300708461136')).toEqual({
      ok: false,
      code: 'credit-code-length',
    });
    expect(validateCreditCode('91440300708461136TT').ok).toBe(false);
  });

  it('reports an empty or blank code as empty', () => {
    expect(validateCreditCode('')).toEqual({
      ok: false,
      code: 'credit-code-empty',
    });
    expect(validateCreditCode('   ')).toEqual({
      ok: false,
      code: 'credit-code-empty',
    });
  });
});

describe('normalizeCreditCode', () => {
  it('removes inner white space including the ideographic space', () => {
    expect(normalizeCreditCode('9144\u30000300 7084\t61136t')).toBe(
      TENCENT_SHENZHEN,
    );
  });
});
