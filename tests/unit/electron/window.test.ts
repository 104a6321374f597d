import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electron-mock'));

const { BrowserWindow, FakeWebContents, shell } =
  await import('./electron-mock');
const { createMainWindow, visibleBounds } =
  await import('../../../electron/main/window');
const { denyAllPermissions, lockDownContents } =
  await import('../../../electron/main/security');

describe('the main window', () => {
  beforeEach(() => {
    BrowserWindow.created = [];
    shell.openExternal.mockClear();
  });

  it('is created sandboxed, context-isolated and without Node', () => {
    createMainWindow({
      preloadDir: '/app/out/preload',
      title: '清洁生产审核工作台',
      state: { width: 1200, height: 800, maximized: false },
      onStateChange: () => undefined,
    });
    const prefs = BrowserWindow.created[0]?.options.webPreferences as Record<
      string,
      unknown
    >;

    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/index\.cjs$/);
  });

  it('reopens at a remembered position only while that position is on a display', () => {
    const onScreen = {
      x: 100,
      y: 100,
      width: 1200,
      height: 800,
      maximized: false,
    };
    const offScreen = {
      x: 4000,
      y: 100,
      width: 1200,
      height: 800,
      maximized: true,
    };
    expect(visibleBounds(onScreen)).toEqual(onScreen);
    expect(visibleBounds(offScreen)).toEqual({
      width: 1200,
      height: 800,
      maximized: true,
    });
  });
});

describe('navigation and new windows', () => {
  beforeEach(() => shell.openExternal.mockClear());
  const event = () => ({ preventDefault: vi.fn() });

  it('blocks navigation away from the app and opens web links in the system browser', () => {
    const contents = new FakeWebContents();
    lockDownContents(contents as never);
    const away = event();
    contents.emit('will-navigate', away, 'https://example.org/');
    expect(away.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/');

    const local = event();
    contents.emit('will-navigate', local, 'file:///etc/passwd');
    expect(local.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('lets navigation within the app through', () => {
    const contents = new FakeWebContents();
    lockDownContents(contents as never);
    const inside = event();
    contents.emit('will-navigate', inside, 'app://cpaw/index.html#/settings');
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every window.open and hands only http(s) to the system browser', () => {
    const contents = new FakeWebContents();
    lockDownContents(contents as never);
    const open = contents.windowOpenHandler as (d: { url: string }) => unknown;

    expect(open({ url: 'https://www.gdqjsc.com/' })).toEqual({
      action: 'deny',
    });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('blocks webview attachment', () => {
    const contents = new FakeWebContents();
    lockDownContents(contents as never);
    const attach = event();
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request', () => {
    const contents = new FakeWebContents();
    denyAllPermissions(contents.session as never);
    const handler = contents.session.setPermissionRequestHandler.mock
      .calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void;
    const callback = vi.fn();
    handler(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const check = contents.session.setPermissionCheckHandler.mock
      .calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
  });
});
