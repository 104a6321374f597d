import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@shared/settings/schema';
import type { Handlers } from '../../../electron/main/ipc';

vi.mock('electron', () => import('./electron-mock'));

const { FakeWebContents } = await import('./electron-mock');
const { dispatch, IpcError } = await import('../../../electron/main/ipc');

const ourWindow = new FakeWebContents();

function eventFrom(sender: unknown, url = 'app://cpaw/index.html') {
  return { sender, senderFrame: { url } } as never;
}

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'settings:get': async () => defaultSettings,
    'settings:update': async () => defaultSettings,
    'app:get-info': async () => ({
      version: '0.1.0',
      platform: 'linux',
      userDataPath: '/tmp',
    }),
    'file:save': async () => ({ saved: true }),
    'file:begin-save': async () => ({ token: null }),
    'file:write-chunk': async () => null,
    'file:end-save': async () => ({ saved: true }),
    'file:abort-save': async () => null,
    'shell:open-external': async () => null,
    'report:system-fonts': async () => null,
    'backup:report-activity': async () => null,
    'backup:write-snapshot': async () => ({ fileName: 'b.zip' }),
    'backup:open-file': async () => null,
    'backup:get-status': async () => ({
      folder: '/tmp/backups',
      extraFolder: null,
      lastWrittenAt: null,
      extraFolderError: null,
    }),
    'backup:choose-folder': async () => ({
      folder: '/tmp/backups',
      extraFolder: null,
      lastWrittenAt: null,
      extraFolderError: null,
    }),
    ...overrides,
  };
}

describe('IPC dispatch', () => {
  it('answers a valid request from our window with ok and the value', async () => {
    const result = await dispatch(
      'settings:get',
      eventFrom(ourWindow),
      undefined,
      handlers(),
      ourWindow as never,
    );
    expect(result).toEqual({ ok: true, value: defaultSettings });
  });

  it('refuses a request from another web contents with forbidden-sender', async () => {
    const handler = vi.fn(async () => defaultSettings);
    const result = await dispatch(
      'settings:get',
      eventFrom(new FakeWebContents()),
      undefined,
      handlers({ 'settings:get': handler }),
      ourWindow as never,
    );
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses our window when its frame shows a page outside the app', async () => {
    const result = await dispatch(
      'settings:get',
      eventFrom(ourWindow, 'https://evil.example/'),
      undefined,
      handlers(),
      ourWindow as never,
    );
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it.each([
    ['an unknown settings key', 'settings:update', { theme: 'dark' }],
    [
      'an out-of-range tax rate',
      'settings:update',
      {
        economics: {
          discountRate: 0.05,
          depreciationYears: 10,
          incomeTaxRate: 25,
        },
      },
    ],
    [
      'a file name with a path in it',
      'file:save',
      { suggestedName: '../../x.pdf', kind: 'pdf', bytes: new Uint8Array(1) },
    ],
    [
      'bytes that are not bytes',
      'file:save',
      { suggestedName: 'a.pdf', kind: 'pdf', bytes: 'AAAA' },
    ],
    [
      'a non-https external link',
      'shell:open-external',
      { url: 'file:///etc/passwd' },
    ],
    ['a negative change count', 'backup:report-activity', { changes: -1 }],
    [
      'a snapshot without bytes',
      'backup:write-snapshot',
      { bytes: [80, 75], changes: 1, reason: 'scheduled' },
    ],
    [
      'a folder path sent for the backup folder',
      'backup:choose-folder',
      { clear: false, folder: '/mnt/elsewhere' },
    ],
  ] as const)(
    'refuses %s with invalid-payload before the handler runs',
    async (_label, channel, payload) => {
      const spy = vi.fn(async () => null as never);
      const result = await dispatch(
        channel,
        eventFrom(ourWindow),
        payload,
        handlers({ [channel]: spy }),
        ourWindow as never,
      );
      expect(result).toEqual({ ok: false, error: { code: 'invalid-payload' } });
      expect(spy).not.toHaveBeenCalled();
    },
  );

  it('passes a handler failure code through and hides unexpected errors as internal', async () => {
    const full = handlers({
      'file:save': async () => {
        throw new IpcError('disk-full');
      },
    });
    const payload = {
      suggestedName: 'report.pdf',
      kind: 'pdf',
      bytes: new Uint8Array(4),
    };
    expect(
      await dispatch(
        'file:save',
        eventFrom(ourWindow),
        payload,
        full,
        ourWindow as never,
      ),
    ).toEqual({ ok: false, error: { code: 'disk-full' } });

    const broken = handlers({
      'settings:get': async () => {
        throw new Error('boom');
      },
    });
    expect(
      await dispatch(
        'settings:get',
        eventFrom(ourWindow),
        undefined,
        broken,
        ourWindow as never,
      ),
    ).toEqual({ ok: false, error: { code: 'internal' } });
  });
});
