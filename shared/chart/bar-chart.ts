// The geometry of a horizontal bar chart, computed without any DOM so the
// statistics page (as React SVG) and later the report can draw the same
// picture. Bars run sideways because group names are Chinese words of up to
// eight characters, which read badly when turned on a vertical axis.

export interface BarInput {
  readonly label: string;
  readonly value: number;
}

export interface BarChartOptions {
  readonly width?: number;
  readonly labelWidth?: number;
  readonly valueWidth?: number;
  readonly barHeight?: number;
  readonly gap?: number;
  /**
   * Longer labels are cut and end in an ellipsis. Counted in Chinese
   * characters; a Latin letter or digit takes half the room of one.
   */
  readonly maxLabelChars?: number;
  readonly formatValue?: (value: number) => string;
}

export interface BarGeometry {
  readonly label: string;
  readonly valueText: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Baseline of the label and value text. */
  readonly textY: number;
  /** Where the value text starts: after the bar's end, on its own side. */
  readonly valueX: number;
  readonly negative: boolean;
}

export interface BarChartGeometry {
  readonly width: number;
  readonly height: number;
  /** x of the zero line. */
  readonly zeroX: number;
  readonly labelWidth: number;
  readonly bars: readonly BarGeometry[];
}

export function barChartGeometry(
  inputs: readonly BarInput[],
  options: BarChartOptions = {},
): BarChartGeometry {
  const width = options.width ?? 560;
  const labelWidth = options.labelWidth ?? 140;
  const valueWidth = options.valueWidth ?? 90;
  const barHeight = options.barHeight ?? 20;
  const gap = options.gap ?? 8;
  const maxChars = options.maxLabelChars ?? 10;
  const format = options.formatValue ?? String;

  const values = inputs.map((input) =>
    Number.isFinite(input.value) ? input.value : 0,
  );
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  // Room for value text on the side each bar grows towards.
  const plotLeft = labelWidth + (min < 0 ? valueWidth : 0);
  const plotWidth = Math.max(1, width - plotLeft - valueWidth);
  const scale = max - min === 0 ? 0 : plotWidth / (max - min);
  const zeroX = plotLeft - min * scale;

  const bars = inputs.map((input, index): BarGeometry => {
    const value = values[index] ?? 0;
    const y = gap + index * (barHeight + gap);
    const length = Math.abs(value) * scale;
    const negative = value < 0;
    const x = negative ? zeroX - length : zeroX;
    return {
      label: cut(input.label, maxChars),
      valueText: format(value),
      x,
      y,
      width: length,
      height: barHeight,
      textY: y + barHeight * 0.72,
      valueX: negative ? x - 4 : x + length + 4,
      negative,
    };
  });
  return {
    width,
    height: gap + inputs.length * (barHeight + gap),
    zeroX,
    labelWidth,
    bars,
  };
}

// East Asian wide characters (CJK, Hangul, full-width forms), which take
// about twice the width of a Latin letter.
const WIDE =
  /[\u1100-\u115F\u2E80-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Room a character takes, in half Chinese characters. */
const room = (char: string) => (WIDE.test(char) ? 2 : 1);

function cut(label: string, maxChars: number): string {
  const limit = maxChars * 2;
  const chars = [...label];
  if (chars.reduce((sum, char) => sum + room(char), 0) <= limit) return label;
  // Keep what fits beside the ellipsis, which is as wide as a Chinese character.
  let used = 2;
  let kept = '';
  for (const char of chars) {
    if (used + room(char) > limit) break;
    used += room(char);
    kept += char;
  }
  return `${kept}…`;
}
