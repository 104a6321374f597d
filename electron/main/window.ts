import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { denyAllPermissions, lockDownContents } from './security';
import type { WindowState } from './settings-store';

/** Drops a saved position that no longer lies on any display (a monitor was unplugged). */
export function visibleBounds(state: WindowState): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y, width } = state;
  const onScreen = screen.getAllDisplays().some(({ workArea }) => {
    const titleBarVisible = y >= workArea.y && y < workArea.y + workArea.height;
    const overlapsHorizontally =
      x + width > workArea.x + 40 && x < workArea.x + workArea.width - 40;
    return titleBarVisible && overlapsHorizontally;
  });
  if (onScreen) return state;
  return {
    width: state.width,
    height: state.height,
    maximized: state.maximized,
  };
}

export type MainWindowOptions = {
  preloadDir: string;
  title: string;
  state: WindowState;
  onStateChange: (state: WindowState) => void;
};

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const bounds = visibleBounds(options.state);
  const window = new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined
      ? { x: bounds.x, y: bounds.y }
      : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: 960,
    minHeight: 600,
    title: options.title,
    show: false,
    backgroundColor: '#f6f7f9',
    // Written out here, not built by a helper, so the security lint can
    // read every flag: the renderer gets no Node and runs sandboxed.
    webPreferences: {
      preload: path.join(options.preloadDir, 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  lockDownContents(window.webContents);
  denyAllPermissions(window.webContents.session);
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const remember = () => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const maximized = window.isMaximized();
    const normal = window.getNormalBounds();
    options.onStateChange({ ...normal, maximized });
  };
  window.on('resized', remember);
  window.on('moved', remember);
  window.on('close', remember);
  return window;
}
