import { readSystemReportFonts } from '../report/fonts';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { BACKUP_SNAPSHOT_EVENT } from '@shared/ipc/backup-channels';
import { MENU_COMMAND_EVENT, type MenuCommand } from '@shared/ipc/contract';
import { createLogger } from '@shared/log/logger';
import type { Language } from '@shared/settings/schema';
import { backupHandlers } from './backup-handlers';
import { BackupService, snapshotBeforeClose } from './backups';
import { StreamingSaves } from './file-stream';
import { saveWithDialog, type LastFolder } from './files';
import { createMainI18n } from './i18n';
import { registerIpcHandlers, type Handlers } from './ipc';
import { menuTemplate } from './menu';
import { APP_ENTRY_URL, handleAppProtocol } from './protocol';
import { isExternalWebUrl } from './security';
import { SettingsStore } from './settings-store';
import { createMainWindow } from './window';

const log = createLogger('app');

export type AppPaths = {
  rendererDir: string;
  preloadDir: string;
  /** Where /fonts/… comes from in a packaged app; null serves the build's copy. */
  resourcesDir: string | null;
};

/** Everything that happens once Electron is ready. */
export async function startApp(paths: AppPaths): Promise<void> {
  const settings = new SettingsStore();
  let i18n = createMainI18n(settings.get().language);
  let window: BrowserWindow | null = null;

  handleAppProtocol(paths.rendererDir, paths.resourcesDir);

  const backups = new BackupService({
    folder: path.join(app.getPath('userData'), 'backups'),
    extraFolder: () => settings.getBackupFolder(),
    askForSnapshot: () => {
      if (!window) return false;
      window.webContents.send(BACKUP_SNAPSHOT_EVENT);
      return true;
    },
  });
  await backups.resume();

  const send = (command: MenuCommand) =>
    window?.webContents.send(MENU_COMMAND_EVENT, command);

  const rebuildMenu = () => {
    const language = settings.get().language;
    i18n = createMainI18n(language);
    const template = menuTemplate(
      (key, options) => i18n.t(key, options),
      language,
      {
        send: (command) => (command === 'about' ? showAbout() : send(command)),
        setLanguage: (lang: Language) => {
          settings.update({ language: lang });
          rebuildMenu();
          window?.webContents.reload();
        },
        quit: () => app.quit(),
      },
      process.platform === 'darwin',
      !app.isPackaged,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const showAbout = () => {
    const options = {
      type: 'info' as const,
      title: i18n.t('app.name'),
      message: i18n.t('app.name'),
      detail: i18n.t('menu.aboutDetail', { version: app.getVersion() }),
    };
    if (window) void dialog.showMessageBox(window, options);
    else void dialog.showMessageBox(options);
  };

  const lastFolder: LastFolder = {
    get: () => settings.getLastFolder(),
    set: (dir) => settings.setLastFolder(dir),
  };
  const saves = new StreamingSaves(() => window, lastFolder);
  const handlers: Handlers = {
    'settings:get': async () => settings.get(),
    'settings:update': async (patch) => {
      const before = settings.get().language;
      const next = settings.update(patch);
      if (next.language !== before) rebuildMenu();
      return next;
    },
    'app:get-info': async () => ({
      version: app.getVersion(),
      platform: process.platform,
      userDataPath: app.getPath('userData'),
    }),
    'file:save': async (request) => saveWithDialog(window, request, lastFolder),
    'file:begin-save': async (request) => saves.begin(request),
    'file:write-chunk': async (request) => saves.write(request),
    'file:end-save': async (request) => saves.end(request),
    'file:abort-save': async (request) => saves.abort(request),
    'shell:open-external': async ({ url }) => {
      if (isExternalWebUrl(url)) await shell.openExternal(url);
      return null;
    },
    // Only when the user allows it in the settings; a copy of each file,
    // read fresh, so a font installed since is found.
    'report:system-fonts': async () =>
      settings.get().report.useSystemFonts ? readSystemReportFonts() : null,
    ...backupHandlers({
      service: backups,
      window: () => window,
      t: (key) => i18n.t(key),
      setExtraFolder: (folder) => settings.setBackupFolder(folder),
    }),
  };
  registerIpcHandlers(handlers, () => window?.webContents ?? null);
  rebuildMenu();

  window = createMainWindow({
    preloadDir: paths.preloadDir,
    title: i18n.t('app.name'),
    state: settings.getWindowState(),
    onStateChange: (state) => settings.setWindowState(state),
  });
  snapshotBeforeClose(window, backups);
  window.on('closed', () => {
    window = null;
    backups.stop();
  });
  await window.loadURL(APP_ENTRY_URL);
  log.info('main window loaded');
}

export function focusExistingWindow(): void {
  const [existing] = BrowserWindow.getAllWindows();
  if (!existing) return;
  if (existing.isMinimized()) existing.restore();
  existing.focus();
}

export function defaultPaths(mainDir: string): AppPaths {
  return {
    rendererDir: path.join(mainDir, '../renderer'),
    preloadDir: path.join(mainDir, '../preload'),
    resourcesDir: app.isPackaged ? process.resourcesPath : null,
  };
}
