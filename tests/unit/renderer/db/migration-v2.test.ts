import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AuditDatabase } from '@renderer/db/database';
import { schemaVersions } from '@renderer/db/versions';
import { creationChanges } from '../../../fixtures/migration';
import { demoAudit, demoCompany } from '@shared/demo/demo-audit';

/**
 * Version 2 adds the working tables of stages 1–3 and transforms nothing:
 * a version 1 database keeps every row and gains empty tables.
 */
const v1 = schemaVersions.slice(0, 1);
const v2 = schemaVersions.slice(0, 2);
// The working tables as version 2 made them; later versions add more.
const V2_TABLES = Object.keys(schemaVersions[1]?.stores ?? {});

const audits = [
  demoAudit({ id: 'audit-a' }),
  demoAudit({ id: 'audit-b', title: '第一轮', round: 1 }),
];
const companies = [demoCompany()];
const changes = creationChanges(audits);

async function v1Database(name: string): Promise<void> {
  const db = new AuditDatabase(name, v1);
  await db.audits.bulkAdd(audits);
  await db.companies.bulkAdd(companies);
  await db.changes.bulkAdd(changes);
  db.close();
}

describe('schema version 2', () => {
  it('keeps every audit, company and change row of a version 1 database', async () => {
    await v1Database('migration-v2-rows');
    const db = new AuditDatabase('migration-v2-rows', v2);

    expect(await db.audits.orderBy('id').toArray()).toEqual(audits);
    expect(await db.companies.toArray()).toEqual(companies);
    expect(await db.changes.orderBy('id').toArray()).toEqual(changes);
    db.close();
  });

  it('adds every working table, empty', async () => {
    await v1Database('migration-v2-tables');
    const db = new AuditDatabase('migration-v2-tables', v2);
    await db.open();

    for (const table of V2_TABLES) {
      expect(await db.table(table).count(), table).toBe(0);
    }
    db.close();
  });

  it('indexes each working table by audit and by the audit’s order', async () => {
    const db = new AuditDatabase('migration-v2-indexes', v2);
    await db.open();

    for (const table of V2_TABLES) {
      const indexes = db.table(table).schema.indexes.map((i) => i.name);
      expect(indexes, table).toEqual(
        expect.arrayContaining(['auditId', '[auditId+sortIndex]']),
      );
    }
    const streams = db.table('balanceStreams').schema.indexes;
    expect(streams.map((i) => i.name)).toContain('studyId');
    db.close();
  });
});
