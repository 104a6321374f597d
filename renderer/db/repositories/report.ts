import { AUDIT_ROW_TABLES } from '@shared/model/audit-rows';
import {
  reportSectionTextSchema,
  reportVersionSchema,
  type ReportSectionText,
  type ReportVersion,
} from '@shared/model/report';
import {
  auditSnapshotSchema,
  SNAPSHOT_FORMAT_VERSION,
  type AuditSnapshot,
} from '@shared/model/snapshot';
import type { RepoContext } from '../context';
import { RepositoryError, toRepositoryError } from '../errors';
import { listRows } from './audit-rows';
import {
  insertRecord,
  liveNewestFirst,
  newRecordFields,
  reviseRecord,
} from './records';

/**
 * The whole audit as a snapshot, read in one transaction so the report sees
 * one consistent state. Rows in the bin stay out.
 */
export async function readAuditSnapshot(
  ctx: RepoContext,
  auditId: string,
): Promise<AuditSnapshot> {
  const { db } = ctx;
  const tables = AUDIT_ROW_TABLES.map((table) => db.table(table));
  try {
    return await db.transaction(
      'r',
      [db.audits, db.companies, ...tables],
      async () => {
        const audit = await db.audits.get(auditId);
        if (!audit || audit.deletedAt !== null) {
          throw new RepositoryError('not-found');
        }
        const company = await db.companies.get(audit.companyId);
        if (!company) throw new RepositoryError('not-found');
        const rows: Record<string, unknown[]> = {};
        for (const table of AUDIT_ROW_TABLES) {
          rows[table] = await listRows(ctx, table, auditId);
        }
        return auditSnapshotSchema.parse({
          formatVersion: SNAPSHOT_FORMAT_VERSION,
          audit,
          company,
          ...rows,
        });
      },
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

/** The consultant's section texts of an audit, by section id. */
export async function sectionTexts(
  ctx: RepoContext,
  auditId: string,
): Promise<Record<string, string>> {
  const rows = await ctx.db.reportSections
    .where('auditId')
    .equals(auditId)
    .toArray();
  return Object.fromEntries(
    rows
      .filter((row) => row.deletedAt === null)
      .map((row) => [row.sectionId, row.text]),
  );
}

/**
 * Stores the text of one section; an empty text puts the record in the bin,
 * so the section goes back to the generated text.
 */
export async function saveSectionText(
  ctx: RepoContext,
  auditId: string,
  sectionId: string,
  text: string,
): Promise<void> {
  const { db } = ctx;
  try {
    await db.transaction('rw', [db.reportSections, db.changes], async () => {
      const existing = await db.reportSections
        .where('[auditId+sectionId]')
        .equals([auditId, sectionId])
        .first();
      const blank = text.trim() === '';
      if (existing) {
        await reviseRecord(
          ctx,
          db.reportSections,
          existing.id,
          () => ({ text, deletedAt: blank ? ctx.now() : null }),
          blank ? 'delete' : 'update',
          auditId,
        );
        return;
      }
      if (blank) return;
      const record: ReportSectionText = reportSectionTextSchema.parse({
        ...newRecordFields(ctx),
        auditId,
        sectionId,
        text,
      });
      await insertRecord(ctx, db.reportSections, record, auditId);
    });
  } catch (error) {
    throw toRepositoryError(error);
  }
}

export type NewReportVersion = Omit<
  ReportVersion,
  'id' | 'createdAt' | 'updatedAt' | 'revision' | 'deletedAt'
>;

export async function recordReportVersion(
  ctx: RepoContext,
  fields: NewReportVersion,
): Promise<ReportVersion> {
  const { db } = ctx;
  const record = reportVersionSchema.parse({
    ...newRecordFields(ctx),
    ...fields,
  });
  try {
    return await db.transaction(
      'rw',
      [db.reportVersions, db.changes],
      async () => insertRecord(ctx, db.reportVersions, record, fields.auditId),
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

/** Generated versions of an audit, newest first. */
export function listReportVersions(
  ctx: RepoContext,
  auditId: string,
): Promise<ReportVersion[]> {
  return liveNewestFirst(ctx.db.reportVersions, auditId);
}
