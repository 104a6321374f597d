/** Plain-text tables for the terminal. */
// Chinese characters take two columns in a terminal.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** The first column left-aligned, the others right-aligned, two spaces apart. */
export function tableLines(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const cells of rows) {
    if (cells.length < 2) continue;
    cells.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((cells) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(
          Math.max(0, (widths[i] ?? 0) - displayWidth(cell)),
        );
        return i === 0 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd(),
  );
}
