import type { ReportInput } from '@shared/report/input';

/**
 * The report or the 绩效表 as PDF; the report as .docx; the 绩效表 or the
 * 方案汇总表 as .xlsx.
 */
export type RenderDocument =
  'report' | 'performanceTable' | 'docx' | 'performanceXlsx' | 'optionsXlsx';

/** What the report page asks the worker for. */
export type RenderRequest = {
  readonly id: number;
  readonly document: RenderDocument;
  readonly input: ReportInput;
  /** The system's 仿宋 and 黑体 to lay out with, instead of the bundled font. */
  readonly systemFonts?: Readonly<Record<string, Uint8Array>> | undefined;
};

/** Short codes the page turns into sentences in the UI language. */
export type RenderErrorCode = 'no-fonts' | 'render-failed';

export type RenderReply =
  | { readonly id: number; readonly type: 'fonts' }
  | {
      readonly id: number;
      readonly type: 'progress';
      readonly fraction: number;
    }
  | {
      readonly id: number;
      readonly type: 'done';
      readonly bytes: Uint8Array;
      readonly pages: number;
    }
  | {
      readonly id: number;
      readonly type: 'failed';
      readonly code: RenderErrorCode;
      readonly detail: string;
    };
