import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AuditDatabase } from '@renderer/db/database';
import { schemaVersions } from '@renderer/db/versions';
import { creationChanges } from '../../../fixtures/migration';
import { DEFAULT_COST_CLASS_RULES } from '@shared/calc/cost-class';
import { demoAudit, demoCompany, demoSnapshot } from '@shared/demo/demo-audit';

/**
 * Version 3 adds the option register and the feasibility studies, and gives
 * every stored audit the default cost-class thresholds: a version 2
 * database keeps every row, its audits gain the thresholds, and the two new
 * tables start empty.
 */
const v2 = schemaVersions.slice(0, 2);
const v3 = schemaVersions.slice(0, 3);

// Audits as version 2 stored them, before the thresholds existed.
function storedBeforeThresholds(id: string, title: string) {
  const { costClassRules: _dropped, ...audit } = demoAudit({ id, title });
  return audit;
}

const audits = [
  storedBeforeThresholds('audit-a', '第二轮审核'),
  storedBeforeThresholds('audit-b', '第一轮审核'),
];
const companies = [demoCompany()];
const snapshot = demoSnapshot();
// Rows of three working tables, filed under audit-a.
const teamMembers = snapshot.teamMembers.map((r) => ({
  ...r,
  auditId: 'audit-a',
}));
const products = snapshot.products.map((r) => ({ ...r, auditId: 'audit-a' }));
const wasteCauses = snapshot.wasteCauses.map((r) => ({
  ...r,
  auditId: 'audit-a',
}));
const changes = creationChanges(audits);

async function v2Database(name: string): Promise<void> {
  const db = new AuditDatabase(name, v2);
  await db.table('audits').bulkAdd(audits);
  await db.companies.bulkAdd(companies);
  await db.changes.bulkAdd(changes);
  await db.teamMembers.bulkAdd(teamMembers);
  await db.products.bulkAdd(products);
  await db.wasteCauses.bulkAdd(wasteCauses);
  db.close();
}

describe('schema version 3', () => {
  it('keeps every company, change and working-table row of a version 2 database', async () => {
    await v2Database('migration-v3-rows');
    const db = new AuditDatabase('migration-v3-rows', v3);

    expect(await db.companies.toArray()).toEqual(companies);
    expect(await db.changes.orderBy('id').toArray()).toEqual(changes);
    expect(await db.teamMembers.orderBy('id').toArray()).toEqual(teamMembers);
    expect(await db.products.orderBy('id').toArray()).toEqual(products);
    expect(await db.wasteCauses.orderBy('id').toArray()).toEqual(wasteCauses);
    db.close();
  });

  it('gives each stored audit the default thresholds and changes nothing else', async () => {
    await v2Database('migration-v3-audits');
    const db = new AuditDatabase('migration-v3-audits', v3);

    expect(await db.audits.orderBy('id').toArray()).toEqual(
      audits.map((audit) => ({
        ...audit,
        costClassRules: DEFAULT_COST_CLASS_RULES,
      })),
    );
    db.close();
  });

  it('keeps thresholds an audit already carries', async () => {
    const own = { lowUpperWanYuan: 2, midUpperWanYuan: 30, basis: '自定' };
    const before = new AuditDatabase('migration-v3-own-rules', v2);
    await before.audits.add(demoAudit({ costClassRules: own }));
    before.close();
    const db = new AuditDatabase('migration-v3-own-rules', v3);

    expect((await db.audits.toArray())[0]?.costClassRules).toEqual(own);
    db.close();
  });

  it('adds the option register and the feasibility studies, empty', async () => {
    await v2Database('migration-v3-tables');
    const db = new AuditDatabase('migration-v3-tables', v3);
    await db.open();

    expect(await db.options.count()).toBe(0);
    expect(await db.feasibilityStudies.count()).toBe(0);
    db.close();
  });

  it('indexes options by audit, order, code and status, and studies by option', async () => {
    const db = new AuditDatabase('migration-v3-indexes', v3);
    await db.open();
    const names = (table: string) =>
      db.table(table).schema.indexes.map((index) => index.name);

    expect(names('options').sort()).toEqual(
      ['[auditId+sortIndex]', 'auditId', 'code', 'status'].sort(),
    );
    expect(names('feasibilityStudies').sort()).toEqual(
      ['[auditId+sortIndex]', 'auditId', 'optionId'].sort(),
    );
    db.close();
  });
});
