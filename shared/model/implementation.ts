import { z } from 'zod';
import {
  auditRowSchema,
  LONG_TEXT,
  optionalAmount,
  optionalDate,
  optionalNumber,
  SHORT_TEXT,
  text,
} from './audit-row';

// The working tables of stages 4 to 7 that are not options themselves: the
// criteria of the weighted screening (step 19), the implementation plan
// (step 29), the before/after unit indicators (step 31), and the
// continuous-improvement plan and cleaner-production organisation and rules
// of stage 7 (steps 33 to 35).

/**
 * A criterion of the weighted screening of mid/high-cost options, with its
 * weight W. Options keep their scores R under the criterion's record id in
 * `screening.weightedScores`, as focus candidates do for focus factors.
 */
export const screeningCriterionSchema = auditRowSchema.extend({
  name: text(SHORT_TEXT),
  weight: z.number().min(0).default(1),
  // The DEFAULT_SCREENING_CRITERIA preset the row was made from, if any.
  presetKey: z.string().min(1).max(40).nullable().default(null),
});
export type ScreeningCriterion = z.infer<typeof screeningCriterionSchema>;

export const FUNDING_SOURCES = [
  'own',
  'loan',
  'subsidy',
  'mixed',
  'other',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** A row of the implementation plan (方案实施计划, step 29). */
export const implementationTaskSchema = auditRowSchema.extend({
  // The option the task carries out; empty for a task of its own, such as
  // commissioning a monitoring station for several options.
  optionId: z.string().min(1).max(64).nullable().default(null),
  task: text(LONG_TEXT),
  plannedStart: optionalDate(),
  plannedEnd: optionalDate(),
  responsible: text(SHORT_TEXT),
  budgetWanYuan: optionalAmount(),
  fundingSource: z.enum(FUNDING_SOURCES).nullable().default(null),
  notes: text(LONG_TEXT),
});
export type ImplementationTask = z.infer<typeof implementationTaskSchema>;

/**
 * A unit indicator before and after the options (实施前后对比, step 31):
 * consumption or discharge per unit of product, measured over comparable
 * periods. Whether a drop is good depends on the indicator, so the table
 * shows the change and leaves the judgement to its reader.
 */
export const indicatorResultSchema = auditRowSchema.extend({
  indicator: text(200),
  unit: text(30),
  beforeValue: optionalNumber(),
  afterValue: optionalNumber(),
  notes: text(LONG_TEXT),
});
export type IndicatorResult = z.infer<typeof indicatorResultSchema>;

/** A row of the continuous cleaner-production plan (持续清洁生产计划, step 35). */
export const improvementPlanItemSchema = auditRowSchema.extend({
  item: text(SHORT_TEXT),
  content: text(LONG_TEXT),
  goal: text(LONG_TEXT),
  plannedDate: optionalDate(),
  responsible: text(SHORT_TEXT),
  notes: text(LONG_TEXT),
});
export type ImprovementPlanItem = z.infer<typeof improvementPlanItemSchema>;

export const CP_SYSTEM_KINDS = ['organisation', 'rule', 'incentive'] as const;
export type CpSystemKind = (typeof CP_SYSTEM_KINDS)[number];

/**
 * The standing cleaner-production organisation and its rules (steps 33 and
 * 34): who keeps cleaner production going after the audit, and the rules and
 * incentives written into the company's management system.
 */
export const cpSystemItemSchema = auditRowSchema.extend({
  kind: z.enum(CP_SYSTEM_KINDS).default('organisation'),
  title: text(SHORT_TEXT),
  content: text(LONG_TEXT),
  owner: text(SHORT_TEXT),
  adoptedOn: optionalDate(),
});
export type CpSystemItem = z.infer<typeof cpSystemItemSchema>;
