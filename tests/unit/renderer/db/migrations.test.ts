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
  // Features claimed their numbers ahead of merging; now that all have
  // landed the versions run 1, 2, 3 … without a gap, the latest last.
  it('are numbered 1, 2, 3 … in order, the latest last', () => {
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
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
