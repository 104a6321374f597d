import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AuditDatabase } from '@renderer/db/database';
import { LATEST_SCHEMA_VERSION, schemaVersions } from '@renderer/db/versions';

/**
 * The harness for schema versions: each version is opened on a database
 * left at the previous version with fixture rows, and the rows must survive
 * (plus whatever the upgrade adds). Version 1 is checked against its layout.
 */
async function indexesOf(name: string): Promise<Record<string, string[]>> {
  const raw = new Dexie(name);
  await raw.open();
  const layout = Object.fromEntries(
    raw.tables.map((table) => [
      table.name,
      [
        table.schema.primKey.name,
        ...table.schema.indexes.map((i) => i.name).sort(),
      ],
    ]),
  );
  raw.close();
  return layout;
}

describe('database schema versions', () => {
  // Versions are numbered by the work that adds them, and parallel work
  // may land out of order (5 before 4), so a gap is allowed; going back is not.
  it('are numbered upwards from 1, the latest last', () => {
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers[0]).toBe(1);
    expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
    expect(LATEST_SCHEMA_VERSION).toBe(numbers[numbers.length - 1]);
  });

  it('version 1 creates audits, companies and the change log with their indexes', async () => {
    const db = new AuditDatabase('migration-v1', schemaVersions.slice(0, 1));
    await db.open();
    db.close();

    expect(await indexesOf('migration-v1')).toEqual({
      audits: ['id', 'companyId', 'updatedAt'],
      companies: ['id', 'creditCode', 'name'],
      changes: ['id', '[table+recordId]', 'at', 'auditId'],
    });
  });

  it('keeps every row of the previous version when upgrading to each later one', async () => {
    for (let n = 2; n <= schemaVersions.length; n += 1) {
      const name = `migration-upgrade-${n}`;
      const before = new AuditDatabase(name, schemaVersions.slice(0, n - 1));
      await before.audits.put({ id: 'a1' } as never);
      before.close();
      const after = new AuditDatabase(name, schemaVersions.slice(0, n));
      expect(await after.audits.get('a1')).toMatchObject({ id: 'a1' });
      after.close();
    }
  });
});
