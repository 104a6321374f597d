/**
 * Snapshot files are named by their UTC time to the millisecond, so names
 * sort by age and say when they were taken without opening them:
 * `cpaw-backup-20261203-214501-123.zip`.
 */
const NAME_PATTERN = /^cpaw-backup-(\d{8})-(\d{6})-(\d{3})\.zip$/;

export function backupFileName(at: Date): string {
  const iso = at.toISOString(); // 2026-12-03T21:45:01.123Z
  const day = iso.slice(0, 10).replaceAll('-', '');
  const time = iso.slice(11, 19).replaceAll(':', '');
  return `cpaw-backup-${day}-${time}-${iso.slice(20, 23)}.zip`;
}

/** The time a snapshot file name stands for, or null for any other name. */
export function parseBackupFileName(name: string): Date | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day = '', time = '', ms = ''] = match;
  const iso =
    `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T` +
    `${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${ms}Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.toISOString() !== iso
    ? null
    : date;
}

export function isBackupFileName(name: string): boolean {
  return parseBackupFileName(name) !== null;
}
