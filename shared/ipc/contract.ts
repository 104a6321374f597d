import { z } from 'zod';
import { settingsPatchSchema, type Settings } from '../settings/schema';
import {
  backupRequestSchemas,
  type BackupPreloadApi,
  type BackupResponseMap,
} from './backup-contract';
import { channelNames, type Channel, type MenuCommand } from './channels';

export {
  channelNames,
  menuCommands,
  MENU_COMMAND_EVENT,
  preloadChannels,
} from './channels';
export type { Channel, MenuCommand } from './channels';

/**
 * Every message between the renderer and the main process is declared here,
 * named `area:verb-noun`. Main validates each request with its schema and
 * answers an `IpcResult`; the preload exposes one method per channel.
 */
export type IpcErrorCode =
  | 'forbidden-sender'
  | 'invalid-payload'
  | 'unknown-channel'
  | 'cancelled'
  | 'disk-full'
  | 'write-failed'
  | 'internal';

export type IpcResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode } };

export const savableKinds = ['pdf', 'xlsx', 'docx', 'cpaudit', 'json'] as const;

// 512 MB is above any filing package we expect (100 MB of photos is the
// design case) and stops a runaway renderer from exhausting main's memory.
const MAX_SAVE_BYTES = 512 * 1024 * 1024;

/** A bare file name: no folders, no characters Windows forbids, no control characters. */
function isPlainFileName(name: string): boolean {
  if (/[\\/:*?"<>|]/.test(name) || name === '.' || name === '..') return false;
  return [...name].every((char) => char.charCodeAt(0) >= 0x20);
}

const safeFileName = z
  .string()
  .min(1)
  .max(200)
  .refine(isPlainFileName, 'file-name');

// A package streams to disk in pieces of at most this size, so neither
// process ever holds more than one piece of it in an IPC message.
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;

const saveToken = z.string().regex(/^[0-9a-f-]{36}$/);

export const requestSchemas = {
  'settings:get': z.undefined(),
  'settings:update': settingsPatchSchema,
  'app:get-info': z.undefined(),
  'file:save': z
    .object({
      suggestedName: safeFileName,
      kind: z.enum(savableKinds),
      bytes: z
        .instanceof(Uint8Array)
        .refine((b) => b.byteLength <= MAX_SAVE_BYTES),
    })
    .strict(),
  'file:begin-save': z
    .object({ suggestedName: safeFileName, kind: z.enum(savableKinds) })
    .strict(),
  'file:write-chunk': z
    .object({
      token: saveToken,
      bytes: z
        .instanceof(Uint8Array)
        .refine((b) => b.byteLength <= MAX_CHUNK_BYTES),
    })
    .strict(),
  'file:end-save': z.object({ token: saveToken }).strict(),
  'file:abort-save': z.object({ token: saveToken }).strict(),
  'shell:open-external': z
    .object({
      url: z
        .string()
        .max(2000)
        .refine((url) => /^https:\/\//i.test(url), 'https-only'),
    })
    .strict(),
  'report:system-fonts': z.undefined(),
  ...backupRequestSchemas,
} as const satisfies Record<Channel, z.ZodType>;

export const channels: readonly Channel[] = channelNames;

export type AppInfo = {
  version: string;
  platform: string;
  userDataPath: string;
};

export type SaveFileResult = { saved: boolean; fileName?: string };

/**
 * The system's 仿宋 and 黑体 for the report, by their virtual file names
 * (simfang.ttf, simhei.ttf); null unless both are installed.
 */
export type SystemReportFonts = Record<string, Uint8Array> | null;

/** A file opened for writing in pieces; null token when the user cancelled. */
export type BeginSaveResult = { token: string | null };

export type ResponseMap = {
  'settings:get': Settings;
  'settings:update': Settings;
  'app:get-info': AppInfo;
  'file:save': SaveFileResult;
  'file:begin-save': BeginSaveResult;
  'file:write-chunk': null;
  'file:end-save': SaveFileResult;
  'file:abort-save': null;
  'shell:open-external': null;
  'report:system-fonts': SystemReportFonts;
} & BackupResponseMap;

export type RequestMap = {
  [C in Channel]: z.input<(typeof requestSchemas)[C]>;
};

/** The one object the preload puts on `window.cpaw`. */
export type PreloadApi = {
  getSettings(): Promise<IpcResult<Settings>>;
  updateSettings(
    patch: RequestMap['settings:update'],
  ): Promise<IpcResult<Settings>>;
  getAppInfo(): Promise<IpcResult<AppInfo>>;
  saveFile(
    request: RequestMap['file:save'],
  ): Promise<IpcResult<SaveFileResult>>;
  beginSave(
    request: RequestMap['file:begin-save'],
  ): Promise<IpcResult<BeginSaveResult>>;
  writeChunk(request: RequestMap['file:write-chunk']): Promise<IpcResult<null>>;
  endSave(
    request: RequestMap['file:end-save'],
  ): Promise<IpcResult<SaveFileResult>>;
  abortSave(request: RequestMap['file:abort-save']): Promise<IpcResult<null>>;
  openExternal(url: string): Promise<IpcResult<null>>;
  getSystemReportFonts(): Promise<IpcResult<SystemReportFonts>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
} & BackupPreloadApi;
