// Charts as plain SVG text, built without a DOM so that the same markup is
// embedded in the PDF (pdfmake's svg node) and shown in the app (as an
// image from a data URL). Only rectangles, lines and text are used, which
// svg-to-pdfkit renders faithfully.

export interface BarDatum {
  readonly label: string;
  readonly value: number;
  /** The printed value; the number with two decimals when omitted. */
  readonly valueText?: string;
}

const COLOURS = ['#2f6f9f', '#d08c2c'] as const;
const FONT = 'font-family="sans-serif"';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function svg(width: number, height: number, body: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>` +
    body.join('') +
    '</svg>'
  );
}

function text(
  x: number,
  y: number,
  content: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
  size = 10,
): string {
  return `<text x="${round(x)}" y="${round(y)}" ${FONT} font-size="${size}" text-anchor="${anchor}" fill="#222222">${escapeXml(content)}</text>`;
}

function rect(x: number, y: number, w: number, h: number, fill: string) {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(Math.max(w, 0))}" height="${round(Math.max(h, 0))}" fill="${fill}"/>`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Horizontal bars, one per datum, scaled to the largest absolute value.
 * Negative values (an increase where a saving was expected) are drawn in
 * the second colour from the same axis.
 */
export function horizontalBarChart(
  data: readonly BarDatum[],
  options: { width?: number; unit?: string } = {},
): string {
  const width = options.width ?? 460;
  const labelWidth = 150;
  const valueWidth = 80;
  const rowHeight = 24;
  const top = 10;
  const height = top * 2 + Math.max(data.length, 1) * rowHeight;
  const max = Math.max(1e-9, ...data.map((d) => Math.abs(d.value)));
  const plot = width - labelWidth - valueWidth;
  const body: string[] = [
    `<line x1="${labelWidth}" y1="${top}" x2="${labelWidth}" y2="${height - top}" stroke="#666666" stroke-width="1"/>`,
  ];
  data.forEach((datum, index) => {
    const y = top + index * rowHeight;
    const length = (Math.abs(datum.value) / max) * plot;
    const colour = datum.value < 0 ? COLOURS[1] : COLOURS[0];
    body.push(text(labelWidth - 6, y + 16, datum.label, 'end'));
    body.push(rect(labelWidth, y + 5, length, rowHeight - 10, colour));
    const shown = datum.valueText ?? datum.value.toFixed(2);
    const unit = options.unit ? ` ${options.unit}` : '';
    body.push(text(labelWidth + length + 4, y + 16, `${shown}${unit}`));
  });
  return svg(width, height, body);
}

export interface PairDatum {
  readonly label: string;
  readonly before: number;
  readonly after: number;
}

/**
 * Before/after pairs on a common scale where "before" is 100: indicators in
 * different units can share one chart, and the printed percentage says how
 * far each moved.
 */
export function beforeAfterChart(
  data: readonly PairDatum[],
  legend: { before: string; after: string },
  width = 460,
): string {
  const labelWidth = 150;
  const groupHeight = 40;
  const top = 28;
  const height = top + 10 + Math.max(data.length, 1) * groupHeight;
  const plot = width - labelWidth - 60;
  const body: string[] = [
    rect(labelWidth, 6, 10, 10, COLOURS[0]),
    text(labelWidth + 14, 15, legend.before),
    rect(labelWidth + 110, 6, 10, 10, COLOURS[1]),
    text(labelWidth + 124, 15, legend.after),
  ];
  data.forEach((datum, index) => {
    const y = top + index * groupHeight;
    const ratio = datum.before === 0 ? 0 : datum.after / datum.before;
    const scale = Math.max(1, ratio);
    body.push(text(labelWidth - 6, y + 20, datum.label, 'end'));
    body.push(rect(labelWidth, y + 4, plot / scale, 13, COLOURS[0]));
    body.push(rect(labelWidth, y + 19, (plot * ratio) / scale, 13, COLOURS[1]));
    body.push(text(labelWidth + plot / scale + 4, y + 14, '100'));
    body.push(
      text(
        labelWidth + (plot * ratio) / scale + 4,
        y + 29,
        (ratio * 100).toFixed(1),
      ),
    );
  });
  return svg(width, height, body);
}
