import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import * as filing from '@renderer/db/repositories/filing';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import { testContext } from '../../../fixtures/repo-context';

/** The outbox entry of one exported package after `change`, or the error. */
async function entryAfter(change: filing.FilingStatusChange) {
  const ctx = testContext();
  await openSnapshot(ctx, demoSnapshot());
  const { db } = ctx;
  const exported = await db.transaction(
    'rw',
    db.filingPackages,
    db.changes,
    () =>
      filing.insertFilingPackage(ctx, {
        auditId: DEMO_AUDIT_ID,
        fileName: 'demo.cpaudit',
        size: 1000,
        sha256: 'a'.repeat(64),
      }),
  );
  const error = await filing.setFilingStatus(ctx, exported.id, change).then(
    () => null,
    (e: unknown) => e,
  );
  const [entry] = await filing.listFilingPackages(ctx, DEMO_AUDIT_ID);
  return { entry, error };
}

describe('the filing outbox', () => {
  it('records a filing with its date and reference number', async () => {
    const { entry, error } = await entryAfter({
      status: 'filed',
      filedOn: '2026-06-30',
      referenceNumber: 'GD-2026-0815',
    });
    expect(error).toBeNull();
    expect(entry).toMatchObject({
      status: 'filed',
      filedOn: '2026-06-30',
      referenceNumber: 'GD-2026-0815',
      revision: 2,
    });
  });

  it('refuses a filing without a date and keeps the entry as it was', async () => {
    const { entry, error } = await entryAfter({
      status: 'filed',
      filedOn: null,
      referenceNumber: '',
    });
    expect(error).not.toBeNull();
    expect(entry).toMatchObject({ status: 'exported', revision: 1 });
  });

  it('marks a package returned for revision', async () => {
    const note = '产排污数据需补充监测报告';
    const { entry } = await entryAfter({
      status: 'returned',
      filedOn: null,
      referenceNumber: '',
      note,
    });
    expect(entry).toMatchObject({ status: 'returned', note });
  });
});
