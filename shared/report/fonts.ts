import type { PdfFontFiles } from './pdf-types';

// Two font roles: body (仿宋 in the format rules) and heading (黑体). The
// files are given to pdfmake by name through its virtual file system, so
// the renderer never reads a path or a URL of its own. Which files fill
// the roles is decided by the host: the open Noto Sans SC from npm by
// default, the system's 仿宋/黑体 when found and allowed in settings.

export const FONT_FAMILIES = { body: 'ReportBody', heading: 'ReportHeading' };

export interface ReportFontFace {
  /** Virtual file names of the regular and bold faces. */
  readonly files: PdfFontFiles;
  /** Ascender minus descender per em; see lineHeightFactor. */
  readonly emPerLine: number;
  /** What the report's colophon names, e.g. "仿宋". */
  readonly displayName: string;
}

export interface ReportFonts {
  readonly source: 'bundled' | 'system';
  readonly body: ReportFontFace;
  readonly heading: ReportFontFace;
}

/** Virtual names of the bundled Noto Sans SC faces. */
export const BUNDLED_FONT_FILES = {
  regular: 'NotoSansSC-Regular.ttf',
  bold: 'NotoSansSC-Bold.ttf',
} as const;

// Noto Sans SC: ascender 1160, descender −288 per 1000 units.
const NOTO_EM_PER_LINE = 1.448;

/**
 * The open font for both roles. It is a sans-serif: no open 仿宋-like serif
 * is among the project's packages yet, so body text looks like 黑体 until
 * the system's 仿宋 is used or a serif package is added.
 */
export const BUNDLED_FONTS: ReportFonts = {
  source: 'bundled',
  body: {
    files: {
      normal: BUNDLED_FONT_FILES.regular,
      bold: BUNDLED_FONT_FILES.bold,
    },
    emPerLine: NOTO_EM_PER_LINE,
    displayName: 'Noto Sans SC',
  },
  heading: {
    files: { normal: BUNDLED_FONT_FILES.bold, bold: BUNDLED_FONT_FILES.bold },
    emPerLine: NOTO_EM_PER_LINE,
    displayName: 'Noto Sans SC',
  },
};

/** Virtual names of the Windows system faces (simfang.ttf, simhei.ttf). */
export const SYSTEM_FONT_FILES = {
  fangsong: 'simfang.ttf',
  heiti: 'simhei.ttf',
} as const;

// SimFang and SimHei have no bold face; the same file serves both, and
// headings look bold only through 黑体's own weight. Their line height is
// close to one em.
export const SYSTEM_FONTS: ReportFonts = {
  source: 'system',
  body: {
    files: {
      normal: SYSTEM_FONT_FILES.fangsong,
      bold: SYSTEM_FONT_FILES.fangsong,
    },
    emPerLine: 1.0,
    displayName: '仿宋',
  },
  heading: {
    files: { normal: SYSTEM_FONT_FILES.heiti, bold: SYSTEM_FONT_FILES.heiti },
    emPerLine: 1.0,
    displayName: '黑体',
  },
};

/** The `fonts` dictionary pdfmake's addFonts takes. */
export function pdfFontDescriptors(
  fonts: ReportFonts,
): Record<string, PdfFontFiles> {
  return {
    [FONT_FAMILIES.body]: fonts.body.files,
    [FONT_FAMILIES.heading]: fonts.heading.files,
  };
}
