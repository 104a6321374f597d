import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PdfObject } from '../pdf-types';
import { twips } from './styles';

// A report table as a Word table. The PDF draws its caption as a borderless
// first header row so that it repeats on every page; Word repeats header
// rows by itself, so the caption becomes a caption paragraph above and the
// column headers the repeated row.

type PdfCell = string | PdfObject;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function cellText(cell: PdfCell): string {
  if (typeof cell === 'string') return cell;
  return typeof cell.text === 'string' ? cell.text : '';
}

/** Fixed widths as given; '*' and 'auto' columns share what is left. */
export function columnWidthsPt(
  widths: readonly unknown[],
  totalPt: number,
): number[] {
  const fixed = widths.reduce<number>(
    (sum, w) => sum + (typeof w === 'number' ? w : 0),
    0,
  );
  const flexible = widths.filter((w) => typeof w !== 'number').length;
  const share = flexible === 0 ? 0 : Math.max(30, (totalPt - fixed) / flexible);
  return widths.map((w) => (typeof w === 'number' ? w : share));
}

function cellParagraphs(cell: PdfCell, header: boolean): Paragraph[] {
  const object = typeof cell === 'string' ? null : cell;
  const align = header
    ? 'center'
    : ((object?.alignment as keyof typeof ALIGN | undefined) ?? 'left');
  const bold = header || object?.bold === true;
  return cellText(cell)
    .split('\n')
    .map(
      (line) =>
        new Paragraph({
          style: 'ReportTable',
          alignment: ALIGN[align] ?? AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold })],
        }),
    );
}

function wordRow(cells: readonly PdfCell[], header: boolean): TableRow {
  const children: TableCell[] = [];
  for (let index = 0; index < cells.length;) {
    const cell = cells[index] ?? '';
    const span =
      typeof cell === 'object' && typeof cell.colSpan === 'number'
        ? cell.colSpan
        : 1;
    children.push(
      new TableCell({
        columnSpan: span > 1 ? span : undefined,
        shading: header ? { fill: 'EEEEEE' } : undefined,
        children: cellParagraphs(cell, header),
      }),
    );
    index += span;
  }
  return new TableRow({ tableHeader: header, cantSplit: true, children });
}

/** The caption (when the table has one) and the Word table. */
export function wordTable(
  node: PdfObject,
  contentWidthPt: number,
): (Paragraph | Table)[] {
  const spec = node.table as PdfObject;
  const body = (spec.body ?? []) as PdfCell[][];
  const first = body[0]?.[0];
  const hasCaption =
    typeof first === 'object' && first !== null && first.style === 'caption';
  const rows = hasCaption ? body.slice(1) : body;
  const headerRows =
    (typeof spec.headerRows === 'number' ? spec.headerRows : 0) -
    (hasCaption ? 1 : 0);
  const widths = columnWidthsPt(
    (spec.widths as unknown[] | undefined) ?? rows[0]?.map(() => '*') ?? [],
    contentWidthPt,
  );
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: {
      size: twips(widths.reduce((a, b) => a + b, 0)),
      type: WidthType.DXA,
    },
    columnWidths: widths.map(twips),
    rows: rows.map((row, index) => wordRow(row, index < headerRows)),
  });
  const caption = hasCaption
    ? [new Paragraph({ style: 'ReportCaption', text: cellText(first) })]
    : [];
  return [...caption, table];
}
