import { z } from 'zod';
import { isStageCode, type StageCode } from '../reference/stages';
import {
  isStepCode,
  stepByCode,
  stepsForProcedure,
  type StepCode,
} from '../reference/steps';
import type { Procedure } from './audit';
import {
  auditRowSchema,
  LONG_TEXT,
  optionalDate,
  SHORT_TEXT,
  text,
} from './audit-row';

export const stepStatuses = [
  'not-started',
  'in-progress',
  'done',
  'not-applicable',
] as const;
export type StepStatus = (typeof stepStatuses)[number];

// Step and stage codes are the numbers of shared/reference; names are looked
// up from there at display time, so a reworded step name never needs a
// migration.
const stepCode = z.custom<StepCode>(isStepCode, 'not a step code (1–35)');
const stageCode = z.custom<StageCode>(isStageCode, 'not a stage code (1–7)');

/** One step of the audit procedure as this audit tracks it. */
export const stageStepSchema = auditRowSchema
  .extend({
    stepCode,
    stageCode,
    status: z.enum(stepStatuses).default('not-started'),
    plannedStart: optionalDate(),
    plannedEnd: optionalDate(),
    actualStart: optionalDate(),
    actualEnd: optionalDate(),
    responsible: text(SHORT_TEXT),
    notes: text(LONG_TEXT),
  })
  .superRefine((row, ctx) => {
    // The stage is stored next to the step so lists can group without the
    // reference table, which is only safe while the two agree.
    if (stepByCode(row.stepCode)?.stage !== row.stageCode) {
      ctx.addIssue({
        code: 'custom',
        path: ['stageCode'],
        message: 'stage does not match step',
      });
    }
  });
export type StageStep = z.infer<typeof stageStepSchema>;

/** The fields of a fresh step list for an audit following `procedure`. */
export function stageStepTemplate(
  procedure: Procedure,
): { stepCode: StepCode; stageCode: StageCode }[] {
  return stepsForProcedure(procedure).map((step) => ({
    stepCode: step.code,
    stageCode: step.stage,
  }));
}
