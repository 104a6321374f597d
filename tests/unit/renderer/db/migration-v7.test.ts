import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AuditDatabase } from '@renderer/db/database';
import { schemaVersions } from '@renderer/db/versions';
import { demoAudit, demoCompany, demoSnapshot } from '@shared/demo/demo-audit';
import { creationChanges, storedDatabase } from '../../../fixtures/migration';

/**
 * Version 7 adds the report's section texts and its generated versions. The
 * versions between 3 and 7 belong to other tables; whichever of them are
 * present, the entry before 7 is the one a stored database was left at. A
 * database at that version keeps every row, and the two new tables start
 * empty with their indexes.
 */
const at7 = schemaVersions.findIndex((entry) => entry.version === 7);
const before = schemaVersions.slice(0, at7);
const upTo7 = schemaVersions.slice(0, at7 + 1);

const snapshot = demoSnapshot();
// Rows as the version before 7 stored them: two audits, options of one,
// team members of the other.
const stored = {
  audits: [demoAudit({ id: 'audit-a' }), demoAudit({ id: 'audit-b' })],
  companies: [demoCompany()],
  options: snapshot.options.map((r) => ({ ...r, auditId: 'audit-a' })),
  teamMembers: snapshot.teamMembers.map((r) => ({ ...r, auditId: 'audit-b' })),
};
const rows = { ...stored, changes: creationChanges(stored.audits) };
const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('schema version 7', () => {
  it('follows an earlier version in the history', () => {
    expect(at7).toBeGreaterThan(0);
    expect(before.at(-1)?.version).toBeLessThan(7);
  });

  it('keeps every audit, company, change and working-table row', async () => {
    await storedDatabase('migration-v7-rows', before, rows);
    const db = new AuditDatabase('migration-v7-rows', upTo7);

    const tables: Record<string, readonly { id: string }[]> = rows;
    for (const [table, list] of Object.entries(tables)) {
      expect(await db.table(table).orderBy('id').toArray()).toEqual(byId(list));
    }
    db.close();
  });

  it('adds the section texts and the report versions, empty', async () => {
    await storedDatabase('migration-v7-tables', before, rows);
    const db = new AuditDatabase('migration-v7-tables', upTo7);
    await db.open();

    expect(await db.reportSections.count()).toBe(0);
    expect(await db.reportVersions.count()).toBe(0);
    db.close();
  });

  it('indexes section texts by audit and section, versions by audit and time', async () => {
    const db = new AuditDatabase('migration-v7-indexes', upTo7);
    await db.open();
    const names = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((index) => index.name)
        .sort();

    expect(names('reportSections')).toEqual(
      ['[auditId+sectionId]', 'auditId'].sort(),
    );
    expect(names('reportVersions')).toEqual(
      ['[auditId+createdAt]', 'auditId'].sort(),
    );
    db.close();
  });
});
