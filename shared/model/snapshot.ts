import { z } from 'zod';
import { auditSchema } from './audit';
import { attachmentSchema } from './attachment';
import { AUDIT_ROW_SCHEMAS, AUDIT_ROW_TABLES } from './audit-rows';
import { companySchema } from './company';

/**
 * Everything that belongs to one audit, as plain data: what the demo fixture
 * builds, what the CLI reads, and what filing packages carry as audit.json.
 *
 * The working tables were added without a new format version: each array
 * defaults to empty, so a snapshot written before they existed still reads
 * as an audit whose tables are blank.
 */
export const SNAPSHOT_FORMAT_VERSION = 1;

const rows = <T extends z.ZodType>(schema: T) => z.array(schema).default([]);

const s = AUDIT_ROW_SCHEMAS;

export const auditSnapshotSchema = z
  .object({
    formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
    audit: auditSchema,
    company: companySchema,
    stageSteps: rows(s.stageSteps),
    teamMembers: rows(s.teamMembers),
    workPlanItems: rows(s.workPlanItems),
    trainingEvents: rows(s.trainingEvents),
    products: rows(s.products),
    consumptionItems: rows(s.consumptionItems),
    equipment: rows(s.equipment),
    wasteStreams: rows(s.wasteStreams),
    envFacilities: rows(s.envFacilities),
    indicatorComparisons: rows(s.indicatorComparisons),
    focusFactors: rows(s.focusFactors),
    focusCandidates: rows(s.focusCandidates),
    targets: rows(s.targets),
    unitOperations: rows(s.unitOperations),
    balanceStudies: rows(s.balanceStudies),
    balanceStreams: rows(s.balanceStreams),
    wasteCauses: rows(s.wasteCauses),
    options: rows(s.options),
    feasibilityStudies: rows(s.feasibilityStudies),
    screeningCriteria: rows(s.screeningCriteria),
    implementationTasks: rows(s.implementationTasks),
    indicatorResults: rows(s.indicatorResults),
    improvementPlanItems: rows(s.improvementPlanItems),
    cpSystemItems: rows(s.cpSystemItems),
    // Evidence metadata only: the bytes travel beside audit.json.
    attachments: rows(attachmentSchema),
  })
  .superRefine((snapshot, ctx) => {
    // A row filed under another audit would land in that audit on import.
    for (const table of AUDIT_ROW_TABLES) {
      snapshot[table].forEach((row, index) => {
        if (row.auditId !== snapshot.audit.id) {
          ctx.addIssue({
            code: 'custom',
            path: [table, index, 'auditId'],
            message: 'row belongs to another audit',
          });
        }
      });
    }
    snapshot.attachments.forEach((row, index) => {
      if (row.auditId !== snapshot.audit.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['attachments', index, 'auditId'],
          message: 'row belongs to another audit',
        });
      }
    });
    checkStudiesHaveOptions(snapshot, ctx);
  });
export type AuditSnapshot = z.infer<typeof auditSnapshotSchema>;
/** A snapshot as read from a file: missing tables count as empty. */
export type AuditSnapshotInput = z.input<typeof auditSnapshotSchema>;

// A study must belong to an option of the same snapshot, with one live
// study per option: a dangling or second study would have no place in the
// report. Studies in the bin may be older attempts and do not count.
function checkStudiesHaveOptions(
  snapshot: Pick<AuditSnapshot, 'options' | 'feasibilityStudies'>,
  ctx: z.RefinementCtx,
): void {
  const optionIds = new Set(snapshot.options.map((option) => option.id));
  const studied = new Set<string>();
  snapshot.feasibilityStudies.forEach((study, index) => {
    const live = study.deletedAt === null;
    const problem = !optionIds.has(study.optionId)
      ? 'study of an option not in the snapshot'
      : live && studied.has(study.optionId)
        ? 'second study of the same option'
        : null;
    if (live) studied.add(study.optionId);
    if (problem === null) return;
    ctx.addIssue({
      code: 'custom',
      path: ['feasibilityStudies', index, 'optionId'],
      message: problem,
    });
  });
}
