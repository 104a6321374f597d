import type { Audit } from '@shared/model/audit';
import type { Company } from '@shared/model/company';
import type { Option } from '@shared/model/option';
import {
  auditReviewSchema,
  planTargetSchema,
  type AuditReview,
  type PlanTarget,
} from '@shared/model/portfolio';
import type { RepoContext } from '../context';
import type { AuditDatabase } from '../database';
import { toRepositoryError } from '../errors';
import { insertRecord, newRecordFields, reviseRecord } from './records';

/**
 * The statistics page's reads and its few writes: plan targets, and the
 * acceptance date of an audit. Reads take whole tables in one go; with 500
 * audits and 15,000 options that stays within the page's time budget (see
 * `npm run bench`), so no per-audit summary is kept up to date on writes.
 */

export type PortfolioData = {
  audits: Audit[];
  companies: Map<string, Company>;
  optionsByAudit: Map<string, Option[]>;
  reviews: AuditReview[];
  targets: PlanTarget[];
  /** Mandatory audits with a list date in which some step has begun. */
  startedAuditIds: Set<string>;
};

const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
  rows.filter((row) => row.deletedAt === null);

export async function loadPortfolio(db: AuditDatabase): Promise<PortfolioData> {
  return db.transaction(
    'r',
    [
      db.audits,
      db.companies,
      db.options,
      db.auditReviews,
      db.planTargets,
      db.stageSteps,
    ],
    async () => {
      const [audits, companies, options, reviews, targets] = await Promise.all([
        db.audits.toArray(),
        db.companies.toArray(),
        db.options.toArray(),
        db.auditReviews.toArray(),
        db.planTargets.toArray(),
      ]);
      const liveAudits = live(audits);
      const withDeadlines = liveAudits
        .filter((a) => a.auditType === 'mandatory' && a.listPublishedOn)
        .map((a) => a.id);
      const steps = await db.stageSteps
        .where('auditId')
        .anyOf(withDeadlines)
        .toArray();
      const optionsByAudit = new Map<string, Option[]>();
      for (const option of live(options)) {
        const list = optionsByAudit.get(option.auditId) ?? [];
        list.push(option);
        optionsByAudit.set(option.auditId, list);
      }
      return {
        audits: liveAudits,
        companies: new Map(companies.map((c) => [c.id, c])),
        optionsByAudit,
        reviews: live(reviews),
        targets: live(targets),
        startedAuditIds: new Set(
          live(steps)
            .filter((step) => step.status !== 'not-started')
            .map((step) => step.auditId),
        ),
      };
    },
  );
}

export type PlanTargetFields = Pick<
  PlanTarget,
  'indicator' | 'fromYear' | 'toYear' | 'target' | 'note'
>;

export async function addPlanTarget(
  ctx: RepoContext,
  fields: PlanTargetFields,
): Promise<PlanTarget> {
  const target = planTargetSchema.parse({ ...newRecordFields(ctx), ...fields });
  const { db } = ctx;
  try {
    return await db.transaction('rw', db.planTargets, db.changes, () =>
      insertRecord(ctx, db.planTargets, target, null),
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

/** Moves a target to the bin; it no longer shows or counts. */
export async function deletePlanTarget(
  ctx: RepoContext,
  id: string,
): Promise<PlanTarget> {
  const { db } = ctx;
  try {
    return await db.transaction('rw', db.planTargets, db.changes, () =>
      reviseRecord(
        ctx,
        db.planTargets,
        id,
        () => ({ deletedAt: ctx.now() }),
        'delete',
        null,
      ),
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

/** Records the day an audit passed acceptance. */
export async function recordAcceptance(
  ctx: RepoContext,
  auditId: string,
  passedOn: string,
): Promise<AuditReview> {
  const review = auditReviewSchema.parse({
    ...newRecordFields(ctx),
    auditId,
    kind: 'acceptance',
    passedOn,
  });
  const { db } = ctx;
  try {
    return await db.transaction('rw', db.auditReviews, db.changes, () =>
      insertRecord(ctx, db.auditReviews, review, auditId),
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

/** The latest recorded acceptance of each audit. */
export function acceptanceByAudit(
  reviews: readonly AuditReview[],
): Map<string, AuditReview> {
  const latest = new Map<string, AuditReview>();
  for (const review of reviews) {
    if (review.kind !== 'acceptance') continue;
    const held = latest.get(review.auditId);
    if (!held || review.passedOn > held.passedOn) {
      latest.set(review.auditId, review);
    }
  }
  return latest;
}
