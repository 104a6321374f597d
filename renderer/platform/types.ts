import type {
  IpcErrorCode,
  MenuCommand,
  RequestMap,
  SaveFileResult,
} from '@shared/ipc/contract';
import type { Settings, SettingsPatch } from '@shared/settings/schema';
import type { BackupHost } from './backup-host';

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
  openExternal(url: string): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  dataLocation(): Promise<string>;
  backups: BackupHost;
};
