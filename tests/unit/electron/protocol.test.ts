import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electron-mock'));

const { resolveAppPath } = await import('../../../electron/main/protocol');

const root = path.resolve('/opt/cpaw/out/renderer');

describe('the app:// protocol', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppPath('app://cpaw/index.html', root)).toBe(
      path.join(root, 'index.html'),
    );
    expect(resolveAppPath('app://cpaw/', root)).toBe(
      path.join(root, 'index.html'),
    );
    expect(resolveAppPath('app://cpaw/assets/app.js?v=1#x', root)).toBe(
      path.join(root, 'assets/app.js'),
    );
  });

  it.each([
    ['a climbing path', 'app://cpaw/../../etc/passwd'],
    ['an encoded climbing path', 'app://cpaw/%2e%2e/%2e%2e/etc/passwd'],
  ])('keeps %s inside the folder', (_label, url) => {
    expect(resolveAppPath(url, root)).toBe(path.join(root, 'etc/passwd'));
  });

  it.each([
    ['an encoded separator', 'app://cpaw/..%2f..%2fetc%2fpasswd'],
    ['a backslash', 'app://cpaw/..%5c..%5cwindows'],
    ['a NUL byte', 'app://cpaw/index.html%00.png'],
    ['another host', 'app://other/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a malformed escape', 'app://cpaw/%E0%A4%A'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });
});
