import { z } from 'zod';
import {
  BALANCE_CATEGORIES,
  BALANCE_DIRECTIONS,
  balanceWarning,
  computeBalance,
  type BalanceResult,
} from '../calc/balance';
import {
  auditRowSchema,
  LONG_TEXT,
  optionalAmount,
  optionalCount,
  SHORT_TEXT,
  text,
} from './audit-row';

// Stage 3 (评估): the detailed flow of the audit focus and the balances
// built on measurements over it (steps 11–13, domain.md §3.3).

/** A row of 单元操作功能说明表. */
export const unitOperationSchema = auditRowSchema.extend({
  name: text(SHORT_TEXT),
  function: text(LONG_TEXT),
  inputs: text(LONG_TEXT),
  outputs: text(LONG_TEXT),
});
export type UnitOperation = z.infer<typeof unitOperationSchema>;

export const balanceTypes = ['material', 'water', 'energy', 'element'] as const;
export type BalanceType = (typeof balanceTypes)[number];

export const balanceBases = ['measured', 'estimated'] as const;
export type BalanceBasis = (typeof balanceBases)[number];

/** One balance over one boundary and period; its streams point at it. */
export const balanceStudySchema = auditRowSchema.extend({
  type: z.enum(balanceTypes).default('material'),
  name: text(SHORT_TEXT),
  boundary: text(LONG_TEXT),
  period: text(SHORT_TEXT),
  // Normal production cycles measured; three is the usual practice.
  cyclesMeasured: optionalCount(),
  // |error| above this is flagged; 5 % is common practice (§11.8).
  tolerancePercent: z.number().positive().max(100).default(5),
});
export type BalanceStudy = z.infer<typeof balanceStudySchema>;

/** One stream of a balance table, in or out of the study's boundary. */
export const balanceStreamSchema = auditRowSchema.extend({
  studyId: z.string().min(1).max(64),
  name: text(SHORT_TEXT),
  direction: z.enum(BALANCE_DIRECTIONS).default('in'),
  category: z.enum(BALANCE_CATEGORIES).default('input'),
  // The substance an element or pollutant balance follows (Cu, COD …).
  component: text(40),
  quantity: optionalAmount(),
  unit: text(20),
  basis: z.enum(balanceBases).default('measured'),
  source: text(LONG_TEXT),
});
export type BalanceStream = z.infer<typeof balanceStreamSchema>;

export interface StudyBalance {
  readonly result: BalanceResult;
  /** Streams of the study left without a quantity, and so not summed. */
  readonly unfilledStreamIds: readonly string[];
  /** Whether |error| exceeds the study's tolerance; null if not computable. */
  readonly exceedsTolerance: boolean | null;
}

/** Totals and error of one study, from the live streams that belong to it. */
export function studyBalance(
  study: BalanceStudy,
  streams: readonly BalanceStream[],
): StudyBalance {
  const own = streams.filter(
    (s) => s.studyId === study.id && s.deletedAt === null,
  );
  const filled = own.flatMap((s) =>
    s.quantity === null
      ? []
      : [{ ...s, quantity: s.quantity, unit: s.unit.trim() }],
  );
  const result = computeBalance(filled);
  const error = result.ok ? result.value.errorFraction : null;
  return {
    result,
    unfilledStreamIds: own.filter((s) => s.quantity === null).map((s) => s.id),
    exceedsTolerance:
      error === null
        ? null
        : balanceWarning(error, study.tolerancePercent / 100),
  };
}
