import type { Procedure } from '@shared/model/audit';
import type {
  AuditRowInput,
  AuditRowOf,
  AuditRowTable,
} from '@shared/model/audit-rows';
import { DEFAULT_FOCUS_FACTORS } from '@shared/calc/weighted-sum';
import type { FocusCandidate, FocusFactor } from '@shared/model/focus';
import type { StageStep } from '@shared/model/stage-step';
import { stageStepTemplate } from '@shared/model/stage-step';
import { workPlanTemplate, type WorkPlanItem } from '@shared/model/team';
import type { RepoContext } from '../context';
import { RepositoryError } from '../errors';
import { insertRows, listRows, reviseRow, writeRows } from './audit-rows';

/**
 * Starting content for a new audit's working tables, and the one write that
 * spans rows (choosing the focus). A seed fills a table only while the audit
 * has no live rows in it, so running it twice, or after the consultant has
 * started typing, adds nothing; it returns the rows it made.
 */
async function seedOnce<K extends AuditRowTable>(
  ctx: RepoContext,
  table: K,
  auditId: string,
  rows: () => Promise<readonly AuditRowInput<K>[]>,
): Promise<AuditRowOf<K>[]> {
  return writeRows(ctx, [table], async () => {
    if ((await listRows(ctx, table, auditId)).length > 0) return [];
    return insertRows(ctx, table, auditId, await rows());
  });
}

/** One step row per step of the procedure (35 for the full one). */
export function seedStageSteps(
  ctx: RepoContext,
  auditId: string,
  procedure: Procedure,
): Promise<StageStep[]> {
  return seedOnce(ctx, 'stageSteps', auditId, async () =>
    stageStepTemplate(procedure),
  );
}

/** The nine rows of WS 1-2, with tasks and outputs from the procedure. */
export function seedWorkPlan(
  ctx: RepoContext,
  auditId: string,
): Promise<WorkPlanItem[]> {
  return seedOnce(ctx, 'workPlanItems', auditId, async () => {
    const audit = await ctx.db.audits.get(auditId);
    if (!audit) throw new RepositoryError('not-found');
    return workPlanTemplate(audit.procedure);
  });
}

/** The manual's focus factors with their default weights. */
export function seedFocusFactors(
  ctx: RepoContext,
  auditId: string,
): Promise<FocusFactor[]> {
  return seedOnce(ctx, 'focusFactors', auditId, async () =>
    DEFAULT_FOCUS_FACTORS.map((preset) => ({
      name: preset.labelZh,
      weight: preset.weight,
      presetKey: preset.key,
    })),
  );
}

/**
 * Marks one candidate as the audit focus and clears the mark on every other
 * candidate of the audit, in one transaction; null clears them all. Only
 * rows whose mark changes are written.
 */
export function chooseFocus(
  ctx: RepoContext,
  auditId: string,
  candidateId: string | null,
): Promise<FocusCandidate[]> {
  return writeRows(ctx, ['focusCandidates'], async () => {
    const candidates = await listRows(ctx, 'focusCandidates', auditId);
    if (
      candidateId !== null &&
      !candidates.some((candidate) => candidate.id === candidateId)
    ) {
      throw new RepositoryError('not-found');
    }
    const result: FocusCandidate[] = [];
    for (const candidate of candidates) {
      const chosen = candidate.id === candidateId;
      result.push(
        candidate.chosen === chosen
          ? candidate
          : await reviseRow(
              ctx,
              'focusCandidates',
              candidate,
              { chosen },
              'update',
            ),
      );
    }
    return result;
  });
}
