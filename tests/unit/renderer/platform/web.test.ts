import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/settings/schema';
import { webPlatform, WEB_SETTINGS_KEY } from '@renderer/platform/web';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  failWith: Error | null = null;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWith) throw this.failWith;
    this.items.set(key, value);
  }
}

describe('web host settings', () => {
  it('start from the defaults and persist an update in localStorage', async () => {
    const storage = new MemoryStorage();
    const host = webPlatform(storage);
    expect(await host.loadSettings()).toEqual(defaultSettings);

    const result = await host.updateSettings({ language: 'en' });
    expect(result).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(JSON.parse(storage.getItem(WEB_SETTINGS_KEY) ?? '{}').language).toBe(
      'en',
    );
    expect((await webPlatform(storage).loadSettings()).language).toBe('en');
  });

  it('refuse an invalid patch and keep what was stored', async () => {
    const storage = new MemoryStorage();
    const host = webPlatform(storage);
    await host.updateSettings({ language: 'en' });

    const result = await host.updateSettings({
      economics: {
        discountRate: 3,
        depreciationYears: 10,
        incomeTaxRate: 0.25,
      },
    });
    expect(result).toEqual({ ok: false, code: 'invalid-payload' });
    expect((await host.loadSettings()).economics).toEqual(
      defaultSettings.economics,
    );
  });

  it('fall back to defaults when the stored value is not JSON', async () => {
    const storage = new MemoryStorage();
    storage.setItem(WEB_SETTINGS_KEY, '{not json');
    expect(await webPlatform(storage).loadSettings()).toEqual(defaultSettings);
  });

  it('report a full storage as disk-full', async () => {
    const storage = new MemoryStorage();
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    const result = await webPlatform(storage).updateSettings({
      language: 'en',
    });
    expect(result).toEqual({ ok: false, code: 'disk-full' });
  });
});
