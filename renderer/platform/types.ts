import type {
  IpcErrorCode,
  MenuCommand,
  RequestMap,
  SaveFileResult,
} from '@shared/ipc/contract';
import type { Settings, SettingsPatch } from '@shared/settings/schema';
import type { BackupHost } from './backup-host';

/**
 * A file being written piece by piece (a filing package). `write` rejects
 * with a PlatformError when the host cannot take more (a full disk);
 * `close` finishes the file, `abort` throws away what was written.
 */
export type FileSink = {
  readonly suggestedName: string;
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<SaveFileResult>;
  abort(): Promise<void>;
};

export class PlatformError extends Error {
  constructor(readonly code: IpcErrorCode) {
    super(code);
    this.name = 'PlatformError';
  }
}

export type PlatformResult<T> =
  { ok: true; value: T } | { ok: false; code: IpcErrorCode };

/**
 * What the renderer needs from its host. Two implementations: Electron (the
 * preload bridge) and the plain browser (localStorage, downloads). Nothing
 * else in the renderer knows which host it runs in.
 */
export type Platform = {
  kind: 'electron' | 'web';
  loadSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<PlatformResult<Settings>>;
  saveFile(
    request: RequestMap['file:save'],
  ): Promise<PlatformResult<SaveFileResult>>;
  /** Asks where to save (Electron) or prepares a download (web); null when the user cancels. */
  openFileSink(
    request: Omit<RequestMap['file:save'], 'bytes'>,
  ): Promise<FileSink | null>;
  openExternal(url: string): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  dataLocation(): Promise<string>;
  /**
   * The system's 仿宋 and 黑体 for the report when installed and allowed by
   * the settings (Electron); always null in the web host, which cannot read
   * system fonts.
   */
  systemReportFonts(): Promise<Record<string, Uint8Array> | null>;
  backups: BackupHost;
};
