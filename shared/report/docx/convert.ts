import {
  AlignmentType,
  HeadingLevel,
  ImageRun,
  Paragraph,
  type Table,
  TableOfContents,
  TextRun,
} from 'docx';
import type { PdfNode, PdfObject } from '../pdf-types';
import { twips } from './styles';
import { wordTable } from './tables';

// The PDF's document definition, walked once more and written as Word
// blocks: the same parts in the same order, so the two files cannot drift.
// Only what the report's parts use is handled: paragraphs by style, stacks,
// numbered lists, tables, charts and the table of contents.

export type WordBlock = Paragraph | Table | TableOfContents;

const HEADINGS: Readonly<
  Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]>
> = {
  heading1: HeadingLevel.HEADING_1,
  heading2: HeadingLevel.HEADING_2,
  heading3: HeadingLevel.HEADING_3,
};

const PARAGRAPH_STYLES: Readonly<Record<string, string>> = {
  body: 'ReportBody',
  caption: 'ReportCaption',
  coverTitle: 'ReportCoverTitle',
  coverLine: 'ReportCoverLine',
};

// Word shows the SVG; Word before 2016 shows this fallback instead, one
// white pixel, because shared/ has no rasteriser to draw the chart as PNG.
const FALLBACK_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC';

const PX_PER_PT = 96 / 72;

function runs(text: unknown, bold: boolean): TextRun[] {
  if (typeof text === 'string') {
    return text
      .split('\n')
      .map(
        (line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : 0 }),
      );
  }
  if (Array.isArray(text)) {
    return text.flatMap((part: unknown) =>
      typeof part === 'string'
        ? runs(part, bold)
        : runs(
            (part as PdfObject).text,
            bold || (part as PdfObject).bold === true,
          ),
    );
  }
  return [];
}

function spacing(margin: unknown) {
  if (!Array.isArray(margin) || margin.length !== 4) return undefined;
  const [, top, , bottom] = margin as number[];
  return { before: twips(top ?? 0), after: twips(bottom ?? 0) };
}

function textParagraph(node: PdfObject, pageBreakBefore: boolean): Paragraph {
  const style = typeof node.style === 'string' ? node.style : 'body';
  const level = HEADINGS[style];
  // A heading1-styled title outside the outline (the management page)
  // must not enter Word's table of contents.
  const inOutline = level !== undefined && node.headlineLevel !== undefined;
  return new Paragraph({
    ...(inOutline
      ? { heading: level }
      : { style: PARAGRAPH_STYLES[style] ?? 'ReportBody' }),
    children: runs(
      node.text,
      node.bold === true || (level !== undefined && !inOutline),
    ),
    pageBreakBefore,
    spacing: spacing(node.margin),
    ...(level !== undefined && !inOutline ? { keepNext: true } : {}),
  });
}

function chart(node: PdfObject, pageBreakBefore: boolean): Paragraph {
  const svg = String(node.svg);
  const widthPt = typeof node.width === 'number' ? node.width : 420;
  const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  const ratio = size ? Number(size[2]) / Number(size[1]) : 0.6;
  const width = Math.round(widthPt * PX_PER_PT);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    pageBreakBefore,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(svg),
        transformation: { width, height: Math.round(width * ratio) },
        fallback: { type: 'png', data: FALLBACK_PNG },
      }),
    ],
  });
}

function tocBlocks(node: PdfObject): WordBlock[] {
  const toc = node.toc as PdfObject;
  const title = (toc.title as PdfObject | undefined)?.text;
  return [
    new Paragraph({
      style: 'ReportCoverLine',
      pageBreakBefore: true,
      children: runs(title ?? '目录', true),
    }),
    new TableOfContents(String(title ?? '目录'), {
      hyperlink: true,
      headingStyleRange: '1-2',
    }),
  ];
}

/** Word blocks for the PDF content, in order. */
export function toWordBlocks(
  nodes: readonly PdfNode[],
  contentWidthPt: number,
): WordBlock[] {
  const out: WordBlock[] = [];
  let breakPending = false;
  const take = () => {
    const pending = breakPending;
    breakPending = false;
    return pending;
  };
  const visit = (node: PdfNode): void => {
    if (typeof node === 'string') {
      if (node !== '') out.push(textParagraph({ text: node }, take()));
      return;
    }
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node.pageBreak === 'before') breakPending = true;
    if (node.toc) {
      take();
      out.push(...tocBlocks(node));
    } else if (typeof node.svg === 'string') {
      out.push(chart(node, take()));
    } else if (node.table) {
      if (take()) out.push(new Paragraph({ pageBreakBefore: true }));
      out.push(...wordTable(node, contentWidthPt));
    } else if (Array.isArray(node.stack)) {
      (node.stack as PdfNode[]).forEach(visit);
    } else if (Array.isArray(node.ol)) {
      (node.ol as PdfNode[]).forEach((item, i) => {
        const text = typeof item === 'string' ? item : (item as PdfObject).text;
        out.push(
          textParagraph(
            { text: `${i + 1}. ${String(text)}`, style: 'body' },
            take(),
          ),
        );
      });
    } else if (node.text !== undefined) {
      out.push(textParagraph(node, take()));
    }
  };
  nodes.forEach(visit);
  return out;
}
