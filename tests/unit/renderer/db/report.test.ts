import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RepositoryError } from '@renderer/db/errors';
import { removeRow } from '@renderer/db/repositories/audit-rows';
import {
  listReportVersions,
  readAuditSnapshot,
  recordReportVersion,
  saveSectionText,
  sectionTexts,
  type NewReportVersion,
} from '@renderer/db/repositories/report';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import { testContext } from '../../../fixtures/repo-context';
import { AUDIT_ID, contextWithAudit } from '../../../fixtures/audit-rows';

function version(overrides: Partial<NewReportVersion> = {}): NewReportVersion {
  return {
    auditId: AUDIT_ID,
    kind: 'review',
    coefficientSetId: 'gbt2589-2020',
    electricityBasis: 'calorific',
    economics: {
      discountRate: 0.08,
      depreciationYears: 10,
      incomeTaxRate: 0.25,
    },
    fonts: 'bundled',
    dataSha256: 'a'.repeat(64),
    pages: 42,
    sizeBytes: 300_000,
    ...overrides,
  };
}

describe('reading an audit snapshot', () => {
  it('returns the stored audit with its working tables', async () => {
    const ctx = testContext();
    await openSnapshot(ctx, demoSnapshot());
    const snapshot = await readAuditSnapshot(ctx, DEMO_AUDIT_ID);

    expect(snapshot.audit.id).toBe(DEMO_AUDIT_ID);
    expect(snapshot.options.length).toBe(demoSnapshot().options.length);
    expect(snapshot.teamMembers.length).toBe(demoSnapshot().teamMembers.length);
  });

  it('leaves out rows in the bin', async () => {
    const ctx = testContext();
    await openSnapshot(ctx, demoSnapshot());
    const first = demoSnapshot().options[0];
    if (!first) throw new Error('the demo has options');
    await removeRow(ctx, 'options', first.id);
    const snapshot = await readAuditSnapshot(ctx, DEMO_AUDIT_ID);

    expect(snapshot.options.map((o) => o.id)).not.toContain(first.id);
  });

  it('refuses an audit that does not exist', async () => {
    const ctx = testContext();
    await expect(readAuditSnapshot(ctx, 'nope')).rejects.toBeInstanceOf(
      RepositoryError,
    );
  });
});

describe('section texts', () => {
  it('stores a text per section and returns it by section id', async () => {
    const ctx = await contextWithAudit();
    await saveSectionText(ctx, AUDIT_ID, '1.1', '总经理亲自动员。');
    await saveSectionText(ctx, AUDIT_ID, '7.3', '明年继续。');

    expect(await sectionTexts(ctx, AUDIT_ID)).toEqual({
      '1.1': '总经理亲自动员。',
      '7.3': '明年继续。',
    });
  });

  it('revises the one record of a section instead of adding another', async () => {
    const ctx = await contextWithAudit();
    await saveSectionText(ctx, AUDIT_ID, '1.1', '初稿');
    await saveSectionText(ctx, AUDIT_ID, '1.1', '定稿');

    const rows = await ctx.db.reportSections.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ text: '定稿', revision: 2 });
  });

  it('drops a section back to the generated text when emptied', async () => {
    const ctx = await contextWithAudit();
    await saveSectionText(ctx, AUDIT_ID, '1.1', '初稿');
    await saveSectionText(ctx, AUDIT_ID, '1.1', '   ');

    expect(await sectionTexts(ctx, AUDIT_ID)).toEqual({});
    expect((await ctx.db.reportSections.toArray())[0]?.deletedAt).not.toBe(
      null,
    );
  });

  it('logs every write in the change table', async () => {
    const ctx = await contextWithAudit();
    const before = await ctx.db.changes.count();
    await saveSectionText(ctx, AUDIT_ID, '1.1', '初稿');
    await saveSectionText(ctx, AUDIT_ID, '1.1', '定稿');

    const logged = await ctx.db.changes
      .filter((c) => c.table === 'reportSections')
      .toArray();
    expect(await ctx.db.changes.count()).toBe(before + 2);
    expect(logged.map((c) => c.op)).toEqual(['create', 'update']);
  });
});

describe('report versions', () => {
  it('records what a version was made with and lists versions newest first', async () => {
    const ctx = await contextWithAudit();
    await recordReportVersion(ctx, version({ kind: 'evaluation' }));
    await recordReportVersion(ctx, version({ kind: 'acceptance', pages: 50 }));

    const list = await listReportVersions(ctx, AUDIT_ID);
    expect(list.map((v) => v.kind)).toEqual(['acceptance', 'evaluation']);
    expect(list[0]).toMatchObject({
      coefficientSetId: 'gbt2589-2020',
      electricityBasis: 'calorific',
      economics: { discountRate: 0.08 },
      pages: 50,
    });
  });

  it('refuses a version whose data digest is not a SHA-256', async () => {
    const ctx = await contextWithAudit();
    await expect(
      recordReportVersion(ctx, version({ dataSha256: 'xyz' })),
    ).rejects.toThrow();
    expect(await ctx.db.reportVersions.count()).toBe(0);
  });
});
