import {
  auditSchema,
  defaultLeadAgency,
  type Audit,
  type AuditType,
} from '@shared/model/audit';
import type { Company } from '@shared/model/company';
import type { RepoContext } from '../context';
import { RepositoryError, toRepositoryError } from '../errors';
import {
  seedFocusFactors,
  seedStageSteps,
  seedWorkPlan,
} from './audit-row-seeds';
import { insertCompany, type CompanyFields } from './companies';
import { newRecordFields, reviseRecord } from './records';
import { insertRecord } from './records';

/** What the new-audit wizard collects about the audit itself. */
export type AuditFields = Omit<
  Audit,
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'revision'
  | 'deletedAt'
  | 'companyId'
  | 'state'
  | 'completedStages'
  // New audits start from the default thresholds and the provincial
  // energy accounting; both are edited later, when the options come up.
  | 'costClassRules'
  | 'energyAccounting'
>;

export type CreateAuditInput = {
  /** An existing company (a later round) or a new one. */
  company: { id: string } | { fields: CompanyFields };
  audit: AuditFields;
};

export type AuditListItem = Audit & { companyName: string };

/** Defaults for an audit made with only a name and a type (tests, quick entry). */
export function basicAuditFields(
  title: string,
  auditType: AuditType,
  nowIso: string,
): AuditFields {
  return {
    title,
    auditType,
    mandatoryBases: [],
    procedure: 'full',
    round: 1,
    leadAgency: defaultLeadAgency(auditType),
    listPublishedOn: null,
    // The last full calendar year is the usual base year (审核基准年).
    baseYear: Number(nowIso.slice(0, 4)) - 1,
    consultancyName: '',
    leadAuditor: '',
  };
}

export async function createAudit(
  ctx: RepoContext,
  input: CreateAuditInput,
): Promise<Audit> {
  const { db } = ctx;
  try {
    const seeded = [db.stageSteps, db.workPlanItems, db.focusFactors];
    return await db.transaction(
      'rw',
      [db.audits, db.companies, db.changes, ...seeded],
      async () => {
        const company: Company | undefined =
          'id' in input.company
            ? await db.companies.get(input.company.id)
            : await insertCompany(ctx, input.company.fields);
        if (!company) throw new RepositoryError('not-found');
        const audit = auditSchema.parse({
          ...newRecordFields(ctx),
          ...input.audit,
          companyId: company.id,
          state: 'in-progress',
          completedStages: [],
        });
        await insertRecord(ctx, db.audits, audit, audit.id);
        // The steps of its procedure, the WS 1-2 plan and the focus factors
        // come with every new audit, in the same transaction.
        await seedStageSteps(ctx, audit.id, audit.procedure);
        await seedWorkPlan(ctx, audit.id);
        await seedFocusFactors(ctx, audit.id);
        return audit;
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
