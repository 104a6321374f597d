import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@shared/settings/schema';

vi.mock('electron', () => import('./electron-mock'));

const { SettingsStore } = await import('../../../electron/main/settings-store');

const folder = () => mkdtempSync(path.join(tmpdir(), 'cpaw-settings-'));

describe('settings in electron-store', () => {
  it('start with the defaults and write updates to settings.json', () => {
    const cwd = folder();
    const store = new SettingsStore({ cwd });
    expect(store.get()).toEqual(defaultSettings);

    store.update({ language: 'en' });
    const onDisk = JSON.parse(
      readFileSync(path.join(cwd, 'settings.json'), 'utf8'),
    );
    expect(onDisk.settings.language).toBe('en');
    expect(new SettingsStore({ cwd }).get().language).toBe('en');
  });

  it('refuse an invalid update and keep the stored settings', () => {
    const store = new SettingsStore({ cwd: folder() });
    expect(() =>
      store.update({ costClass: { lowUpperWanYuan: 80, midUpperWanYuan: 50 } }),
    ).toThrow();
    expect(store.get().costClass).toEqual(defaultSettings.costClass);
  });

  it('migrate an unversioned file and repair a damaged section', () => {
    const cwd = folder();
    writeFileSync(
      path.join(cwd, 'settings.json'),
      JSON.stringify({
        settings: { language: 'en', economics: { discountRate: 'high' } },
      }),
    );
    const store = new SettingsStore({ cwd });
    expect(store.get().language).toBe('en');
    expect(store.get().economics).toEqual(defaultSettings.economics);
    const onDisk = JSON.parse(
      readFileSync(path.join(cwd, 'settings.json'), 'utf8'),
    );
    expect(onDisk.settings.schemaVersion).toBe(1);
  });

  it('remember the window bounds and the last folder', () => {
    const cwd = folder();
    const store = new SettingsStore({ cwd });
    store.setWindowState({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
    store.setLastFolder('/home/consultant/reports');
    const again = new SettingsStore({ cwd });
    expect(again.getWindowState()).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
    expect(again.getLastFolder()).toBe('/home/consultant/reports');
  });
});
