import type { Transaction } from 'dexie';
import { DEFAULT_COST_CLASS_RULES } from '@shared/calc/cost-class';
import { DEFAULT_AUDIT_ENERGY_ACCOUNTING } from '@shared/model/audit';

/**
 * The database's schema history, append-only. Each entry adds tables or
 * indexes (never removes or renames what a previous version made) and may
 * carry an upgrade that fills new fields for existing rows. Every entry has
 * a migration test that builds the previous version with fixture rows,
 * upgrades and compares.
 *
 * Only indexed fields are listed; records carry more fields than these.
 */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

const ROW_INDEXES = 'id, auditId, [auditId+sortIndex]';

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      audits: 'id, companyId, updatedAt',
      companies: 'id, name, creditCode',
      // The change log: what backups, packages and sync read to know what
      // changed since a point in time.
      changes: 'id, at, [table+recordId], auditId',
    },
  },
  {
    // The working tables of stages 1–3, one per kind of row. Lists are read
    // per audit in the user's order, hence [auditId+sortIndex]; the names are
    // spelled out here, not taken from the model's registry, so this entry
    // never changes when later versions add tables. Nothing to transform.
    version: 2,
    stores: {
      stageSteps: ROW_INDEXES,
      teamMembers: ROW_INDEXES,
      workPlanItems: ROW_INDEXES,
      trainingEvents: ROW_INDEXES,
      products: ROW_INDEXES,
      consumptionItems: ROW_INDEXES,
      equipment: ROW_INDEXES,
      wasteStreams: ROW_INDEXES,
      envFacilities: ROW_INDEXES,
      indicatorComparisons: ROW_INDEXES,
      focusFactors: ROW_INDEXES,
      focusCandidates: ROW_INDEXES,
      targets: ROW_INDEXES,
      unitOperations: ROW_INDEXES,
      balanceStudies: ROW_INDEXES,
      // Streams are shown per balance study.
      balanceStreams: `${ROW_INDEXES}, studyId`,
      wasteCauses: ROW_INDEXES,
    },
  },
  {
    // The option register and the feasibility studies of stages 4–5. The
    // register is filtered by code and by status; a study is looked up by
    // its option. Audits gain their cost-class thresholds: existing ones
    // take the common defaults, as the audit schema does for old records.
    version: 3,
    stores: {
      options: `${ROW_INDEXES}, code, status`,
      feasibilityStudies: `${ROW_INDEXES}, optionId`,
    },
    upgrade: async (tx) => {
      await tx
        .table('audits')
        .toCollection()
        .modify((audit: { costClassRules?: unknown }) => {
          audit.costClassRules ??= { ...DEFAULT_COST_CLASS_RULES };
        });
    },
  },
  {
    // The remaining working tables of stages 4–7: screening criteria, the
    // implementation plan (tasks are looked up by option), before/after
    // unit indicators, the continuous-improvement plan, and the
    // cleaner-production organisation and rules. Nothing to transform.
    version: 4,
    stores: {
      screeningCriteria: ROW_INDEXES,
      implementationTasks: `${ROW_INDEXES}, optionId`,
      indicatorResults: ROW_INDEXES,
      improvementPlanItems: ROW_INDEXES,
      cpSystemItems: ROW_INDEXES,
    },
  },
  {
    // Evidence files and filing packages. Attachments hold their bytes as a
    // Blob and are listed per owner record; the outbox lists an audit's
    // exported packages; merge bases remember, per record ("table:id"), the
    // revision this machine last had in common with a package, which is
    // what lets an import tell "they changed it" from "we changed it".
    version: 5,
    stores: {
      attachments: 'id, auditId, [ownerTable+ownerId]',
      filingPackages: 'id, auditId',
      mergeBases: 'id',
    },
  },
  {
    // The statistics page's own records: plan targets, and the passed
    // evaluations and acceptances of audits (the acceptance date drives
    // certificate expiry), plus a cache of each audit's performance summary
    // keyed by audit. Reviews are looked up per audit; targets are few and
    // read whole. Versions 4 and 5 belong to other features and may be
    // merged in before this one; Dexie accepts the gap. Nothing to transform:
    // an empty cache fills on the first visit to the statistics page.
    version: 6,
    stores: {
      planTargets: 'id',
      auditReviews: 'id, auditId',
      auditSummaries: 'auditId',
    },
  },
  {
    // The report (issue 5): the consultant's text per section, one record
    // per audit and section, and a record of every generated version with
    // the accounting it used and a digest of its data. Versions 4–6 are
    // other tables' and may arrive in any order; nothing to transform.
    version: 7,
    stores: {
      reportSections: 'id, auditId, [auditId+sectionId]',
      reportVersions: 'id, auditId, [auditId+createdAt]',
    },
  },
  {
    // Each audit chooses its energy accounting (the GB/T 2589 edition and
    // the electricity basis). No new table: existing audits take the
    // provincial default they were counted with until now, as the audit
    // schema does for records that lack the field.
    version: 8,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('audits')
        .toCollection()
        .modify((audit: { energyAccounting?: unknown }) => {
          audit.energyAccounting ??= { ...DEFAULT_AUDIT_ENERGY_ACCOUNTING };
        });
    },
  },
];

export const LATEST_SCHEMA_VERSION =
  schemaVersions[schemaVersions.length - 1]?.version ?? 1;
