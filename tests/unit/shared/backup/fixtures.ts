import { strToU8 } from 'fflate';
import type { BackupContents } from '@shared/backup/write';

/** A small two-table snapshot with one binary value; override any part. */
export function backupContents(
  overrides: Partial<BackupContents> = {},
): BackupContents {
  return {
    appVersion: '0.1.0',
    createdAt: '2026-12-03T09:30:00.000Z',
    schemaVersion: 3,
    tables: [
      {
        name: 'audits',
        records: [{ id: 'a1', title: '东莞电路板 2026 年审核' }],
      },
      {
        name: 'photos',
        records: [{ id: 'p1', auditId: 'a1', file: { $cpawBinary: 0 } }],
      },
    ],
    binaries: [
      { kind: 'blob', type: 'image/png', bytes: strToU8('not really a png') },
    ],
    audits: [{ id: 'a1', title: '东莞电路板 2026 年审核', deleted: false }],
    ...overrides,
  };
}
