/**
 * Lenient number reading for values typed or pasted the way Chinese
 * spreadsheets show them: full-width digits from an IME, thousands
 * separators, a trailing unit. Leniency stops where a value could be
 * misread: a unit that differs from the column's is refused, never guessed.
 */

export type NumberParseCode =
  'not-a-number' | 'unit-mismatch' | 'unexpected-unit' | 'percent-not-allowed';

export type NumberParseResult =
  { ok: true; value: number | null } | { ok: false; code: NumberParseCode };

export type NumberParseOptions = {
  /** The column's unit; '%' makes it a percent column. */
  unit?: string;
  /** Other units accepted, with the factor that converts into `unit`. */
  acceptUnits?: Readonly<Record<string, number>>;
};

// With an IME in Chinese punctuation mode the full stop key gives 。 and the
// minus key may give a typographic minus, so both count as ASCII here.
const EXTRA_HALF_WIDTH: Readonly<Record<string, string>> = {
  '\u3000': ' ',
  '\u00a0': ' ',
  '\u3002': '.',
  '\u2212': '-',
};

/** Maps full-width ASCII (１２３．４，％) and IME look-alikes to ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000\u00a0\u3002\u2212]/g, (char) => {
    const extra = EXTRA_HALF_WIDTH[char];
    return extra ?? String.fromCharCode(char.charCodeAt(0) - 0xfee0);
  });
}

// Chinese names consultants type for the units on audit forms. Only names
// with one meaning are listed: 方 is always m³ on a water or gas line.
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  度: 'kwh',
  千瓦时: 'kwh',
  万度: '万kwh',
  万千瓦时: '万kwh',
  克: 'g',
  千克: 'kg',
  公斤: 'kg',
  吨: 't',
  万吨: '万t',
  方: 'm3',
  立方: 'm3',
  立方米: 'm3',
  万方: '万m3',
  万立方米: '万m3',
  吨标煤: 'tce',
  吨标准煤: 'tce',
  千克标煤: 'kgce',
};

/**
 * A comparable spelling of a unit: m³, m^3 and M3 all become m3. Case is
 * ignored because no two units on audit forms differ only by case, while
 * "KWH" and "kwh" are common in company spreadsheets.
 */
export function canonicalUnit(unit: string): string {
  const plain = toHalfWidth(unit)
    .replace(/\s+/g, '')
    .replace(/\^/g, '')
    .replace(/³/g, '3')
    .replace(/²/g, '2')
    .toLowerCase();
  return UNIT_ALIASES[plain] ?? plain;
}

const NUMBER_PREFIX =
  /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?/i;

/** Reads a number with an optional trailing unit; empty text clears. */
export function parseNumber(
  text: string,
  options: NumberParseOptions = {},
): NumberParseResult {
  let plain = toHalfWidth(text).trim();
  if (plain === '') return { ok: true, value: null };
  // Accounting formats copy negatives as (1,234).
  const negated = /^\((.+)\)$/.exec(plain);
  if (negated?.[1] !== undefined) plain = `-${negated[1].trim()}`;
  const match = NUMBER_PREFIX.exec(plain);
  if (!match) return { ok: false, code: 'not-a-number' };
  const value = Number(match[0].replace(/,/g, ''));
  if (!Number.isFinite(value)) return { ok: false, code: 'not-a-number' };
  const suffix = plain.slice(match[0].length).trim();
  return applyUnit(value === 0 ? 0 : value, suffix, options);
}

function applyUnit(
  value: number,
  suffix: string,
  options: NumberParseOptions,
): NumberParseResult {
  if (suffix === '') return { ok: true, value };
  // A digit, comma or point right after the number means a malformed number
  // ("1,2345", "1.2.3"), not a unit.
  if (/^[\d.,]/.test(suffix)) return { ok: false, code: 'not-a-number' };
  const unit = canonicalUnit(suffix);
  if (options.unit !== undefined && unit === canonicalUnit(options.unit)) {
    return { ok: true, value };
  }
  const factor = acceptedFactor(unit, options.acceptUnits);
  if (factor !== null) return { ok: true, value: scale(value, factor) };
  if (unit === '%') return { ok: false, code: 'percent-not-allowed' };
  if (options.unit === undefined) return { ok: false, code: 'unexpected-unit' };
  return { ok: false, code: 'unit-mismatch' };
}

function acceptedFactor(
  unit: string,
  acceptUnits: NumberParseOptions['acceptUnits'],
): number | null {
  for (const [name, factor] of Object.entries(acceptUnits ?? {})) {
    if (canonicalUnit(name) === unit) return factor;
  }
  return null;
}

// 0.07 × 10000 is 700.0000000000001 in binary floating point; fifteen
// significant digits are all a double holds, so rounding there is exact
// for every value a person types.
function scale(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}
