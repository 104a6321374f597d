import type { CostClassRules, CostGroup } from '@shared/calc/cost-class';
import {
  codeNumberIn,
  nextOptionCode,
  optionCode,
  sequentialCodes,
} from '@shared/calc/option-codes';
import { canTransition, type OptionStatus } from '@shared/calc/option-status';
import type { AuditRowInput } from '@shared/model/audit-rows';
import type {
  FeasibilityConclusion,
  FeasibilityStudy,
} from '@shared/model/feasibility';
import { optionCostGroup, type Option } from '@shared/model/option';
import type { RepoContext } from '../context';
import { RepositoryError, toRepositoryError } from '../errors';
import {
  AuditRowInvalidError,
  insertRows,
  listRows,
  reviseRow,
  rowTable,
} from './audit-rows';

/**
 * The writes that carry the option register's own rules, on top of the
 * generic row repository: codes per cost group, the status workflow of
 * shared/calc/option-status.ts, and one feasibility study per mid/high-cost
 * option. Plain field edits, moves and the bin go through audit-rows.ts.
 */

export const OPTION_RULE_CODES = [
  'status-transition-refused',
  'feasibility-study-exists',
  'feasibility-study-not-mid-high',
] as const;
export type OptionRuleCode = (typeof OPTION_RULE_CODES)[number];

/**
 * A write the register's rules do not allow; nothing was written.
 * `optionIds` names the options concerned, so a list can mark them.
 *
 * Like AuditRowInvalidError this is not a RepositoryError; errorCodeOf in
 * renderer/i18n/errors.ts gives its code a sentence of its own.
 */
export class OptionRuleError extends Error {
  constructor(
    readonly code: OptionRuleCode,
    readonly optionIds: readonly string[],
  ) {
    super(`${code}: ${optionIds.join(', ')}`);
    this.name = 'OptionRuleError';
  }
}

export type OptionInput = Omit<AuditRowInput<'options'>, 'code'>;
export type FeasibilityStudyInput = Omit<
  AuditRowInput<'feasibilityStudies'>,
  'optionId'
>;

async function inTransaction<T>(
  ctx: RepoContext,
  work: () => Promise<T>,
): Promise<T> {
  const { db } = ctx;
  const scope = [db.options, db.feasibilityStudies, db.audits, db.changes];
  try {
    return await db.transaction('rw', scope, async () => work());
  } catch (error) {
    if (error instanceof OptionRuleError) throw error;
    if (error instanceof AuditRowInvalidError) throw error;
    throw toRepositoryError(error);
  }
}

async function rulesOf(
  ctx: RepoContext,
  auditId: string,
): Promise<CostClassRules> {
  const audit = await ctx.db.audits.get(auditId);
  if (!audit || audit.deletedAt !== null) {
    throw new RepositoryError('not-found');
  }
  return audit.costClassRules;
}

async function liveOption(ctx: RepoContext, id: string): Promise<Option> {
  const option = await ctx.db.options.get(id);
  if (!option || option.deletedAt !== null) {
    throw new RepositoryError('not-found');
  }
  return option;
}

/**
 * Adds an option after the audit's last one, coded next in its group's
 * series (F… for no/low-cost, Z… for mid/high-cost) under the audit's
 * thresholds. Options in the bin keep their codes reserved.
 */
export function addOption(
  ctx: RepoContext,
  auditId: string,
  fields: OptionInput,
): Promise<Option> {
  return inTransaction(ctx, async () => {
    const group = optionCostGroup(fields, await rulesOf(ctx, auditId));
    const all = await ctx.db.options.where('auditId').equals(auditId).toArray();
    const code = nextOptionCode(
      group,
      all.map((option) => option.code),
    );
    const [option] = await insertRows(ctx, 'options', auditId, [
      { ...fields, code },
    ]);
    return option as Option;
  });
}

/**
 * Adds several options in one transaction, each coded as addOption would,
 * in the order given: a paste of twenty rows from Excel, or an imported
 * sheet of two thousand, lands whole or not at all. The register is read
 * once, so the time grows with the number of options, not its square.
 */
export function addOptions(
  ctx: RepoContext,
  auditId: string,
  inputs: readonly OptionInput[],
): Promise<Option[]> {
  return inTransaction(ctx, async () => {
    const rules = await rulesOf(ctx, auditId);
    const all = await ctx.db.options.where('auditId').equals(auditId).toArray();
    const existing = all.map((option) => option.code);
    const nextNumber = new Map<CostGroup, number>();
    const coded = inputs.map((fields) => {
      const group = optionCostGroup(fields, rules);
      const number =
        nextNumber.get(group) ??
        codeNumberIn(nextOptionCode(group, existing), group) ??
        1;
      nextNumber.set(group, number + 1);
      return { ...fields, code: optionCode(group, number) };
    });
    return (await insertRows(ctx, 'options', auditId, coded)) as Option[];
  });
}

/**
 * Gives the audit's options fresh codes, 1, 2, 3 … per group in the
 * register's order, for when classes have changed since the codes were
 * given. Options in the bin continue each series after the live ones, so
 * restoring one never duplicates a code. Only options whose code changes
 * are written. Returns the live options in order.
 */
export function renumberOptions(
  ctx: RepoContext,
  auditId: string,
): Promise<Option[]> {
  return inTransaction(ctx, async () => {
    const rules = await rulesOf(ctx, auditId);
    const all = await ctx.db.options.where('auditId').equals(auditId).toArray();
    const ordered = all.sort(
      (a, b) =>
        Number(a.deletedAt !== null) - Number(b.deletedAt !== null) ||
        a.sortIndex - b.sortIndex,
    );
    const codes = sequentialCodes(
      ordered.map((option) => optionCostGroup(option, rules)),
    );
    for (const [index, option] of ordered.entries()) {
      const code = codes[index];
      if (code === undefined || code === option.code) continue;
      await reviseRow(ctx, 'options', option, { code }, 'update');
    }
    return listRows(ctx, 'options', auditId);
  });
}

/**
 * Moves one option to `to` when the workflow allows it for the option's
 * cost group; refuses with 'status-transition-refused' otherwise. An
 * option already at `to` is returned unchanged.
 */
export async function changeStatus(
  ctx: RepoContext,
  id: string,
  to: OptionStatus,
): Promise<Option> {
  const [option] = await bulkChangeStatus(ctx, [id], to);
  return option as Option;
}

/**
 * Moves several options to `to` in one transaction: every move is checked
 * first, and when any is refused none is written and the error names all
 * the refused options. Options already at `to` stay as they are; an id
 * given twice counts once.
 */
export function bulkChangeStatus(
  ctx: RepoContext,
  ids: readonly string[],
  to: OptionStatus,
): Promise<Option[]> {
  return inTransaction(ctx, async () => {
    const unique = [...new Set(ids)];
    const options = await Promise.all(unique.map((id) => liveOption(ctx, id)));
    const rulesByAudit = new Map<string, CostClassRules>();
    const refused: string[] = [];
    for (const option of options) {
      if (option.status === to) continue;
      let rules = rulesByAudit.get(option.auditId);
      if (rules === undefined) {
        rules = await rulesOf(ctx, option.auditId);
        rulesByAudit.set(option.auditId, rules);
      }
      const group = optionCostGroup(option, rules);
      if (!canTransition(option.status, to, group)) refused.push(option.id);
    }
    if (refused.length > 0) {
      throw new OptionRuleError('status-transition-refused', refused);
    }

    const written: Option[] = [];
    for (const option of options) {
      written.push(
        option.status === to
          ? option
          : await reviseRow(ctx, 'options', option, { status: to }, 'update'),
      );
    }
    return written;
  });
}

/**
 * Starts the feasibility study of a live mid/high-cost option. Refuses a
 * no/low-cost option ('feasibility-study-not-mid-high') and an option that
 * already has a live study ('feasibility-study-exists'). An option found
 * feasible at screening moves on to 可行性分析中 in the same transaction;
 * an option in any other state keeps it (a study may be drafted early).
 *
 * restoreRow in audit-rows.ts does not know this rule: restoring a binned
 * study next to a live one gives the option two. Until study restores go
 * through this module, the UI should offer to restore only when the option
 * has no live study.
 */
export function addFeasibilityStudy(
  ctx: RepoContext,
  optionId: string,
  fields: FeasibilityStudyInput = {},
): Promise<FeasibilityStudy> {
  return inTransaction(ctx, async () => {
    const option = await liveOption(ctx, optionId);
    const rules = await rulesOf(ctx, option.auditId);
    if (optionCostGroup(option, rules) !== 'midHigh') {
      throw new OptionRuleError('feasibility-study-not-mid-high', [optionId]);
    }
    const studies = await rowTable(ctx.db, 'feasibilityStudies')
      .where('optionId')
      .equals(optionId)
      .toArray();
    if (studies.some((study) => study.deletedAt === null)) {
      throw new OptionRuleError('feasibility-study-exists', [optionId]);
    }
    const [study] = await insertRows(
      ctx,
      'feasibilityStudies',
      option.auditId,
      [{ ...fields, optionId }],
    );
    if (option.status === 'feasible') {
      await reviseRow(
        ctx,
        'options',
        option,
        { status: 'feasibility_study' },
        'update',
      );
    }
    return study as FeasibilityStudy;
  });
}

/**
 * Writes a study's conclusion with its reason, and lets the option follow:
 * an option in 可行性分析中 becomes 推荐实施 or 不推荐 as concluded, and one
 * of those two returns to 可行性分析中 when the conclusion is cleared, and
 * passes through it when the conclusion turns over.
 * Options further on (planned, implemented …) keep their status; changing
 * the conclusion of an implemented option is a matter for its page.
 */
export function concludeFeasibilityStudy(
  ctx: RepoContext,
  studyId: string,
  conclusion: FeasibilityConclusion | null,
  reason: string,
): Promise<FeasibilityStudy> {
  return inTransaction(ctx, async () => {
    const study = await ctx.db.feasibilityStudies.get(studyId);
    if (!study || study.deletedAt !== null) {
      throw new RepositoryError('not-found');
    }
    const option = await liveOption(ctx, study.optionId);
    const written = await reviseRow(
      ctx,
      'feasibilityStudies',
      study,
      { conclusion, conclusionReason: reason },
      'update',
    );
    const atOutcome = FEASIBILITY_OUTCOMES.includes(option.status);
    if (!atOutcome && option.status !== 'feasibility_study') return written;
    // Back to 可行性分析中 first, so that a changed mind is two recorded
    // steps of the workflow rather than a jump between its outcomes.
    let current = option;
    if (atOutcome && conclusion !== option.status) {
      current = await reviseRow(
        ctx,
        'options',
        current,
        { status: 'feasibility_study' },
        'update',
      );
    }
    if (conclusion !== null && current.status !== conclusion) {
      await reviseRow(
        ctx,
        'options',
        current,
        { status: conclusion },
        'update',
      );
    }
    return written;
  });
}

// The option statuses a study's conclusion stands for.
const FEASIBILITY_OUTCOMES: readonly OptionStatus[] = [
  'recommended',
  'not_recommended',
];
