import type { z } from 'zod';
import type { AuditRow } from './audit-row';
import {
  balanceStreamSchema,
  balanceStudySchema,
  unitOperationSchema,
} from './balance';
import {
  consumptionItemSchema,
  equipmentSchema,
  productSchema,
} from './baseline';
import { wasteCauseSchema } from './causes';
import { envFacilitySchema, wasteStreamSchema } from './emissions';
import { feasibilityStudySchema } from './feasibility';
import { focusCandidateSchema, focusFactorSchema } from './focus';
import {
  cpSystemItemSchema,
  implementationTaskSchema,
  improvementPlanItemSchema,
  indicatorResultSchema,
  screeningCriterionSchema,
} from './implementation';
import { indicatorComparisonSchema } from './indicators';
import { optionSchema } from './option';
import { stageStepSchema } from './stage-step';
import { targetSchema } from './targets';
import {
  teamMemberSchema,
  trainingEventSchema,
  workPlanItemSchema,
} from './team';

/**
 * Every per-audit working table by its storage name, with the schema its
 * rows must satisfy. The generic row repository validates through this map
 * and snapshots carry one array per entry, so a table added here is stored,
 * validated and exported in one place (plus its schema version).
 */
export const AUDIT_ROW_SCHEMAS = {
  stageSteps: stageStepSchema,
  teamMembers: teamMemberSchema,
  workPlanItems: workPlanItemSchema,
  trainingEvents: trainingEventSchema,
  products: productSchema,
  consumptionItems: consumptionItemSchema,
  equipment: equipmentSchema,
  wasteStreams: wasteStreamSchema,
  envFacilities: envFacilitySchema,
  indicatorComparisons: indicatorComparisonSchema,
  focusFactors: focusFactorSchema,
  focusCandidates: focusCandidateSchema,
  targets: targetSchema,
  unitOperations: unitOperationSchema,
  balanceStudies: balanceStudySchema,
  balanceStreams: balanceStreamSchema,
  wasteCauses: wasteCauseSchema,
  options: optionSchema,
  feasibilityStudies: feasibilityStudySchema,
  screeningCriteria: screeningCriterionSchema,
  implementationTasks: implementationTaskSchema,
  indicatorResults: indicatorResultSchema,
  improvementPlanItems: improvementPlanItemSchema,
  cpSystemItems: cpSystemItemSchema,
} as const;

type Schemas = typeof AUDIT_ROW_SCHEMAS;

export type AuditRowTable = keyof Schemas;

export const AUDIT_ROW_TABLES = Object.keys(
  AUDIT_ROW_SCHEMAS,
) as readonly AuditRowTable[];

export function isAuditRowTable(value: unknown): value is AuditRowTable {
  return typeof value === 'string' && Object.hasOwn(AUDIT_ROW_SCHEMAS, value);
}

/** A stored row of `K`. */
export type AuditRowOf<K extends AuditRowTable> = z.output<Schemas[K]>;

/** Fields the repository sets: identity, times, owner and position. */
export type ManagedRowField = keyof AuditRow;

/** What a caller gives to add a row: any field left out takes its default. */
export type AuditRowInput<K extends AuditRowTable> = Omit<
  z.input<Schemas[K]>,
  ManagedRowField
>;

/** What a caller may change on an existing row. */
export type AuditRowPatch<K extends AuditRowTable> = Partial<
  Omit<AuditRowOf<K>, ManagedRowField>
>;
