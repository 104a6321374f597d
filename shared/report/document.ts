import type { ReportContext } from './context';
import { reportFigures } from './figures';
import { FONT_FAMILIES, type ReportFonts } from './fonts';
import type { ReportInput } from './input';
import {
  GUANGDONG_LAYOUT,
  lineHeightFactor,
  type LayoutProfile,
  type TextSpec,
} from './layout';
import { attachments, conclusion } from './parts/closing';
import { chapterOne, chapterTwo, preface } from './parts/early-chapters';
import {
  cover,
  managementPage,
  REPORT_KIND_ZH,
  tableOfContents,
} from './parts/front';
import { chapterFive, chapterSeven, chapterSix } from './parts/late-chapters';
import { chapterFour, chapterThree } from './parts/middle-chapters';
import { performanceTablePage } from './parts/performance-table';
import type { PdfDocument, PdfNode, PdfObject } from './pdf-types';

// The report as a pdfmake document definition. A fresh definition is built
// for every render because pdfmake changes the object it lays out.

export function reportContext(input: ReportInput): ReportContext {
  return {
    snapshot: input.snapshot,
    options: input.options,
    figures: reportFigures(input.snapshot, input.options),
  };
}

export function buildReportDocument(
  input: ReportInput,
  fonts: ReportFonts,
): PdfDocument {
  const ctx = reportContext(input);
  const omit = new Set(input.options.omit);
  const content: PdfNode[] = [
    ...cover(ctx),
    ...(omit.has('management') ? [] : managementPage(ctx)),
    ...(omit.has('toc') ? [] : tableOfContents()),
    ...preface(ctx),
    ...chapterOne(ctx),
    ...chapterTwo(ctx),
    ...chapterThree(ctx),
    ...chapterFour(ctx),
    ...chapterFive(ctx),
    ...chapterSix(ctx),
    ...chapterSeven(ctx),
    ...conclusion(ctx),
    ...(omit.has('attachments') ? [] : attachments()),
    ...(omit.has('performanceTable') ? [] : performanceTablePage(ctx, true)),
  ];
  return frame(ctx, content, fonts, input.layout ?? GUANGDONG_LAYOUT, true);
}

/** The 绩效表 alone, one page or two, for filing on its own. */
export function buildPerformanceTableDocument(
  input: ReportInput,
  fonts: ReportFonts,
): PdfDocument {
  const ctx = reportContext(input);
  return frame(
    ctx,
    performanceTablePage(ctx, false),
    fonts,
    input.layout ?? GUANGDONG_LAYOUT,
    false,
  );
}

function frame(
  ctx: ReportContext,
  content: PdfNode[],
  fonts: ReportFonts,
  layout: LayoutProfile,
  hasCover: boolean,
): PdfDocument {
  const kind = REPORT_KIND_ZH[ctx.options.kind];
  return {
    pageSize: layout.pageSize,
    pageMargins: layout.marginsPt,
    info: {
      title: `${ctx.snapshot.company.name}清洁生产审核报告（${kind}）`,
      author:
        ctx.options.consultancy.name || ctx.snapshot.audit.consultancyName,
      creator: 'CP Audit Workbench',
    },
    defaultStyle: textStyle(layout.body, fonts),
    styles: styles(layout, fonts),
    content,
    footer: (page, pages) =>
      hasCover && page === 1
        ? ''
        : { text: `第 ${page} 页 / 共 ${pages} 页`, style: 'footer' },
    ...(ctx.options.draftMark
      ? { watermark: { text: kind, opacity: 0.08, bold: true, fontSize: 96 } }
      : {}),
  };
}

function textStyle(spec: TextSpec, fonts: ReportFonts): PdfObject {
  const face = spec.role === 'heading' ? fonts.heading : fonts.body;
  return {
    font: spec.role === 'heading' ? FONT_FAMILIES.heading : FONT_FAMILIES.body,
    fontSize: spec.sizePt,
    bold: spec.bold,
    lineHeight: lineHeightFactor(spec, face.emPerLine),
  };
}

function styles(
  layout: LayoutProfile,
  fonts: ReportFonts,
): Record<string, PdfObject> {
  const indent = layout.body.sizePt * layout.indentChars;
  return {
    body: {
      ...textStyle(layout.body, fonts),
      leadingIndent: indent,
      alignment: 'justify',
      margin: [0, 0, 0, layout.spaceAfterParagraphPt],
    },
    heading1: {
      ...textStyle(layout.heading1, fonts),
      alignment: 'left',
      margin: [0, 0, 0, 12],
    },
    heading2: { ...textStyle(layout.heading2, fonts), margin: [0, 8, 0, 4] },
    heading3: { ...textStyle(layout.heading3, fonts), margin: [0, 4, 0, 2] },
    table: {
      ...textStyle(layout.table, fonts),
      margin: [0, 2, 0, layout.spaceAroundTablePt * 2],
    },
    tableHeader: {
      ...textStyle(layout.table, fonts),
      bold: true,
      alignment: 'center',
      fillColor: '#eeeeee',
    },
    caption: {
      ...textStyle(layout.caption, fonts),
      alignment: 'center',
      margin: [0, layout.spaceAroundTablePt, 0, 2],
    },
    footer: {
      ...textStyle(layout.footer, fonts),
      alignment: 'center',
      margin: [0, 24, 0, 0],
    },
    coverTitle: {
      ...textStyle(layout.coverTitle, fonts),
      alignment: 'center',
      margin: [0, 12, 0, 12],
    },
    coverLine: { ...textStyle(layout.coverLine, fonts), alignment: 'center' },
    tocLevel1: { ...textStyle(layout.body, fonts), bold: true },
    tocLevel2: textStyle(layout.body, fonts),
  };
}
