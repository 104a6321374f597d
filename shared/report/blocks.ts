import type { PdfNode, PdfObject } from './pdf-types';

// The building blocks every part uses: headings that go into the table of
// contents and never sit alone at the foot of a page, body paragraphs,
// captioned tables whose header row repeats on every page they run over.

export function heading(
  level: 1 | 2 | 3,
  text: string,
  options: { pageBreak?: boolean; toc?: boolean } = {},
): PdfObject {
  return {
    text,
    style: `heading${level}`,
    headlineLevel: level,
    tocItem: options.toc ?? level <= 2,
    tocStyle: level === 1 ? 'tocLevel1' : 'tocLevel2',
    tocMargin: level === 1 ? [0, 4, 0, 0] : [24, 0, 0, 0],
    ...(options.pageBreak ? { pageBreak: 'before' } : {}),
  };
}

/** Body text: one paragraph per line of the consultant's text. */
export function paragraphs(text: string): PdfNode[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ({ text: line, style: 'body' }));
}

export interface Column {
  readonly header: string;
  /** pdfmake width: a number of points, '*' or 'auto'. */
  readonly width: number | '*' | 'auto';
  readonly align?: 'left' | 'center' | 'right';
}

/**
 * A cell's text, or text with emphasis; `colSpan` merges it with the cells
 * to its right, which the row still lists (as empty strings) for pdfmake.
 */
export type Cell =
  | string
  | {
      readonly text: string;
      readonly bold?: boolean;
      readonly colSpan?: number;
    };

/**
 * A numbered table with its caption above. The header row repeats when the
 * table breaks across pages; a row never splits. Long cells wrap inside
 * their column.
 */
export function dataTable(
  caption: string,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  emptyNote = '（无数据）',
): PdfNode[] {
  const header = columns.map((column) => ({
    text: column.header,
    style: 'tableHeader',
  }));
  const body = rows.map((row) =>
    row.map((cell, index) => {
      const align = columns[index]?.align ?? 'left';
      return typeof cell === 'string'
        ? { text: cell, alignment: align }
        : { ...cell, alignment: align };
    }),
  );
  // The caption is the first header row, drawn without borders: it then
  // repeats with the column headers on every page the table runs over and
  // can never be left alone at the foot of a page.
  const captionRow = [
    {
      text: caption,
      style: 'caption',
      colSpan: columns.length,
      border: [false, false, false, true],
    },
    ...columns.slice(1).map(() => ''),
  ];
  const table: PdfObject = {
    style: 'table',
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: columns.map((column) => column.width),
      body: [
        captionRow,
        header,
        ...(body.length === 0
          ? [
              [
                {
                  text: emptyNote,
                  colSpan: columns.length,
                  alignment: 'center',
                },
                ...columns.slice(1).map(() => ''),
              ],
            ]
          : body),
      ],
    },
    layout: 'reportGrid',
  };
  return [table];
}

/** Two-column key/value table (企业基本情况 and the like). */
export function factTable(
  caption: string,
  facts: readonly (readonly [string, string])[],
): PdfNode[] {
  return dataTable(
    caption,
    [
      { header: '项目', width: 120 },
      { header: '内容', width: '*' },
    ],
    facts.map(([label, value]) => [{ text: label, bold: true }, value]),
  );
}

/** A chart (SVG text) with its caption below, kept on one page. */
export function figure(caption: string, svg: string, width: number): PdfNode {
  return {
    stack: [
      { svg, width, alignment: 'center', options: { warningCallback: ignore } },
      { text: caption, style: 'caption' },
    ],
    unbreakable: true,
  };
}

// svg-to-pdfkit is handed pdfmake's virtual font name, which pdfkit cannot
// open in Node, and warns; the chart text then uses the font already in
// effect, which is the report's own CJK font, so the warning is dropped.
function ignore(): void {
  return undefined;
}

/** Numbers tables and figures per chapter: 表2-1, 表2-2 … 图4-1 … */
export function numbering(chapter: string): {
  table: (title: string) => string;
  figure: (title: string) => string;
} {
  let tables = 0;
  let figures = 0;
  return {
    table: (title) => `表${chapter}-${(tables += 1)} ${title}`,
    figure: (title) => `图${chapter}-${(figures += 1)} ${title}`,
  };
}
