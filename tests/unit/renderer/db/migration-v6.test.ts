import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AuditDatabase } from '@renderer/db/database';
import { schemaVersions } from '@renderer/db/versions';
import { demoCompany, demoSnapshot } from '@shared/demo/demo-audit';

/**
 * Version 6 adds the statistics page's plan targets, audit reviews and
 * summary cache: a database at the version before it keeps every audit,
 * company and option, and the three new tables start empty.
 */
const at6 = schemaVersions.findIndex((v) => v.version === 6);
const before = schemaVersions.slice(0, at6);
const v6 = schemaVersions.slice(0, at6 + 1);

const snapshot = demoSnapshot();

async function previousDatabase(name: string): Promise<void> {
  const db = new AuditDatabase(name, before);
  await db.audits.add(snapshot.audit);
  await db.companies.add(demoCompany());
  await db.options.bulkAdd(snapshot.options);
  db.close();
}

describe('schema version 6', () => {
  it('keeps the audits, companies and options of the version before', async () => {
    await previousDatabase('migration-v6-rows');
    const db = new AuditDatabase('migration-v6-rows', v6);

    expect(await db.audits.toArray()).toEqual([snapshot.audit]);
    expect(await db.companies.toArray()).toEqual([demoCompany()]);
    expect(await db.options.orderBy('id').toArray()).toEqual(
      [...snapshot.options].sort((a, b) => a.id.localeCompare(b.id)),
    );
    db.close();
  });

  it('adds plan targets, audit reviews and the summary cache, empty, reviews indexed by audit', async () => {
    await previousDatabase('migration-v6-tables');
    const db = new AuditDatabase('migration-v6-tables', v6);
    await db.open();

    expect(await db.planTargets.count()).toBe(0);
    expect(await db.auditReviews.count()).toBe(0);
    expect(await db.auditSummaries.count()).toBe(0);
    expect(db.auditReviews.schema.indexes.map((i) => i.name)).toEqual([
      'auditId',
    ]);
    db.close();
  });
});
