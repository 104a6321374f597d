// The report's layout profile: every size, margin and spacing in one place,
// so a province with other rules gets a profile of its own instead of edits
// scattered through the chapters. Defaults follow the format rules quoted
// in domain.md §5.2: 仿宋 小四 body with at least 24 pt between lines,
// 黑体 三号 bold level-1 headings, 仿宋 四号 bold lower headings, 五号 in
// tables and figures.

/** Chinese type sizes (字号) in points. */
export const ZIHAO_PT = {
  xiaochu: 36,
  yihao: 26,
  erhao: 22,
  xiaoer: 18,
  sanhao: 16,
  xiaosan: 15,
  sihao: 14,
  xiaosi: 12,
  wuhao: 10.5,
  xiaowu: 9,
} as const;

export interface TextSpec {
  readonly sizePt: number;
  readonly bold: boolean;
  readonly role: 'body' | 'heading';
  /** Distance from one baseline to the next. */
  readonly lineSpacingPt: number;
}

export interface LayoutProfile {
  readonly id: string;
  readonly pageSize: 'A4';
  /** Left, top, right, bottom. */
  readonly marginsPt: readonly [number, number, number, number];
  readonly body: TextSpec;
  readonly heading1: TextSpec;
  readonly heading2: TextSpec;
  readonly heading3: TextSpec;
  readonly table: TextSpec;
  readonly caption: TextSpec;
  readonly footer: TextSpec;
  readonly coverTitle: TextSpec;
  readonly coverLine: TextSpec;
  /** First-line indent of body paragraphs: two characters. */
  readonly indentChars: number;
  readonly spaceAfterParagraphPt: number;
  readonly spaceAroundTablePt: number;
}

export const GUANGDONG_LAYOUT: LayoutProfile = {
  id: 'guangdong-2026',
  pageSize: 'A4',
  // 2.8 cm left for binding, 2.5 cm elsewhere.
  marginsPt: [79, 71, 71, 71],
  body: {
    sizePt: ZIHAO_PT.xiaosi,
    bold: false,
    role: 'body',
    lineSpacingPt: 24,
  },
  heading1: {
    sizePt: ZIHAO_PT.sanhao,
    bold: true,
    role: 'heading',
    lineSpacingPt: 30,
  },
  heading2: {
    sizePt: ZIHAO_PT.sihao,
    bold: true,
    role: 'body',
    lineSpacingPt: 26,
  },
  heading3: {
    sizePt: ZIHAO_PT.xiaosi,
    bold: true,
    role: 'body',
    lineSpacingPt: 24,
  },
  table: {
    sizePt: ZIHAO_PT.wuhao,
    bold: false,
    role: 'body',
    lineSpacingPt: 15,
  },
  caption: {
    sizePt: ZIHAO_PT.wuhao,
    bold: true,
    role: 'body',
    lineSpacingPt: 18,
  },
  footer: {
    sizePt: ZIHAO_PT.xiaowu,
    bold: false,
    role: 'body',
    lineSpacingPt: 12,
  },
  coverTitle: {
    sizePt: ZIHAO_PT.xiaochu,
    bold: true,
    role: 'heading',
    lineSpacingPt: 48,
  },
  coverLine: {
    sizePt: ZIHAO_PT.sanhao,
    bold: false,
    role: 'body',
    lineSpacingPt: 32,
  },
  indentChars: 2,
  spaceAfterParagraphPt: 0,
  spaceAroundTablePt: 6,
};

/**
 * pdfmake spaces lines by a multiple of the font's own line height (its
 * ascender minus descender, per em), which differs between fonts: about
 * 1.45 em for Noto Sans SC, 1.0 em for the Windows 仿宋 and 黑体. The
 * multiple that gives `spec.lineSpacingPt` therefore depends on the font.
 */
export function lineHeightFactor(spec: TextSpec, emPerLine: number): number {
  return spec.lineSpacingPt / (spec.sizePt * emPerLine);
}
