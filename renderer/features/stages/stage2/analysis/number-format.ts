export type FigureOptions = {
  /** Fixed fraction digits; otherwise up to `maxDecimals`. */
  decimals?: number;
  maxDecimals?: number;
  /** Writes + before positive numbers, for changes against a baseline. */
  signed?: boolean;
};

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A figure in running text, grouped and rounded as the grid shows figures,
 * so a total under a table reads the same as the cells above it.
 */
export function formatFigure(
  value: number,
  locale: string,
  options: FigureOptions = {},
): string {
  const { decimals, maxDecimals = 2, signed = false } = options;
  const id = `${locale}|${decimals ?? ''}|${maxDecimals}|${signed}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? maxDecimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formats.set(id, format);
  }
  // Binary noise must not decide a rounding: (0.45 − 0.48) / 0.48 × 100 is
  // −6.2499999… in floating point and should read −6.3, as on paper.
  return format.format(Number(value.toPrecision(12)));
}
