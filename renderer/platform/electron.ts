import type { PreloadApi } from '@shared/ipc/contract';
import { defaultSettings } from '@shared/settings/schema';
import { createLogger } from '@shared/log/logger';
import { electronBackupHost } from './backup-host';
import type { Platform } from './types';
import { unwrap } from './unwrap';

const log = createLogger('platform');

export function electronPlatform(api: PreloadApi): Platform {
  return {
    kind: 'electron',
    async loadSettings() {
      const result = await api.getSettings();
      if (result.ok) return result.value;
      log.error(`settings could not be read: ${result.error.code}`);
      return defaultSettings;
    },
    async updateSettings(patch) {
      return unwrap(await api.updateSettings(patch));
    },
    async saveFile(request) {
      return unwrap(await api.saveFile(request));
    },
    async openExternal(url) {
      await api.openExternal(url);
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    async dataLocation() {
      const info = await api.getAppInfo();
      return info.ok ? info.value.userDataPath : '';
    },
    backups: electronBackupHost(api),
  };
}
