import {
  buildPerformanceTableDocument,
  buildReportDocument,
  reportContext,
} from '@shared/report/document';
import { reportDocxBytes } from '@shared/report/docx/document';
import {
  BUNDLED_FONTS,
  SYSTEM_FONTS,
  type ReportFonts,
} from '@shared/report/fonts';
import type { ReportInput } from '@shared/report/input';
import {
  BUNDLED_FONT_NAMES,
  pdfPageCount,
  preparePdfMake,
  renderPdf,
  type PdfMakeLike,
} from '@shared/report/render';
import {
  optionsSheetInput,
  performanceSheetInput,
} from '@shared/report/sheets';
import { optionsSheetXlsx } from '@shared/sheets/options-xlsx';
import { performanceTableXlsx } from '@shared/sheets/performance-xlsx';
import type { RenderReply, RenderRequest } from './worker-messages';

const OFFICE_FILES = {
  docx: (input: ReportInput) => reportDocxBytes(input),
  performanceXlsx: (input: ReportInput) =>
    performanceTableXlsx(performanceSheetInput(reportContext(input))),
  optionsXlsx: (input: ReportInput) =>
    optionsSheetXlsx(optionsSheetInput(reportContext(input))),
} as const;

/** Reads one bundled font by file name, or throws. */
export type FontLoader = (name: string) => Promise<Uint8Array>;

/**
 * The worker's work, apart from the messaging so it can be tested in Node:
 * the fonts are loaded once, on the first request, then every request is
 * laid out on a fresh document definition. Each request gets exactly one
 * final reply, done or failed.
 */
export function reportWorkerCore(
  pdfmake: PdfMakeLike,
  loadFont: FontLoader,
): (
  request: RenderRequest,
  reply: (message: RenderReply) => void,
) => Promise<void> {
  // pdfmake holds one set of fonts at a time: the bundled ones, loaded
  // once, or the system's 仿宋 and 黑体 handed over with a request.
  let ready: Promise<void> | null = null;
  let readyFor: 'bundled' | 'system' | null = null;
  let bundledBytes: Record<string, Uint8Array> | null = null;
  const prepare = async (system: RenderRequest['systemFonts']) => {
    if (system) {
      preparePdfMake(pdfmake, SYSTEM_FONTS, { ...system });
      return;
    }
    if (!bundledBytes) {
      const bytes: Record<string, Uint8Array> = {};
      for (const name of BUNDLED_FONT_NAMES) bytes[name] = await loadFont(name);
      bundledBytes = bytes;
    }
    preparePdfMake(pdfmake, BUNDLED_FONTS, bundledBytes);
  };

  const pdfOf = async (
    document: 'report' | 'performanceTable',
    input: RenderRequest['input'],
    fonts: ReportFonts,
    onProgress: (fraction: number) => void,
  ) => {
    const build =
      document === 'report'
        ? buildReportDocument
        : buildPerformanceTableDocument;
    const bytes = await renderPdf(pdfmake, build(input, fonts), onProgress);
    return { bytes, pages: pdfPageCount(bytes) };
  };

  return async ({ id, document, input, systemFonts }, reply) => {
    // Word and Excel name their fonts and embed none: only PDFs load fonts.
    const office = OFFICE_FILES[document as keyof typeof OFFICE_FILES];
    const wanted = systemFonts ? 'system' : 'bundled';
    if (!office) {
      try {
        if (!ready || readyFor !== wanted || systemFonts) {
          reply({ id, type: 'fonts' });
          readyFor = wanted;
          ready = prepare(systemFonts);
        }
        await ready;
      } catch (error) {
        ready = null;
        readyFor = null;
        reply({ id, type: 'failed', code: 'no-fonts', detail: message(error) });
        return;
      }
    }
    try {
      const file = office
        ? { bytes: await office(input), pages: 0 }
        : await pdfOf(
            document as 'report' | 'performanceTable',
            input,
            systemFonts ? SYSTEM_FONTS : BUNDLED_FONTS,
            (fraction) => reply({ id, type: 'progress', fraction }),
          );
      reply({ id, type: 'done', ...file });
    } catch (error) {
      reply({
        id,
        type: 'failed',
        code: 'render-failed',
        detail: message(error),
      });
    }
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
