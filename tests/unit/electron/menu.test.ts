import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { resources } from '@shared/i18n';
import { menuTemplate } from '../../../electron/main/menu';

async function translator(lng: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng,
    interpolation: { escapeValue: false },
  });
  return (key: string) => instance.t(key);
}

function flatten(
  items: MenuItemConstructorOptions[],
): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

const actions = () => ({ send: vi.fn(), setLanguage: vi.fn(), quit: vi.fn() });

describe('the native menu', () => {
  it('has File, Edit, View and Help in Chinese', async () => {
    const template = menuTemplate(
      await translator('zh-CN'),
      'zh-CN',
      actions(),
      false,
      false,
    );
    expect(template.map((item) => item.label)).toEqual([
      '文件',
      '编辑',
      '视图',
      '帮助',
    ]);
  });

  it('has File, Edit, View and Help in English', async () => {
    const template = menuTemplate(
      await translator('en'),
      'en',
      actions(),
      false,
      false,
    );
    expect(template.map((item) => item.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ]);
  });

  it('gives new audit, settings and quit their usual accelerators and sends the commands', async () => {
    const act = actions();
    const items = flatten(
      menuTemplate(await translator('en'), 'en', act, false, false),
    );
    const byLabel = (label: string) =>
      items.find((item) => item.label === label);

    expect(byLabel('New Audit')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Settings…')?.accelerator).toBe('CmdOrCtrl+,');
    expect(byLabel('Quit')?.accelerator).toBe('CmdOrCtrl+Q');
    (byLabel('New Audit')?.click as () => void)();
    expect(act.send).toHaveBeenCalledWith('new-audit');
    expect(items.filter((item) => item.role).map((item) => item.role)).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
      ]),
    );
  });

  it('marks the current language and switches on click', async () => {
    const act = actions();
    const items = flatten(
      menuTemplate(await translator('zh-CN'), 'zh-CN', act, false, false),
    );
    const english = items.find((item) => item.label === 'English');
    expect(items.find((item) => item.label === '简体中文')?.checked).toBe(true);
    expect(english?.checked).toBe(false);
    (english?.click as () => void)();
    expect(act.setLanguage).toHaveBeenCalledWith('en');
  });

  it('offers developer tools only in development', async () => {
    const t = await translator('en');
    const roles = (dev: boolean) =>
      flatten(menuTemplate(t, 'en', actions(), false, dev)).map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});
