import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AuditDatabase } from '@renderer/db/database';
import { schemaVersions } from '@renderer/db/versions';
import { demoSnapshot } from '@shared/demo/demo-audit';

/**
 * Version 4 adds the working tables of stages 4–7 besides the options and
 * transforms nothing: a version 3 database keeps its audits, options and
 * studies as they were and gains five empty tables.
 */
const v3 = schemaVersions.slice(0, 3);
const v4 = schemaVersions.slice(0, 4);
const V4_TABLES = Object.keys(schemaVersions[3]?.stores ?? {});

const snapshot = demoSnapshot();

async function v3Database(name: string): Promise<void> {
  const db = new AuditDatabase(name, v3);
  await db.audits.add(snapshot.audit);
  await db.companies.add(snapshot.company);
  await db.options.bulkAdd(snapshot.options);
  await db.feasibilityStudies.bulkAdd(snapshot.feasibilityStudies);
  db.close();
}

describe('schema version 4', () => {
  it('names the five new tables', () => {
    expect(V4_TABLES).toEqual([
      'screeningCriteria',
      'implementationTasks',
      'indicatorResults',
      'improvementPlanItems',
      'cpSystemItems',
    ]);
  });

  it('keeps the audit, its options and its studies unchanged', async () => {
    await v3Database('migration-v4-rows');
    const db = new AuditDatabase('migration-v4-rows', v4);

    expect(await db.audits.toArray()).toEqual([snapshot.audit]);
    expect(await db.options.orderBy('id').toArray()).toEqual(
      [...snapshot.options].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.feasibilityStudies.count()).toBe(
      snapshot.feasibilityStudies.length,
    );
    db.close();
  });

  it('adds the new tables empty, indexed by audit and order', async () => {
    await v3Database('migration-v4-tables');
    const db = new AuditDatabase('migration-v4-tables', v4);
    await db.open();

    for (const table of V4_TABLES) {
      expect(await db.table(table).count(), table).toBe(0);
      const indexes = db.table(table).schema.indexes.map((i) => i.name);
      expect(indexes, table).toEqual(
        expect.arrayContaining(['auditId', '[auditId+sortIndex]']),
      );
    }
    const taskIndexes = db.implementationTasks.schema.indexes.map(
      (i) => i.name,
    );
    expect(taskIndexes).toContain('optionId');
    db.close();
  });
});
