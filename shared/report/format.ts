// Number formatting for the report. The report is printed in Chinese with
// fixed decimals per kind of figure (domain.md §8.2): money in 万元 with two
// decimals, standard coal with two, rates in percent with two. Values come
// from shared/calc unrounded; rounding happens only here, for display.

const cache = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let format = cache.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('zh-CN', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    cache.set(decimals, format);
  }
  return format;
}

/** A blank cell is printed as a dash, as report tables do. */
export const BLANK = '—';

export function fixed(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return BLANK;
  }
  // Avoid "-0.00" for tiny negative remainders.
  const rounded = Number(value.toFixed(decimals));
  return formatter(decimals).format(rounded === 0 ? 0 : rounded);
}

/** Quantities typed by the consultant: up to `decimals`, no padding zeros. */
export function quantity(
  value: number | null | undefined,
  decimals = 2,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return BLANK;
  }
  return new Intl.NumberFormat('zh-CN', {
    maximumFractionDigits: decimals,
  }).format(value);
}

export const money = (value: number | null | undefined): string =>
  fixed(value, 2);

/** A fraction (0.05) as a percentage with two decimals ("5.00%"). */
export function percent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined) return BLANK;
  const text = fixed(fraction * 100, 2);
  return text === BLANK ? text : `${text}%`;
}

/** An ISO date (2026-03-16) as the report writes it: 2026年3月16日. */
export function chineseDate(iso: string | null | undefined): string {
  if (!iso) return BLANK;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

export function orBlank(text: string | null | undefined): string {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? BLANK : trimmed;
}
