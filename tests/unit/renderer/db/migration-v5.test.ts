import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AuditDatabase } from '@renderer/db/database';
import { schemaVersions } from '@renderer/db/versions';
import { demoCompany, demoSnapshot } from '@shared/demo/demo-audit';

/**
 * Version 5 adds evidence (attachments), the filing outbox and merge bases:
 * a database of the versions before keeps every row, and the three new
 * tables start empty with their indexes.
 */
const before = schemaVersions.filter((v) => v.version < 5);
const v5 = schemaVersions.filter((v) => v.version <= 5);
const snapshot = demoSnapshot();

async function olderDatabase(name: string): Promise<void> {
  const db = new AuditDatabase(name, before);
  await db.audits.add(snapshot.audit);
  await db.companies.add(demoCompany());
  await db.stageSteps.bulkAdd(snapshot.stageSteps);
  await db.options.bulkAdd(snapshot.options);
  db.close();
}

describe('schema version 5', () => {
  it('keeps the audits, steps and options of the version before', async () => {
    await olderDatabase('migration-v5-rows');
    const db = new AuditDatabase('migration-v5-rows', v5);

    expect(await db.audits.toArray()).toEqual([snapshot.audit]);
    expect(await db.stageSteps.orderBy('id').toArray()).toEqual(
      [...snapshot.stageSteps].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.options.count()).toBe(snapshot.options.length);
    db.close();
  });

  it('adds attachments, the filing outbox and merge bases, empty and indexed', async () => {
    await olderDatabase('migration-v5-tables');
    const db = new AuditDatabase('migration-v5-tables', v5);
    await db.open();
    const names = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((index) => index.name)
        .sort();

    expect(await db.attachments.count()).toBe(0);
    expect(await db.filingPackages.count()).toBe(0);
    expect(await db.mergeBases.count()).toBe(0);
    expect(names('attachments')).toEqual(['[ownerTable+ownerId]', 'auditId']);
    expect(names('filingPackages')).toEqual(['auditId']);
    expect(names('mergeBases')).toEqual([]);
    db.close();
  });
});
