import { settingsPatchSchema } from '@shared/settings/schema';
import { applySettingsPatch, migrateSettings } from '@shared/settings/migrate';
import { createLogger } from '@shared/log/logger';
import { webBackupHost } from './backup-host';
import { downloadBlob, downloadBytes } from './download';
import type { FileSink, Platform } from './types';

const log = createLogger('platform');
export const WEB_SETTINGS_KEY = 'cpaw.settings';

const mediaTypes = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  cpaudit: 'application/zip',
  json: 'application/json',
} as const;

/**
 * A download built from pieces. The browser gives a page no way to write a
 * file as it goes, so the pieces are kept until the end and handed over as
 * one Blob: the package is held once, never copied into one array.
 */
function downloadSink(suggestedName: string, type: string): FileSink {
  let parts: BlobPart[] = [];
  return {
    suggestedName,
    async write(chunk) {
      parts.push(chunk as BlobPart);
    },
    async close() {
      downloadBlob(new Blob(parts, { type }), suggestedName);
      parts = [];
      return { saved: true, fileName: suggestedName };
    },
    async abort() {
      parts = [];
    },
  };
}

/**
 * The browser host: settings in localStorage under the same schema and
 * migrations as electron-store, files saved as downloads. There is no native
 * menu, so menu commands never arrive.
 */
export function webPlatform(storage: Storage = window.localStorage): Platform {
  const read = () => {
    let stored: unknown = undefined;
    try {
      const raw = storage.getItem(WEB_SETTINGS_KEY);
      stored = raw ? JSON.parse(raw) : undefined;
    } catch {
      log.warn('stored settings were not valid JSON; using defaults');
    }
    return migrateSettings(stored).settings;
  };
  return {
    kind: 'web',
    async loadSettings() {
      return read();
    },
    async updateSettings(patch) {
      const parsed = settingsPatchSchema.safeParse(patch);
      if (!parsed.success) return { ok: false, code: 'invalid-payload' };
      try {
        const next = applySettingsPatch(read(), parsed.data);
        storage.setItem(WEB_SETTINGS_KEY, JSON.stringify(next));
        return { ok: true, value: next };
      } catch (error) {
        const full =
          error instanceof DOMException && error.name === 'QuotaExceededError';
        return { ok: false, code: full ? 'disk-full' : 'internal' };
      }
    },
    async saveFile({ suggestedName, kind, bytes }) {
      downloadBytes(bytes, suggestedName, mediaTypes[kind]);
      return { ok: true, value: { saved: true, fileName: suggestedName } };
    },
    async openFileSink({ suggestedName, kind }) {
      return downloadSink(suggestedName, mediaTypes[kind]);
    },
    async openExternal(url) {
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    onMenuCommand: () => () => undefined,
    async dataLocation() {
      return window.location.origin;
    },
    async systemReportFonts() {
      return null;
    },
    backups: webBackupHost(),
  };
}
