import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { PdfMakeLike } from '@shared/report/render';
import { reportWorkerCore } from '@renderer/features/report/worker-core';
import type {
  RenderReply,
  RenderRequest,
} from '@renderer/features/report/worker-messages';
import { demoReportInput } from '../../shared/report/fixtures';

// The worker's logic with pdfmake's Node build and the fonts read from the
// npm package, which is what /fonts/ serves to the browser worker.
const require = createRequire(import.meta.url);
const FONT_FILES: Record<string, string> = {
  'NotoSansSC-Regular.ttf':
    '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'NotoSansSC-Bold.ttf':
    '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};
const loadFont = async (name: string) =>
  new Uint8Array(await readFile(require.resolve(FONT_FILES[name] ?? name)));

const request = (id: number): RenderRequest => ({
  id,
  document: 'performanceTable',
  input: demoReportInput(),
});

async function run(
  handle: ReturnType<typeof reportWorkerCore>,
  req: RenderRequest,
): Promise<RenderReply[]> {
  const replies: RenderReply[] = [];
  await handle(req, (reply) => replies.push(reply));
  return replies;
}

/** A worker over pdfmake's Node build that counts the fonts it loads. */
function countingWorker() {
  let count = 0;
  const handle = reportWorkerCore(
    require('pdfmake') as PdfMakeLike,
    async (name) => {
      count += 1;
      return loadFont(name);
    },
  );
  return { handle, loads: () => count };
}

describe('the report worker', () => {
  it('lays out with the system fonts handed over, without loading its own, then goes back to them', async () => {
    const { handle, loads } = countingWorker();
    // Any TrueType face stands in for 仿宋 and 黑体 under their file names.
    const face = await loadFont('NotoSansSC-Regular.ttf');
    const system = await run(handle, {
      ...request(1),
      systemFonts: { 'simfang.ttf': face, 'simhei.ttf': face },
    });
    expect(system.at(-1)?.type).toBe('done');
    expect(loads()).toBe(0);

    const bundled = await run(handle, request(2));
    expect(bundled[0]).toEqual({ id: 2, type: 'fonts' });
    expect(bundled.at(-1)?.type).toBe('done');
    expect(loads()).toBe(2);
  }, 60_000);

  it('loads the fonts once, reports progress, and answers with a PDF', async () => {
    const { handle, loads } = countingWorker();
    const first = await run(handle, request(1));
    const second = await run(handle, request(2));

    expect(first[0]).toEqual({ id: 1, type: 'fonts' });
    expect(first.some((r) => r.type === 'progress')).toBe(true);
    const done = first.at(-1);
    if (done?.type !== 'done') throw new Error('no PDF');
    expect(new TextDecoder().decode(done.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(done.pages).toBeGreaterThanOrEqual(1);
    expect(second.map((r) => r.type)).not.toContain('fonts');
    expect(second.at(-1)?.type).toBe('done');
    expect(loads()).toBe(2);
  }, 60_000);

  it('answers no-fonts and renders nothing when a font cannot be loaded', async () => {
    const handle = reportWorkerCore(
      require('pdfmake') as PdfMakeLike,
      async () => {
        throw new Error('HTTP 404');
      },
    );
    const replies = await run(handle, request(7));

    expect(replies).toEqual([
      { id: 7, type: 'fonts' },
      { id: 7, type: 'failed', code: 'no-fonts', detail: 'HTTP 404' },
    ]);
  });

  it('makes the .docx without loading any font', async () => {
    const handle = reportWorkerCore(
      require('pdfmake') as PdfMakeLike,
      async () => {
        throw new Error('no font should be read');
      },
    );
    const replies = await run(handle, { ...request(9), document: 'docx' });

    expect(replies.map((r) => r.type)).toEqual(['done']);
    const done = replies[0];
    if (done?.type !== 'done') throw new Error('no file');
    expect(new TextDecoder().decode(done.bytes.subarray(0, 2))).toBe('PK');
  }, 60_000);

  it('makes the option summary .xlsx without loading any font', async () => {
    const handle = reportWorkerCore(
      require('pdfmake') as PdfMakeLike,
      async () => {
        throw new Error('no font should be read');
      },
    );
    const replies = await run(handle, {
      ...request(10),
      document: 'optionsXlsx',
    });

    const done = replies[0];
    if (done?.type !== 'done') throw new Error('no file');
    expect(replies).toHaveLength(1);
    expect(new TextDecoder().decode(done.bytes.subarray(0, 2))).toBe('PK');
  }, 60_000);
});
