import Store from 'electron-store';
import {
  defaultSettings,
  type Settings,
  type SettingsPatch,
} from '@shared/settings/schema';
import { applySettingsPatch, migrateSettings } from '@shared/settings/migrate';
import { createLogger } from '@shared/log/logger';

const log = createLogger('settings');

export type WindowState = {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
};

type StoreShape = {
  settings: Settings;
  window: WindowState;
  lastFolder: string | null;
  /** A second folder for backup snapshots (a NAS share, say); null for none. */
  backupFolder: string | null;
};

const defaultWindowState: WindowState = {
  width: 1280,
  height: 820,
  maximized: false,
};

/**
 * Settings on disk (settings.json in the user-data folder). electron-store
 * keeps the file and its defaults; our zod schema and migrations (shared with
 * the web host) decide what is valid.
 */
export class SettingsStore {
  private readonly store: Store<StoreShape>;
  private current: Settings;

  constructor(options: { cwd?: string } = {}) {
    this.store = new Store<StoreShape>({
      name: 'settings',
      ...(options.cwd ? { cwd: options.cwd } : {}),
      defaults: {
        settings: defaultSettings,
        window: defaultWindowState,
        lastFolder: null,
        backupFolder: null,
      },
      clearInvalidConfig: true,
    });
    const migrated = migrateSettings(this.store.get('settings'));
    if (migrated.migratedFrom !== null || migrated.repairedSections.length) {
      log.info(
        `settings upgraded from v${migrated.migratedFrom ?? 'current'}; ` +
          `repaired: ${migrated.repairedSections.join(', ') || 'none'}`,
      );
      this.store.set('settings', migrated.settings);
    }
    this.current = migrated.settings;
  }

  get(): Settings {
    return this.current;
  }

  update(patch: SettingsPatch): Settings {
    const next = applySettingsPatch(this.current, patch);
    this.store.set('settings', next);
    this.current = next;
    return next;
  }

  getWindowState(): WindowState {
    return { ...defaultWindowState, ...this.store.get('window') };
  }

  setWindowState(state: WindowState): void {
    this.store.set('window', state);
  }

  getLastFolder(): string | null {
    const folder = this.store.get('lastFolder');
    return typeof folder === 'string' ? folder : null;
  }

  setLastFolder(folder: string): void {
    this.store.set('lastFolder', folder);
  }

  getBackupFolder(): string | null {
    const folder = this.store.get('backupFolder');
    return typeof folder === 'string' && folder.length > 0 ? folder : null;
  }

  setBackupFolder(folder: string | null): void {
    this.store.set('backupFolder', folder);
  }
}
