import { z } from 'zod';
import { baseRecordSchema, isoDate } from './record';

/**
 * The fields every working-table row carries: the audit it belongs to and
 * its place in the user's ordering. `sortIndex` is a plain number rather than
 * a position so that moving one row rewrites one record (see moveRow), which
 * keeps the change log and later sync merges small.
 */
export const auditRowSchema = baseRecordSchema.extend({
  auditId: z.string().min(1).max(64),
  sortIndex: z.number(),
});
export type AuditRow = z.infer<typeof auditRowSchema>;

// Consultants fill the working tables cell by cell, in any order, so every
// field has a blank default: a new row is valid before anything is typed,
// and an older snapshot missing a field added later still parses.

/** Free text of at most `max` characters; blank by default. */
export const text = (max: number) => z.string().trim().max(max).default('');

/** A number a consultant may leave empty (null). */
export const optionalNumber = () => z.number().nullable().default(null);

/** A non-negative number a consultant may leave empty (null). */
export const optionalAmount = () => z.number().min(0).nullable().default(null);

export const optionalCount = () =>
  z.number().int().min(0).nullable().default(null);

export const optionalYear = () =>
  z.number().int().min(1900).max(2100).nullable().default(null);

export const optionalDate = () => isoDate.nullable().default(null);

export const optionalPercent = () =>
  z.number().min(0).max(100).nullable().default(null);

/**
 * A value per calendar year, keyed by the four-digit year ("2023"). The
 * pre-assessment tables show three history years (近三年); keying by year
 * instead of by position keeps the numbers right when the base year moves.
 */
export const yearlyValues = () =>
  z
    .record(z.string().regex(/^\d{4}$/), z.number().min(0).nullable())
    .default({});
export type YearlyValues = z.infer<ReturnType<typeof yearlyValues>>;

/** Text for longer cells: duties, descriptions, notes. */
export const LONG_TEXT = 2000;
/** Text for names, units and short labels. */
export const SHORT_TEXT = 120;
