import { AlignmentType, type IStylesOptions } from 'docx';
import type { LayoutProfile, TextSpec } from '../layout';

// Word styles from the same layout profile as the PDF. Fonts are named as
// Word on Chinese Windows knows them, so 仿宋 and 黑体 show where they are
// installed; Latin text and figures use Times New Roman, as in the
// provincial samples.

export const WORD_FONTS = {
  body: '仿宋',
  heading: '黑体',
  latin: 'Times New Roman',
} as const;

/** Word measures in twentieths of a point and type in half points. */
export const twips = (pt: number): number => Math.round(pt * 20);
const halfPoints = (pt: number): number => Math.round(pt * 2);

function run(spec: TextSpec) {
  return {
    font: {
      ascii: WORD_FONTS.latin,
      hAnsi: WORD_FONTS.latin,
      eastAsia: spec.role === 'heading' ? WORD_FONTS.heading : WORD_FONTS.body,
    },
    size: halfPoints(spec.sizePt),
    bold: spec.bold,
  };
}

// "At least" line spacing keeps the format rule's minimum and lets Word
// grow a line that holds a superscript or a larger run.
const lines = (spec: TextSpec) => ({
  line: twips(spec.lineSpacingPt),
  lineRule: 'atLeast' as const,
});

export function wordStyles(layout: LayoutProfile): IStylesOptions {
  const heading = (spec: TextSpec, beforePt: number) => ({
    run: { ...run(spec), color: '000000' },
    paragraph: {
      spacing: { ...lines(spec), before: twips(beforePt), after: twips(6) },
      keepNext: true,
      keepLines: true,
    },
  });
  return {
    default: {
      document: {
        run: run(layout.body),
        paragraph: { spacing: lines(layout.body) },
      },
      heading1: heading(layout.heading1, 0),
      heading2: heading(layout.heading2, 8),
      heading3: heading(layout.heading3, 4),
    },
    paragraphStyles: [
      {
        id: 'ReportBody',
        name: 'Report Body',
        basedOn: 'Normal',
        quickFormat: true,
        run: run(layout.body),
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: {
            firstLine: twips(layout.body.sizePt * layout.indentChars),
          },
          spacing: {
            ...lines(layout.body),
            after: twips(layout.spaceAfterParagraphPt),
          },
        },
      },
      {
        id: 'ReportCaption',
        name: 'Report Caption',
        basedOn: 'Normal',
        quickFormat: true,
        run: run(layout.caption),
        paragraph: {
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: {
            ...lines(layout.caption),
            before: twips(layout.spaceAroundTablePt),
          },
        },
      },
      {
        id: 'ReportTable',
        name: 'Report Table Text',
        basedOn: 'Normal',
        run: run(layout.table),
        paragraph: { spacing: lines(layout.table) },
      },
      {
        id: 'ReportCoverTitle',
        name: 'Report Cover Title',
        basedOn: 'Normal',
        run: run(layout.coverTitle),
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: lines(layout.coverTitle),
        },
      },
      {
        id: 'ReportCoverLine',
        name: 'Report Cover Line',
        basedOn: 'Normal',
        run: run(layout.coverLine),
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: lines(layout.coverLine),
        },
      },
      {
        id: 'ReportFooter',
        name: 'Report Footer',
        basedOn: 'Normal',
        run: run(layout.footer),
        paragraph: { alignment: AlignmentType.CENTER },
      },
    ],
  };
}
