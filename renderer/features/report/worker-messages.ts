import type { ReportInput } from '@shared/report/input';

/** What the report page asks the worker for. */
export type RenderRequest = {
  readonly id: number;
  /** The report or the 绩效表 as PDF, or the report as .docx. */
  readonly document: 'report' | 'performanceTable' | 'docx';
  readonly input: ReportInput;
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
