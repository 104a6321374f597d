import { createRequire } from 'node:module';
import {
  buildPerformanceTableDocument,
  buildReportDocument,
} from '@shared/report/document';
import type { ReportFonts } from '@shared/report/fonts';
import type { ReportInput } from '@shared/report/input';
import {
  pdfPageCount,
  preparePdfMake,
  renderPdf,
  type FontBytes,
  type PdfMakeLike,
} from '@shared/report/render';
import { loadReportFonts } from './fonts';

// Not named `require`: the bundler declares that name in the main bundle.
const loadCommonJs = createRequire(import.meta.url);

export interface RenderedPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
}

/**
 * A report renderer for Node: pdfmake's server build with the fonts loaded
 * once, so a process that renders several documents (the bench, the tests)
 * pays for reading the fonts only at the start.
 */
export class NodeReportRenderer {
  private constructor(
    private readonly pdfmake: PdfMakeLike,
    private readonly fonts: ReportFonts,
  ) {}

  static async create(useSystemFonts = false): Promise<NodeReportRenderer> {
    const { fonts, bytes } = await loadReportFonts(useSystemFonts);
    return NodeReportRenderer.withFonts(fonts, bytes);
  }

  static withFonts(fonts: ReportFonts, bytes: FontBytes): NodeReportRenderer {
    const pdfmake = loadCommonJs('pdfmake') as PdfMakeLike;
    preparePdfMake(pdfmake, fonts, bytes);
    return new NodeReportRenderer(pdfmake, fonts);
  }

  async report(input: ReportInput): Promise<RenderedPdf> {
    return this.render(buildReportDocument(input, this.fonts));
  }

  async performanceTable(input: ReportInput): Promise<RenderedPdf> {
    return this.render(buildPerformanceTableDocument(input, this.fonts));
  }

  private async render(
    doc: ReturnType<typeof buildReportDocument>,
  ): Promise<RenderedPdf> {
    const bytes = await renderPdf(this.pdfmake, doc);
    return { bytes, pages: pdfPageCount(bytes) };
  }
}
