import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AuditDatabase } from '@renderer/db/database';
import { schemaVersions } from '@renderer/db/versions';
import { demoAudit, demoCompany } from '@shared/demo/demo-audit';
import { auditSchema } from '@shared/model/audit';
import { creationChanges } from '../../../fixtures/migration';

/**
 * Version 8 gives every stored audit its own energy accounting: audits a
 * version 7 database holds take the provincial default they were counted
 * with before, and one that somehow carries a choice keeps it.
 */
const v7 = schemaVersions.slice(0, 7);
const v8 = schemaVersions.slice(0, 8);

function storedBeforeAccounting(id: string) {
  const { energyAccounting: _dropped, ...audit } = demoAudit({ id });
  return audit;
}

describe('schema version 8', () => {
  it('gives audits stored without an energy accounting the default, keeps a chosen one and every other field', async () => {
    const plain = storedBeforeAccounting('audit-a');
    const chosen = demoAudit({
      id: 'audit-b',
      energyAccounting: {
        coefficientSetId: 'gbt2589-2008',
        electricityBasis: 'equivalent',
      },
    });
    const changes = creationChanges([plain, chosen]);
    const old = new AuditDatabase('migration-v8', v7);
    await old.table('audits').bulkAdd([plain, chosen]);
    await old.companies.add(demoCompany());
    await old.changes.bulkAdd(changes);
    old.close();

    const db = new AuditDatabase('migration-v8', v8);
    const [a, b] = await db.audits.orderBy('id').toArray();
    expect(a).toEqual({
      ...plain,
      energyAccounting: {
        coefficientSetId: 'gbt2589-2020',
        electricityBasis: 'calorific',
      },
    });
    expect(auditSchema.safeParse(a).success).toBe(true);
    expect(b).toEqual(chosen);
    expect(await db.changes.orderBy('id').toArray()).toEqual(changes);
    db.close();
  });
});
