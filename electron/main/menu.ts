import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc/contract';
import type { Language } from '@shared/settings/schema';

type T = (key: string, options?: Record<string, unknown>) => string;

export type MenuActions = {
  send: (command: MenuCommand) => void;
  setLanguage: (language: Language) => void;
  quit: () => void;
};

/** The native menu, in the UI language, with the usual accelerators. */
export function menuTemplate(
  t: T,
  language: Language,
  actions: MenuActions,
  isMac: boolean,
  isDev: boolean,
): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string) => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(name),
  });
  const languageItem = (lang: Language): MenuItemConstructorOptions => ({
    label: t(`settings.language.${lang}`),
    type: 'radio',
    checked: language === lang,
    click: () => actions.setLanguage(lang),
  });
  return [
    {
      label: t('menu.file'),
      submenu: [
        command(t('menu.newAudit'), 'new-audit', 'CmdOrCtrl+N'),
        command(t('menu.openDemo'), 'open-demo'),
        { type: 'separator' },
        command(t('backups.menu.restore'), 'restore-backup'),
        { type: 'separator' },
        command(t('menu.settings'), 'open-settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        {
          label: t('menu.quit'),
          accelerator: 'CmdOrCtrl+Q',
          click: actions.quit,
        },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        command(t('menu.audits'), 'open-audits', 'CmdOrCtrl+1'),
        command(t('menu.statistics'), 'open-statistics', 'CmdOrCtrl+2'),
        { type: 'separator' },
        {
          label: t('menu.language'),
          submenu: [languageItem('zh-CN'), languageItem('en')],
        },
        { type: 'separator' },
        { label: t('menu.zoomIn'), role: 'zoomIn' },
        { label: t('menu.zoomOut'), role: 'zoomOut' },
        { label: t('menu.resetZoom'), role: 'resetZoom' },
        { label: t('menu.fullscreen'), role: 'togglefullscreen' },
        ...(isDev
          ? [{ label: t('menu.devTools'), role: 'toggleDevTools' } as const]
          : []),
      ],
    },
    {
      label: t('menu.help'),
      submenu: [command(t('menu.about'), 'about', isMac ? undefined : 'F1')],
    },
  ];
}
