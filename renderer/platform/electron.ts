import type { IpcResult, PreloadApi } from '@shared/ipc/contract';
import { defaultSettings } from '@shared/settings/schema';
import { createLogger } from '@shared/log/logger';
import type { Platform, PlatformResult } from './types';

const log = createLogger('platform');

function unwrap<T>(result: IpcResult<T>): PlatformResult<T> {
  return result.ok
    ? { ok: true, value: result.value }
    : { ok: false, code: result.error.code };
}

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
  };
}
