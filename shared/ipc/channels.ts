import { backupChannelNames, backupPreloadChannels } from './backup-channels';

/**
 * The IPC names and constants with no dependencies, for the preload: a
 * sandboxed preload may require nothing but electron, so it must not pull in
 * the schemas (zod) that main validates with (see contract.ts).
 */
export const channelNames = [
  'settings:get',
  'settings:update',
  'app:get-info',
  'file:save',
  'file:begin-save',
  'file:write-chunk',
  'file:end-save',
  'file:abort-save',
  'shell:open-external',
  'report:system-fonts',
  ...backupChannelNames,
] as const;
export type Channel = (typeof channelNames)[number];

/** Commands the native menu sends to the renderer. */
export const menuCommands = [
  'new-audit',
  'open-demo',
  'open-audits',
  'open-statistics',
  'open-settings',
  'about',
  'restore-backup',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const MENU_COMMAND_EVENT = 'menu:command';

/** Which channel each preload method calls; main and preload share it. */
export const preloadChannels = {
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  beginSave: 'file:begin-save',
  writeChunk: 'file:write-chunk',
  endSave: 'file:end-save',
  abortSave: 'file:abort-save',
  openExternal: 'shell:open-external',
  getSystemReportFonts: 'report:system-fonts',
  ...backupPreloadChannels,
} as const satisfies Record<string, Channel>;
