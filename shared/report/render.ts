import {
  BUNDLED_FONT_FILES,
  pdfFontDescriptors,
  type ReportFonts,
} from './fonts';
import type { PdfDocument } from './pdf-types';

// Rendering with an injected pdfmake instance, so the CLI (Node), the tests
// and the Web Worker share one path while shared/ stays free of I/O: the
// caller loads the font bytes and hands them over.

export interface PdfMakeLike {
  virtualfs: { writeFileSync(name: string, data: Uint8Array): void };
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy?(policy: (path: string) => boolean): void;
  setFonts(fonts: object): void;
  addTableLayouts(layouts: object): void;
  setProgressCallback?(callback: (fraction: number) => void): void;
  createPdf(doc: object): { getBuffer(): Promise<Uint8Array> };
}

/** Font bytes by virtual file name. */
export type FontBytes = Readonly<Record<string, Uint8Array>>;

// Thin grid lines, a little padding: the look of tables in report templates.
const TABLE_LAYOUTS = {
  reportGrid: {
    // No line above the caption row (row 0).
    hLineWidth: (row: number) => (row === 0 ? 0 : 0.5),
    vLineWidth: () => 0.5,
    hLineColor: () => '#444444',
    vLineColor: () => '#444444',
    paddingLeft: () => 3,
    paddingRight: () => 3,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  },
};

/**
 * Prepares a pdfmake instance: the fonts into its virtual file system, and
 * access policies that refuse every URL and every local path, so nothing a
 * document names can make it read or fetch anything else.
 */
export function preparePdfMake(
  pdfmake: PdfMakeLike,
  fonts: ReportFonts,
  bytes: FontBytes,
): void {
  for (const [name, data] of Object.entries(bytes)) {
    pdfmake.virtualfs.writeFileSync(name, data);
  }
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy?.(() => false);
  pdfmake.setFonts(pdfFontDescriptors(fonts));
  pdfmake.addTableLayouts(TABLE_LAYOUTS);
}

export async function renderPdf(
  pdfmake: PdfMakeLike,
  doc: PdfDocument,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  if (onProgress) pdfmake.setProgressCallback?.(onProgress);
  const buffer = await pdfmake.createPdf(doc).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The files BUNDLED_FONTS needs, in the order hosts should load them. */
export const BUNDLED_FONT_NAMES: readonly string[] =
  Object.values(BUNDLED_FONT_FILES);

/** Counts pages by the page objects of the PDF's own structure. */
export function pdfPageCount(bytes: Uint8Array): number {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
