import {
  auditSchema,
  defaultLeadAgency,
  type Audit,
  type AuditType,
} from '@shared/model/audit';
import type { Company } from '@shared/model/company';
import type { RepoContext } from '../context';
import { toRepositoryError } from '../errors';
import { emptyCompanyFields, insertCompany } from './companies';
import { newRecordFields, reviseRecord } from './records';
import { insertRecord } from './records';

export type CreateAuditInput = {
  title: string;
  company: { id: string } | { name: string };
  auditType: AuditType;
  consultancyName?: string;
  leadAuditor?: string;
};

export type AuditListItem = Audit & { companyName: string };

/** The last full calendar year is the usual base year (审核基准年). */
function baseYearFor(nowIso: string): number {
  return Number(nowIso.slice(0, 4)) - 1;
}

export async function createAudit(
  ctx: RepoContext,
  input: CreateAuditInput,
): Promise<Audit> {
  const { db } = ctx;
  try {
    return await db.transaction(
      'rw',
      db.audits,
      db.companies,
      db.changes,
      async () => {
        const company: Company | undefined =
          'id' in input.company
            ? await db.companies.get(input.company.id)
            : await insertCompany(ctx, emptyCompanyFields(input.company.name));
        if (!company) throw new Error('company not found');
        const audit = auditSchema.parse({
          ...newRecordFields(ctx),
          title: input.title,
          companyId: company.id,
          auditType: input.auditType,
          mandatoryBases: [],
          procedure: 'full',
          round: 1,
          leadAgency: defaultLeadAgency(input.auditType),
          listPublishedOn: null,
          baseYear: baseYearFor(ctx.now()),
          state: 'in-progress',
          consultancyName: input.consultancyName ?? '',
          leadAuditor: input.leadAuditor ?? '',
        });
        return insertRecord(ctx, db.audits, audit, audit.id);
      },
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

async function reviseAudit(
  ctx: RepoContext,
  id: string,
  change: (current: Audit) => Partial<Audit>,
  op: 'update' | 'delete' | 'restore',
): Promise<Audit> {
  const { db } = ctx;
  try {
    return await db.transaction('rw', db.audits, db.changes, () =>
      reviseRecord(
        ctx,
        db.audits,
        id,
        (current) => auditSchema.parse({ ...current, ...change(current) }),
        op,
        id,
      ),
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

export function renameAudit(ctx: RepoContext, id: string, title: string) {
  return reviseAudit(ctx, id, () => ({ title }), 'update');
}

export function updateAudit(
  ctx: RepoContext,
  id: string,
  patch: Partial<Omit<Audit, 'id' | 'createdAt' | 'revision'>>,
) {
  return reviseAudit(ctx, id, () => patch, 'update');
}

/** Moves the audit to the bin; `restoreAudit` brings it back unchanged. */
export function deleteAudit(ctx: RepoContext, id: string) {
  return reviseAudit(ctx, id, () => ({ deletedAt: ctx.now() }), 'delete');
}

export function restoreAudit(ctx: RepoContext, id: string) {
  return reviseAudit(ctx, id, () => ({ deletedAt: null }), 'restore');
}

export async function getAudit(
  ctx: RepoContext,
  id: string,
): Promise<{ audit: Audit; company: Company | undefined } | null> {
  const audit = await ctx.db.audits.get(id);
  if (!audit || audit.deletedAt !== null) return null;
  return { audit, company: await ctx.db.companies.get(audit.companyId) };
}

/** Live audits, most recently changed first, with their company's name. */
export async function listAudits(ctx: RepoContext): Promise<AuditListItem[]> {
  const [audits, companies] = await Promise.all([
    ctx.db.audits.orderBy('updatedAt').reverse().toArray(),
    ctx.db.companies.toArray(),
  ]);
  const names = new Map(companies.map((c) => [c.id, c.name]));
  return audits
    .filter((audit) => audit.deletedAt === null)
    .map((audit) => ({
      ...audit,
      companyName: names.get(audit.companyId) ?? '',
    }));
}
