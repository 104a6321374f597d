import { describe, expect, it, vi } from 'vitest';
import {
  MENU_COMMAND_EVENT,
  preloadChannels,
  type PreloadApi,
} from '@shared/ipc/contract';
import { BACKUP_SNAPSHOT_EVENT } from '@shared/ipc/backup-channels';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, value: null }));
const listeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value),
  },
  ipcRenderer: {
    invoke,
    on: (event: string, listener: (...args: unknown[]) => void) =>
      listeners.set(event, listener),
    removeListener: (event: string) => listeners.delete(event),
  },
}));

await import('../../../electron/preload/index');
const api = exposed.cpaw as PreloadApi;

describe('the preload bridge', () => {
  it('exposes exactly one object, window.cpaw', () => {
    expect(Object.keys(exposed)).toEqual(['cpaw']);
  });

  it('maps each method to its one channel and nothing else', async () => {
    await api.getSettings();
    await api.updateSettings({ language: 'en' });
    await api.getAppInfo();
    await api.saveFile({
      suggestedName: 'a.pdf',
      kind: 'pdf',
      bytes: new Uint8Array(1),
    });
    await api.openExternal('https://example.org/');
    await api.reportBackupActivity(3);
    await api.writeBackupSnapshot({
      bytes: new Uint8Array(1),
      changes: 3,
      reason: 'scheduled',
    });
    await api.openBackupFile();
    await api.getBackupStatus();
    await api.chooseBackupFolder(false);

    expect(invoke.mock.calls.map((call) => (call as unknown[])[0])).toEqual([
      preloadChannels.getSettings,
      preloadChannels.updateSettings,
      preloadChannels.getAppInfo,
      preloadChannels.saveFile,
      preloadChannels.openExternal,
      preloadChannels.reportBackupActivity,
      preloadChannels.writeBackupSnapshot,
      preloadChannels.openBackupFile,
      preloadChannels.getBackupStatus,
      preloadChannels.chooseBackupFolder,
    ]);
    expect(Object.keys(api).sort()).toEqual(
      [
        ...Object.keys(preloadChannels),
        'onMenuCommand',
        'onSnapshotWanted',
      ].sort(),
    );
  });

  it('calls the snapshot listener with no arguments until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = api.onSnapshotWanted(listener);
    listeners.get(BACKUP_SNAPSHOT_EVENT)?.({ sender: 'ipc event' }, 'extra');
    unsubscribe();

    expect(listener).toHaveBeenCalledWith();
    expect(listeners.has(BACKUP_SNAPSHOT_EVENT)).toBe(false);
  });

  it('passes on known menu commands only and stops after unsubscribe', () => {
    const seen: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => seen.push(command));
    const listener = listeners.get(MENU_COMMAND_EVENT);
    listener?.({}, 'open-settings');
    listener?.({}, 'format-disk');
    unsubscribe();

    expect(seen).toEqual(['open-settings']);
    expect(listeners.has(MENU_COMMAND_EVENT)).toBe(false);
  });
});
