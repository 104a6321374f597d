import type { ReportInput } from '@shared/report/input';
import type {
  RenderErrorCode,
  RenderReply,
  RenderRequest,
} from './worker-messages';

export type RenderProgress =
  { stage: 'fonts' } | { stage: 'layout'; fraction: number };

export type RenderOutcome =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; pages: number }
  | { ok: false; code: RenderErrorCode; detail: string };

let worker: Worker | null = null;
let nextId = 1;

// One worker for the page's lifetime: it keeps the fonts it has loaded, so
// only the first report pays for them.
function reportWorker(): Worker {
  worker ??= new Worker(new URL('./report.worker.ts', import.meta.url), {
    type: 'module',
    name: 'report',
  });
  return worker;
}

/** Lays out the report in the worker and reports progress on the way. */
export function renderInWorker(
  document: RenderRequest['document'],
  input: ReportInput,
  onProgress: (progress: RenderProgress) => void,
  systemFonts?: RenderRequest['systemFonts'],
): Promise<RenderOutcome> {
  const target = reportWorker();
  const id = nextId++;
  return new Promise((resolve) => {
    const finish = (outcome: RenderOutcome) => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
      resolve(outcome);
    };
    const onMessage = (event: MessageEvent<RenderReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'fonts') onProgress({ stage: 'fonts' });
      if (reply.type === 'progress') {
        onProgress({ stage: 'layout', fraction: reply.fraction });
      }
      if (reply.type === 'done') {
        // Transferred between threads, the bytes sit on a plain ArrayBuffer.
        const bytes = reply.bytes as Uint8Array<ArrayBuffer>;
        finish({ ok: true, bytes, pages: reply.pages });
      }
      if (reply.type === 'failed') {
        finish({ ok: false, code: reply.code, detail: reply.detail });
      }
    };
    // A worker that fails to start (a blocked script) is gone for good;
    // the next request starts a new one.
    const onError = (event: ErrorEvent) => {
      worker = null;
      finish({ ok: false, code: 'render-failed', detail: event.message });
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    const request: RenderRequest = { id, document, input, systemFonts };
    target.postMessage(request);
  });
}
