import pdfmake from 'pdfmake/build/pdfmake';
import { reportWorkerCore } from './worker-core';
import type { RenderReply, RenderRequest } from './worker-messages';

// The report is laid out here, off the UI thread, in both hosts. Fonts come
// from the app's own /fonts/ (served by the app protocol in Electron and by
// the web server in the browser); pdfmake's policies refuse everything else.
//
// Known shortcoming: the app always renders with the bundled Noto Sans SC.
// The system's 仿宋 and 黑体 (the "use system fonts" setting) would have to
// be read by the main process and handed over through a new IPC channel;
// until then only the CLI's --system-fonts uses them, and versions made
// here are recorded with fonts "bundled".

// The DOM typings describe a window; this is the part of a dedicated
// worker's scope the file uses.
type WorkerScope = {
  location: { href: string };
  onmessage: ((event: MessageEvent<RenderRequest>) => void) | null;
  postMessage(message: RenderReply, transfer?: Transferable[]): void;
};
const scope = self as unknown as WorkerScope;

async function loadFont(name: string): Promise<Uint8Array> {
  const response = await fetch(new URL(`/fonts/${name}`, scope.location.href));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const handle = reportWorkerCore(pdfmake, loadFont);

scope.onmessage = (event: MessageEvent<RenderRequest>) => {
  void handle(event.data, (reply: RenderReply) => {
    if (reply.type === 'done') {
      scope.postMessage(reply, [reply.bytes.buffer]);
    } else {
      scope.postMessage(reply);
    }
  });
};
