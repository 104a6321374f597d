import {
  MAX_CHUNK_BYTES,
  type IpcResult,
  type PreloadApi,
} from '@shared/ipc/contract';
import { defaultSettings } from '@shared/settings/schema';
import { createLogger } from '@shared/log/logger';
import { electronBackupHost } from './backup-host';
import { PlatformError, type FileSink, type Platform } from './types';
import { unwrap } from './unwrap';

const log = createLogger('platform');

function orThrow<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new PlatformError(result.error.code);
  return result.value;
}

/** Pieces go to main one at a time, each under the channel's size limit. */
function diskSink(
  api: PreloadApi,
  token: string,
  suggestedName: string,
): FileSink {
  return {
    suggestedName,
    async write(chunk) {
      for (let at = 0; at < chunk.length; at += MAX_CHUNK_BYTES) {
        const bytes = new Uint8Array(chunk.subarray(at, at + MAX_CHUNK_BYTES));
        orThrow(await api.writeChunk({ token, bytes }));
      }
    },
    async close() {
      return orThrow(await api.endSave({ token }));
    },
    async abort() {
      await api.abortSave({ token });
    },
  };
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
    async openFileSink(request) {
      const { token } = orThrow(await api.beginSave(request));
      return token ? diskSink(api, token, request.suggestedName) : null;
    },
    async openExternal(url) {
      await api.openExternal(url);
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    async dataLocation() {
      const info = await api.getAppInfo();
      return info.ok ? info.value.userDataPath : '';
    },
    async systemReportFonts() {
      const fonts = await api.getSystemReportFonts();
      return fonts.ok ? fonts.value : null;
    },
    backups: electronBackupHost(api),
  };
}
