import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module: the real one only works inside the
 * Electron binary, which these machines cannot download. Each piece records
 * what main-process code asked of it.
 */
type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents {
  listeners = new Map<string, Listener[]>();
  windowOpenHandler: Listener | null = null;
  session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };
  send = vi.fn();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow {
  static created: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.created;
  webContents = new FakeWebContents();
  constructor(readonly options: Record<string, unknown>) {
    BrowserWindow.created.push(this);
  }
  on = vi.fn();
  once = vi.fn();
  maximize = vi.fn();
  loadURL = vi.fn(async () => undefined);
}

const userData = mkdtempSync(path.join(tmpdir(), 'cpaw-electron-mock-'));

export const app = {
  getPath: vi.fn(() => userData),
  getVersion: vi.fn(() => '0.1.0'),
  isPackaged: false,
  quit: vi.fn(),
};
export const shell = {
  openExternal: vi.fn(async () => undefined),
  openPath: vi.fn(),
};
export const ipcMain = { handle: vi.fn(), on: vi.fn() };
export const screen = {
  getAllDisplays: vi.fn(() => [
    { workArea: { x: 0, y: 0, width: 1920, height: 1080 } },
  ]),
};
export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};
export const net = { fetch: vi.fn() };
export const dialog = {
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  showMessageBox: vi.fn(),
};
export const Menu = { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() };

export default {
  app,
  shell,
  ipcMain,
  screen,
  protocol,
  net,
  dialog,
  Menu,
  BrowserWindow,
};
