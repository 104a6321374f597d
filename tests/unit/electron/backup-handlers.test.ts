import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES } from '@shared/backup/manifest';

vi.mock('electron', () => import('./electron-mock'));

const electron = await import('./electron-mock');
const { backupHandlers } =
  await import('../../../electron/main/backup-handlers');
const { BackupService } = await import('../../../electron/main/backups');
const { SettingsStore } = await import('../../../electron/main/settings-store');

const tempFolder = () => mkdtempSync(path.join(tmpdir(), 'cpaw-backup-io-'));

function setup() {
  const settings = new SettingsStore({ cwd: tempFolder() });
  const service = new BackupService({
    folder: tempFolder(),
    extraFolder: () => settings.getBackupFolder(),
    askForSnapshot: () => true,
  });
  const handlers = backupHandlers({
    service,
    window: () => null,
    t: (key) => `t:${key}`,
    setExtraFolder: (folder) => settings.setBackupFolder(folder),
  });
  return { settings, service, handlers };
}

const picked = (filePaths: string[]) =>
  electron.dialog.showOpenDialog.mockResolvedValueOnce({
    canceled: filePaths.length === 0,
    filePaths,
  } as never);

describe('opening a backup file from the main process', () => {
  it('starts the dialog in the backups folder and returns the bytes read', async () => {
    const { service, handlers } = setup();
    const file = path.join(tempFolder(), 'cpaw-backup-x.zip');
    writeFileSync(file, new Uint8Array([80, 75, 3, 4]));
    picked([file]);

    const opened = await handlers['backup:open-file'](undefined as never);

    expect(opened).toEqual({
      fileName: 'cpaw-backup-x.zip',
      bytes: new Uint8Array([80, 75, 3, 4]),
    });
    const [options] = electron.dialog.showOpenDialog.mock.calls.at(-1) as [
      { defaultPath: string; title: string },
    ];
    expect(options.defaultPath).toBe(service.folder);
    expect(options.title).toBe('t:backups.dialog.openTitle');
  });

  it('returns nothing when the dialog is cancelled', async () => {
    const { handlers } = setup();
    picked([]);
    expect(await handlers['backup:open-file'](undefined as never)).toBeNull();
  });

  it('names a file too large to be a backup without reading it', async () => {
    const { handlers } = setup();
    const file = path.join(tempFolder(), 'huge.zip');
    writeFileSync(file, '');
    truncateSync(file, MAX_BACKUP_BYTES + 1); // sparse: no disk used
    picked([file]);
    expect(await handlers['backup:open-file'](undefined as never)).toEqual({
      fileName: 'huge.zip',
      problem: 'too-large',
    });
    rmSync(file);
  });

  it('says a file it cannot read is unreadable', async () => {
    const { handlers } = setup();
    const folder = path.join(tempFolder(), 'looks-like-a-file.zip');
    mkdirSync(folder);
    picked([folder]);
    expect(await handlers['backup:open-file'](undefined as never)).toEqual({
      fileName: 'looks-like-a-file.zip',
      problem: 'unreadable',
    });
  });
});

describe('the extra backup folder', () => {
  it('is none by default, set only through the folder dialog, and cleared on request', async () => {
    const { settings, handlers } = setup();
    expect(settings.getBackupFolder()).toBeNull();

    const nas = tempFolder();
    picked([nas]);
    const chosen = await handlers['backup:choose-folder']({
      clear: false,
    } as never);
    expect(chosen.extraFolder).toBe(nas);

    picked([]);
    const cancelled = await handlers['backup:choose-folder']({
      clear: false,
    } as never);
    expect(cancelled.extraFolder).toBe(nas);

    const cleared = await handlers['backup:choose-folder']({
      clear: true,
    } as never);
    expect(cleared.extraFolder).toBeNull();
    expect(settings.getBackupFolder()).toBeNull();
  });
});

describe('the restore menu item', () => {
  it('sits in the File menu and sends restore-backup to the renderer', async () => {
    const { menuTemplate } = await import('../../../electron/main/menu');
    const i18next = (await import('i18next')).default.createInstance();
    const { resources } = await import('@shared/i18n');
    await i18next.init({ resources, lng: 'zh-CN' });
    const send = vi.fn();
    const [file] = menuTemplate(
      (key) => i18next.t(key),
      'zh-CN',
      { send, setLanguage: vi.fn(), quit: vi.fn() },
      false,
      false,
    );
    const items = file?.submenu as { label?: string; click?: () => void }[];
    const restore = items.find((item) => item.label === '从备份恢复…');
    restore?.click?.();
    expect(send).toHaveBeenCalledWith('restore-backup');
  });
});
