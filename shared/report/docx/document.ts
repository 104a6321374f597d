import { Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { buildReportDocument } from '../document';
import { BUNDLED_FONTS } from '../fonts';
import type { ReportInput } from '../input';
import { GUANGDONG_LAYOUT } from '../layout';
import { toWordBlocks } from './convert';
import { twips, wordStyles } from './styles';

// The report as a Word document: the same parts as the PDF (built from the
// same definition), headings as Word's heading styles so Word builds its
// own table of contents, tables as Word tables. Known gaps: the draft mark
// is printed on the cover only (no watermark), and charts carry a blank
// bitmap fallback for Word versions that cannot show SVG.

const A4_PT = { width: 595.28, height: 841.89 };

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'ReportFooter',
        children: [
          new TextRun({
            children: [
              '第 ',
              PageNumber.CURRENT,
              ' 页 / 共 ',
              PageNumber.TOTAL_PAGES,
              ' 页',
            ],
          }),
        ],
      }),
    ],
  });
}

export function buildReportDocx(input: ReportInput): Document {
  const layout = input.layout ?? GUANGDONG_LAYOUT;
  // The fonts only style the PDF; the content is the same with any.
  const pdf = buildReportDocument(input, BUNDLED_FONTS);
  const [left, top, right, bottom] = layout.marginsPt;
  return new Document({
    creator: String(pdf.info.author ?? ''),
    title: String(pdf.info.title ?? ''),
    styles: wordStyles(layout),
    // Word fills the table of contents when it opens the file.
    features: { updateFields: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(A4_PT.width), height: twips(A4_PT.height) },
            margin: {
              left: twips(left),
              top: twips(top),
              right: twips(right),
              bottom: twips(bottom),
            },
          },
        },
        footers: { default: pageFooter(), first: new Footer({ children: [] }) },
        children: toWordBlocks(pdf.content, A4_PT.width - left - right),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function reportDocxBytes(input: ReportInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildReportDocx(input)));
}
