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
  // Numbers are reserved per feature, so a branch may hold 1, 2, 3 and 7
  // until the versions in between arrive; Dexie accepts gaps.
  it('are numbered upwards from 1 and the latest is the last one', () => {
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers[0]).toBe(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(LATEST_SCHEMA_VERSION).toBe(numbers.at(-1));
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
