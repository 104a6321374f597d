import type { TFunction } from 'i18next';
import { errorMessage } from '@renderer/i18n/errors';
import type { BackupFailureCode } from './restore';

/** Codes about the backup file itself, worded in the backups section. */
const fileCodes = [
  'not-a-backup',
  'damaged',
  'format-too-new',
  'schema-too-new',
  'too-large',
  'unknown-table',
  'unreadable',
] as const;
type FileCode = (typeof fileCodes)[number];

export type BackupMessageCode = BackupFailureCode | 'unreadable';

const isFileCode = (code: BackupMessageCode): code is FileCode =>
  (fileCodes as readonly string[]).includes(code);

/** A sentence for a failed backup or restore, saying what to do next. */
export function backupMessage(t: TFunction, code: BackupMessageCode): string {
  return isFileCode(code) ? t(`backups.errors.${code}`) : errorMessage(t, code);
}
