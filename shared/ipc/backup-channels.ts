/**
 * The backup channels, with no dependencies so the sandboxed preload can
 * import them (see channels.ts). Their schemas are in backup-contract.ts.
 */
export const backupPreloadChannels = {
  reportBackupActivity: 'backup:report-activity',
  writeBackupSnapshot: 'backup:write-snapshot',
  openBackupFile: 'backup:open-file',
  getBackupStatus: 'backup:get-status',
  chooseBackupFolder: 'backup:choose-folder',
} as const;

export const backupChannelNames = Object.values(backupPreloadChannels);

/** Main asks the renderer for a snapshot; the renderer answers with bytes. */
export const BACKUP_SNAPSHOT_EVENT = 'backup:snapshot-wanted';
