import { toHalfWidth } from './parse-number';

export type DateParseResult =
  { ok: true; value: string | null } | { ok: false; code: 'bad-date' };

// Company spreadsheets show dates as 2024-03-05, 2024/3/5, 2024.3.5,
// 2024年3月5日 or 20240305; all of them are stored as ISO.
const DATE_PATTERNS = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** Reads a calendar date into `YYYY-MM-DD`; an empty text is a cleared cell. */
export function parseIsoDate(text: string): DateParseResult {
  const plain = toHalfWidth(text).replace(/\s+/g, '');
  if (plain === '') return { ok: true, value: null };
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(plain);
    if (!match) continue;
    const iso = isoFromParts(
      Number(match[1]),
      Number(match[2]),
      Number(match[3]),
    );
    return iso === null
      ? { ok: false, code: 'bad-date' }
      : { ok: true, value: iso };
  }
  return { ok: false, code: 'bad-date' };
}

/** True for a stored `YYYY-MM-DD` that names a real day. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  return (
    isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) !== null
  );
}

function isoFromParts(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!real) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}
