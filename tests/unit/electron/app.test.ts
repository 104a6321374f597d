import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channels } from '@shared/ipc/contract';

vi.mock('electron', () => import('./electron-mock'));

const electron = await import('./electron-mock');
const { startApp } = await import('../../../electron/main/app');

describe('starting the app', () => {
  it('registers every IPC channel, the app protocol and the menu, then loads app://cpaw/', async () => {
    const rendererDir = mkdtempSync(path.join(tmpdir(), 'cpaw-renderer-'));
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    electron.net.fetch.mockResolvedValue(
      new Response('<!doctype html>', {
        headers: { 'Content-Type': 'text/html' },
      }),
    );

    await startApp({
      rendererDir,
      preloadDir: '/app/preload',
      resourcesDir: null,
    });

    const handled = electron.ipcMain.handle.mock.calls.map((call) => call[0]);
    expect(handled.sort()).toEqual([...channels].sort());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const window = electron.BrowserWindow.created.at(-1);
    expect(window?.loadURL).toHaveBeenCalledWith('app://cpaw/index.html');

    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [
      string,
      (r: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://cpaw/index.html'));
    expect(response.headers.get('Content-Security-Policy')).toContain(
      "default-src 'self'",
    );
    expect(String(electron.net.fetch.mock.calls[0]?.[0])).toBe(
      `file://${path.join(rendererDir, 'index.html')}`,
    );

    const refused = await handler(
      new Request('app://cpaw/..%2f..%2fetc%2fpasswd'),
    );
    expect(refused.status).toBe(404);
    expect(electron.net.fetch).toHaveBeenCalledTimes(1);
  });
});
