import { auditSummaryOrNull } from '@shared/calc/portfolio';
import type {
  PerformanceSummary,
  PerformanceSummarySettings,
} from '@shared/calc/performance-summary';
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
import type { AuditSummaryCache } from '../summary-stamps';
import { toRepositoryError } from '../errors';
import { insertRecord, newRecordFields, reviseRecord } from './records';

/**
 * The statistics page's reads and its few writes: plan targets, the
 * acceptance date of an audit, and the cache of per-audit summaries.
 *
 * Reading all 15,000 options of 500 audits and summarising them takes
 * seconds, far over the page's 100 ms budget (`npm run bench`), so each
 * audit's summary is cached in auditSummaries. Every write to an audit
 * replaces its row there with a bare stamp, in the same transaction
 * (summary-stamps.ts); the page computes only audits without a summary and
 * keeps a result only if the audit's stamp has not moved meanwhile.
 *
 * Known limits: rows put into the database without Dexie (the bench and
 * end-to-end seeds) leave no stamp, so they are noticed only for audits
 * that have no cached summary yet. The app fills missing summaries in idle
 * time after start-up (fillSummaryCache); a visit before that, right after
 * many audits arrive, computes them all and takes as long as a scan
 * without a cache (seconds for 500 audits).
 */

export type PortfolioAccounting = Omit<
  PerformanceSummarySettings,
  'costClassRules'
>;

/** A summary computed in a read, with the stamp the audit had then. */
export type FreshSummary = {
  auditId: string;
  stamp: string | null;
  accounting: string;
  summary: PerformanceSummary | null;
};

export type PortfolioData = {
  audits: Audit[];
  companies: Map<string, Company>;
  summaries: Map<string, PerformanceSummary | null>;
  /** Summaries computed afresh in this read, for saveSummaries. */
  recomputed: FreshSummary[];
  reviews: AuditReview[];
  targets: PlanTarget[];
  /** Mandatory audits with a list date in which some step has begun. */
  startedAuditIds: Set<string>;
};

const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
  rows.filter((row) => row.deletedAt === null);

/**
 * Raise this when the way an audit's summary is computed changes, so that
 * figures cached by an older build are computed again.
 */
const SUMMARY_FORMAT = 1;

/**
 * What a cached summary was computed with: the format, the electricity
 * basis, and the coefficient set by id and by a hash of its values, so that
 * a corrected factor under the same id also computes the figures again.
 */
function accountingKey(accounting: PortfolioAccounting): string {
  const { coefficientSet, electricityBasis } = accounting;
  const values = fnv1a(JSON.stringify(coefficientSet));
  return `${SUMMARY_FORMAT}|${coefficientSet.id}|${values}|${electricityBasis}`;
}

/** 32-bit FNV-1a over UTF-16 code units, as hex; a fingerprint, not security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export async function loadPortfolio(
  db: AuditDatabase,
  accounting: PortfolioAccounting,
): Promise<PortfolioData> {
  const tables = [
    db.audits,
    db.companies,
    db.options,
    db.auditReviews,
    db.planTargets,
    db.stageSteps,
    db.auditSummaries,
  ];
  return db.transaction('r', tables, async () => {
    const [audits, companies, reviews, targets, cached] = await Promise.all([
      db.audits.toArray(),
      db.companies.toArray(),
      db.auditReviews.toArray(),
      db.planTargets.toArray(),
      db.auditSummaries.toArray(),
    ]);
    const liveAudits = live(audits);
    const { summaries, recomputed } = await summariesOf(
      db,
      liveAudits,
      cached,
      accounting,
    );
    return {
      audits: liveAudits,
      companies: new Map(companies.map((c) => [c.id, c])),
      summaries,
      recomputed,
      reviews: live(reviews),
      targets: live(targets),
      startedAuditIds: await startedAudits(db, liveAudits),
    };
  });
}

async function summariesOf(
  db: AuditDatabase,
  audits: readonly Audit[],
  cached: readonly AuditSummaryCache[],
  accounting: PortfolioAccounting,
) {
  const { held, stale } = splitByCache(audits, cached, accounting);
  const recomputed = await computeSummaries(db, stale, cached, accounting);
  const summaries = new Map(held);
  for (const fresh of recomputed) summaries.set(fresh.auditId, fresh.summary);
  return { summaries, recomputed };
}

/** The audits' cached summaries, and the audits that have none. */
function splitByCache(
  audits: readonly Audit[],
  cached: readonly AuditSummaryCache[],
  accounting: PortfolioAccounting,
) {
  const key = accountingKey(accounting);
  const rows = new Map(cached.map((row) => [row.auditId, row]));
  const held = new Map<string, PerformanceSummary | null>();
  const stale: Audit[] = [];
  for (const audit of audits) {
    const computed = rows.get(audit.id)?.computed;
    if (computed?.accounting === key) held.set(audit.id, computed.summary);
    else stale.push(audit);
  }
  return { held, stale };
}

/** Reads the audits' options and sums them, with the stamps read alongside. */
async function computeSummaries(
  db: AuditDatabase,
  audits: readonly Audit[],
  cached: readonly AuditSummaryCache[],
  accounting: PortfolioAccounting,
): Promise<FreshSummary[]> {
  const key = accountingKey(accounting);
  const stamps = new Map(cached.map((row) => [row.auditId, row.stamp]));
  const options = await db.options
    .where('auditId')
    .anyOf(audits.map((audit) => audit.id))
    .toArray();
  const byAudit = new Map<string, Option[]>();
  for (const option of live(options)) {
    const list = byAudit.get(option.auditId) ?? [];
    list.push(option);
    byAudit.set(option.auditId, list);
  }
  return audits.map((audit) => ({
    auditId: audit.id,
    stamp: stamps.get(audit.id) ?? null,
    accounting: key,
    summary: auditSummaryOrNull(audit, byAudit.get(audit.id) ?? [], accounting),
  }));
}

/**
 * Computes and keeps the summaries of up to `batch` audits that have none,
 * so that the statistics page finds them ready; the app runs this in idle
 * time. Returns how many were kept and how many audits still lack one.
 */
export async function fillSummaryCache(
  db: AuditDatabase,
  accounting: PortfolioAccounting,
  batch: number,
): Promise<{ kept: number; remaining: number }> {
  const { fresh, stale } = await db.transaction(
    'r',
    [db.audits, db.options, db.auditSummaries],
    async () => {
      const [audits, cached] = await Promise.all([
        db.audits.toArray(),
        db.auditSummaries.toArray(),
      ]);
      const { stale } = splitByCache(live(audits), cached, accounting);
      const some = stale.slice(0, batch);
      return {
        fresh: await computeSummaries(db, some, cached, accounting),
        stale: stale.length,
      };
    },
  );
  const kept = await saveSummaries(db, fresh);
  return { kept, remaining: stale - kept };
}

async function startedAudits(
  db: AuditDatabase,
  audits: readonly Audit[],
): Promise<Set<string>> {
  const withDeadlines = audits
    .filter((a) => a.auditType === 'mandatory' && a.listPublishedOn)
    .map((a) => a.id);
  const steps = await db.stageSteps
    .where('auditId')
    .anyOf(withDeadlines)
    .toArray();
  return new Set(
    live(steps)
      .filter((step) => step.status !== 'not-started')
      .map((step) => step.auditId),
  );
}

/**
 * Keeps freshly computed summaries, each only if its audit's stamp is still
 * the one read with its options: an audit written to in the meantime stays
 * without a summary and is computed again on the next read. The cache is
 * derived data that never leaves this machine, so it is not logged in the
 * change log. Returns how many summaries were kept.
 */
export async function saveSummaries(
  db: AuditDatabase,
  fresh: readonly FreshSummary[],
): Promise<number> {
  if (fresh.length === 0) return 0;
  try {
    return await db.transaction('rw', db.auditSummaries, async () => {
      const current = await db.auditSummaries.bulkGet(
        fresh.map((entry) => entry.auditId),
      );
      const kept = fresh
        .filter((entry, i) => (current[i]?.stamp ?? null) === entry.stamp)
        .map(({ auditId, stamp, accounting, summary }): AuditSummaryCache => ({
          auditId,
          stamp,
          computed: { accounting, summary },
        }));
      await db.auditSummaries.bulkPut(kept);
      return kept.length;
    });
  } catch (error) {
    throw toRepositoryError(error);
  }
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
