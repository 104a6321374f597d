import { contextBridge, ipcRenderer } from 'electron';
import type { PreloadApi } from '@shared/ipc/contract';
import {
  MENU_COMMAND_EVENT,
  menuCommands,
  preloadChannels,
  type MenuCommand,
} from '@shared/ipc/channels';
import { BACKUP_SNAPSHOT_EVENT } from '@shared/ipc/backup-channels';

/**
 * The renderer's only door to the main process: one object, one method per
 * channel, no generic send. Sandboxed preloads are CommonJS and may import
 * nothing but Electron's renderer modules and bundled shared code.
 */
const invoke = (channel: string, payload?: unknown) =>
  ipcRenderer.invoke(channel, payload);

const api: PreloadApi = {
  getSettings: () => invoke(preloadChannels.getSettings),
  updateSettings: (patch) => invoke(preloadChannels.updateSettings, patch),
  getAppInfo: () => invoke(preloadChannels.getAppInfo),
  getSystemReportFonts: () => invoke(preloadChannels.getSystemReportFonts),
  saveFile: (request) => invoke(preloadChannels.saveFile, request),
  beginSave: (request) => invoke(preloadChannels.beginSave, request),
  writeChunk: (request) => invoke(preloadChannels.writeChunk, request),
  endSave: (request) => invoke(preloadChannels.endSave, request),
  abortSave: (request) => invoke(preloadChannels.abortSave, request),
  openExternal: (url) => invoke(preloadChannels.openExternal, { url }),
  reportBackupActivity: (changes) =>
    invoke(preloadChannels.reportBackupActivity, { changes }),
  writeBackupSnapshot: (request) =>
    invoke(preloadChannels.writeBackupSnapshot, request),
  openBackupFile: () => invoke(preloadChannels.openBackupFile),
  getBackupStatus: () => invoke(preloadChannels.getBackupStatus),
  chooseBackupFolder: (clear) =>
    invoke(preloadChannels.chooseBackupFolder, { clear }),
  onSnapshotWanted: (listener) => {
    // The event carries nothing; the listener gets no Electron objects.
    const wrapped = () => listener();
    ipcRenderer.on(BACKUP_SNAPSHOT_EVENT, wrapped);
    return () => {
      ipcRenderer.removeListener(BACKUP_SNAPSHOT_EVENT, wrapped);
    };
  },
  onMenuCommand: (listener) => {
    const wrapped = (_event: unknown, command: unknown) => {
      if (menuCommands.includes(command as MenuCommand)) {
        listener(command as MenuCommand);
      }
    };
    ipcRenderer.on(MENU_COMMAND_EVENT, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_EVENT, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('cpaw', api);
