import { z } from 'zod';
import { DELIVERABLE_LABELS } from '../reference/deliverables';
import { stageName, type StageCode } from '../reference/stages';
import { stepsForProcedure, type Step } from '../reference/steps';
import type { Procedure } from './audit';
import {
  auditRowSchema,
  LONG_TEXT,
  optionalCount,
  optionalDate,
  SHORT_TEXT,
  text,
} from './audit-row';

// Stage 1 (筹划和组织): who audits, on what schedule, and how the staff were
// told about it.

// Many companies split the team into a leadership group (领导小组) that
// decides and a working group (工作小组) that does the work; WS 1-1 is then
// printed as two tables.
export const teamGroups = ['leadership', 'working'] as const;
export type TeamGroup = (typeof teamGroups)[number];

/** A row of WS 1-1 审核小组成员表. */
export const teamMemberSchema = auditRowSchema.extend({
  group: z.enum(teamGroups).default('working'),
  name: text(60),
  teamRole: text(40),
  departmentAndPost: text(SHORT_TEXT),
  title: text(60),
  discipline: text(60),
  duties: text(LONG_TEXT),
  // Written as the worksheet asks (e.g. "全程", "每周 2 天"), not as hours.
  plannedTime: text(60),
  phone: text(40),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

/**
 * A row of WS 1-2 审核工作计划表. The rows are stages plus the interim and
 * final reports, so the label is free text rather than a stage code.
 */
export const workPlanItemSchema = auditRowSchema.extend({
  stageLabel: text(60),
  tasks: text(LONG_TEXT),
  deadline: optionalDate(),
  responsible: text(SHORT_TEXT),
  checker: text(SHORT_TEXT),
  output: text(LONG_TEXT),
});
export type WorkPlanItem = z.infer<typeof workPlanItemSchema>;

/** One awareness or training session (step 4, 开展宣传教育). */
export const trainingEventSchema = auditRowSchema.extend({
  date: optionalDate(),
  topic: text(200),
  audience: text(200),
  headcount: optionalCount(),
  trainer: text(SHORT_TEXT),
  notes: text(LONG_TEXT),
});
export type TrainingEvent = z.infer<typeof trainingEventSchema>;

// WS 1-2 has a row per stage with the interim report (step 22) after stage 4
// and the final report (step 35) last: nine rows (domain.md §1.1).
const INTERIM_REPORT_STEP = 22;
const FINAL_REPORT_STEP = 35;
const REPORT_STEPS: readonly number[] = [
  INTERIM_REPORT_STEP,
  FINAL_REPORT_STEP,
];

export type WorkPlanTemplateRow = Pick<
  WorkPlanItem,
  'stageLabel' | 'tasks' | 'output'
>;

function planRow(label: string, steps: readonly Step[]): WorkPlanTemplateRow {
  const deliverables = [...new Set(steps.flatMap((s) => s.deliverables))];
  return {
    stageLabel: label,
    tasks: steps.map((step) => step.name.zh).join('；'),
    output: deliverables.map((key) => DELIVERABLE_LABELS[key].zh).join('、'),
  };
}

/**
 * The nine rows of WS 1-2 for an audit following `procedure`, with the
 * stage's steps as tasks and their deliverables as output. The worksheet is
 * filed in Chinese whatever the UI language, so the text is the Chinese of
 * the reference data. A row whose steps the procedure leaves out (the
 * interim report in the simplified one) stays, with its cells blank.
 */
export function workPlanTemplate(procedure: Procedure): WorkPlanTemplateRow[] {
  const steps = stepsForProcedure(procedure);
  const stage = (code: StageCode) =>
    planRow(
      stageName(code, 'classic').zh,
      steps.filter((s) => s.stage === code && !REPORT_STEPS.includes(s.code)),
    );
  const report = (code: number, label: string) =>
    planRow(
      label,
      steps.filter((s) => s.code === code),
    );
  return [
    stage(1),
    stage(2),
    stage(3),
    stage(4),
    report(INTERIM_REPORT_STEP, DELIVERABLE_LABELS.interimReport.zh),
    stage(5),
    stage(6),
    stage(7),
    report(FINAL_REPORT_STEP, DELIVERABLE_LABELS.report.zh),
  ];
}
