import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { MAX_BACKUP_BYTES } from '@shared/backup/manifest';
import type { backupChannelNames } from '@shared/ipc/backup-channels';
import type { OpenedBackupFile } from '@shared/ipc/backup-contract';
import type { BackupService } from './backups';
import type { Handlers } from './ipc';

type BackupChannel = (typeof backupChannelNames)[number];

export type BackupHandlerDeps = {
  service: BackupService;
  window: () => BrowserWindow | null;
  t: (key: string) => string;
  setExtraFolder: (folder: string | null) => void;
};

/** The backup channels' handlers; payloads arrive validated by ipc.ts. */
export function backupHandlers(
  deps: BackupHandlerDeps,
): Pick<Handlers, BackupChannel> {
  const { service } = deps;
  return {
    'backup:report-activity': async ({ changes }: { changes: number }) => {
      service.reportActivity(changes);
      return null;
    },
    'backup:write-snapshot': async (request) => service.write(request),
    'backup:open-file': async () =>
      openBackupFile(deps.window(), service.folder, deps.t),
    'backup:get-status': async () => service.status(),
    'backup:choose-folder': async ({ clear }: { clear: boolean }) => {
      if (clear) deps.setExtraFolder(null);
      else {
        const folder = await chooseFolder(deps.window(), deps.t);
        if (folder) deps.setExtraFolder(folder);
      }
      return service.status();
    },
  };
}

/**
 * The open dialog starts in the backups folder. A file above the size any
 * backup can have is named but not read, so the renderer can say why.
 */
export async function openBackupFile(
  window: BrowserWindow | null,
  folder: string,
  t: (key: string) => string,
): Promise<OpenedBackupFile | null> {
  const options = {
    title: t('backups.dialog.openTitle'),
    defaultPath: folder,
    filters: [{ name: t('backups.dialog.fileType'), extensions: ['zip'] }],
    properties: ['openFile' as const],
  };
  const choice = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  const [file] = choice.filePaths;
  if (choice.canceled || !file) return null;
  const fileName = path.basename(file);
  try {
    if ((await stat(file)).size > MAX_BACKUP_BYTES) {
      return { fileName, problem: 'too-large' };
    }
    return { fileName, bytes: new Uint8Array(await readFile(file)) };
  } catch {
    return { fileName, problem: 'unreadable' };
  }
}

async function chooseFolder(
  window: BrowserWindow | null,
  t: (key: string) => string,
): Promise<string | null> {
  const options = {
    title: t('backups.dialog.folderTitle'),
    properties: ['openDirectory' as const, 'createDirectory' as const],
  };
  const choice = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  const [folder] = choice.filePaths;
  return choice.canceled || !folder ? null : folder;
}
