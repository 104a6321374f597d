import { z } from 'zod';
import { baseRecordSchema, isoDate } from './record';

// Records the statistics page keeps besides the audits themselves (schema
// version 6): the targets of a plan the consultancy or a city works to, and
// the outcome of an audit's evaluation or acceptance.

export const PLAN_INDICATORS = [
  'companiesAudited',
  'companiesAccepted',
  'mandatoryAccepted',
  'voluntaryAccepted',
  'optionsImplemented',
  'energySavedTce',
  'waterSavedT',
  'codReducedT',
] as const;
export type PlanIndicator = (typeof PLAN_INDICATORS)[number];

/**
 * One line of a plan's indicator table, like the provincial plan's
 * "全省开展清洁生产审核的企业（个）… 5000": what is counted, over which years,
 * and the number to reach.
 */
export const planTargetSchema = baseRecordSchema
  .extend({
    indicator: z.enum(PLAN_INDICATORS),
    fromYear: z.number().int().min(2000).max(2100),
    toYear: z.number().int().min(2000).max(2100),
    target: z.number().positive().max(1e12),
    note: z.string().trim().max(200).default(''),
  })
  .refine((row) => row.fromYear <= row.toYear, {
    path: ['toYear'],
    message: 'plan ends before it starts',
  });
export type PlanTarget = z.infer<typeof planTargetSchema>;

export const REVIEW_KINDS = ['evaluation', 'acceptance'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/**
 * A passed evaluation or acceptance of an audit (评估 / 验收), with the date
 * the statistics count it in. The certificate expiry is written only when
 * the certificate states one; otherwise it is the acceptance date plus five
 * years.
 */
export const auditReviewSchema = baseRecordSchema.extend({
  auditId: z.string().min(1).max(64),
  kind: z.enum(REVIEW_KINDS),
  passedOn: isoDate,
  certificateExpiresOn: isoDate.nullable().default(null),
});
export type AuditReview = z.infer<typeof auditReviewSchema>;
