// Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters
// from a 31-character set, the last one a check character over the first 17.
//
// What is checked: the character set, the length and the check character at
// position 18. A mod-31 check with these weights catches every single wrong
// character and every swap of two neighbours.
//
// What is not checked: positions 9–17 embed an organisation code with its
// own GB 11714 check character, and positions 1–2 encode the registering
// authority and the kind of body. We check neither. The inner check is
// well defined for codes converted from old organisation codes, but we have
// not confirmed that every body registered under the new scheme (for example
// individual businesses) satisfies it, and a false rejection would stop a
// consultant from entering a real company.

// Digits and the upper-case letters except I, O, Z, S and V; a character's
// value in the check sum is its index here.
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CHARSET_CLASS = '0-9A-HJ-NP-RTUW-Y';
const BODY = new RegExp(`^[${CHARSET_CLASS}]{17}$`);
const FOREIGN_CHARACTER = new RegExp(`[^${CHARSET_CLASS}]`);

// The weight of position k (1-based) is 3^(k−1) mod 31.
const WEIGHTS = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
] as const;

export const CREDIT_CODE_LENGTH = 18;

export const CREDIT_CODE_ERROR_CODES = [
  'credit-code-empty',
  'credit-code-character',
  'credit-code-length',
  'credit-code-check-digit',
] as const;
export type CreditCodeErrorCode = (typeof CREDIT_CODE_ERROR_CODES)[number];

export type CreditCodeResult =
  | { readonly ok: true; readonly normalized: string }
  | {
      readonly ok: false;
      readonly code: CreditCodeErrorCode;
      /** 1-based position of the offending character. */
      readonly position?: number;
      /** The check character the first 17 characters call for. */
      readonly expected?: string;
    };

/**
 * Upper-cases and strips all white space. NFKC folds full-width letters and
 * digits, which Chinese input methods often produce, into plain ASCII.
 */
export function normalizeCreditCode(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character for 17 valid characters, or null for other input. */
export function computeCheckDigit(first17: string): string | null {
  return BODY.test(first17) ? checkDigitOf(first17) : null;
}

function checkDigitOf(valid17: string): string {
  const sum = WEIGHTS.reduce(
    (total, weight, index) =>
      total + CREDIT_CODE_CHARSET.indexOf(valid17.charAt(index)) * weight,
    0,
  );
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

export function validateCreditCode(raw: string): CreditCodeResult {
  const code = normalizeCreditCode(raw);
  if (code.length === 0) return { ok: false, code: 'credit-code-empty' };

  // Characters first: a stray hyphen or letter O is a clearer message than
  // "wrong length" when both apply.
  const badIndex = code.search(FOREIGN_CHARACTER);
  if (badIndex >= 0) {
    return { ok: false, code: 'credit-code-character', position: badIndex + 1 };
  }
  if (code.length !== CREDIT_CODE_LENGTH) {
    return { ok: false, code: 'credit-code-length' };
  }

  const expected = checkDigitOf(code.slice(0, CREDIT_CODE_LENGTH - 1));
  if (expected !== code.charAt(CREDIT_CODE_LENGTH - 1)) {
    return {
      ok: false,
      code: 'credit-code-check-digit',
      position: CREDIT_CODE_LENGTH,
      expected,
    };
  }
  return { ok: true, normalized: code };
}
