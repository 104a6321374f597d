import Dexie, { type Table } from 'dexie';
import type { Attachment } from '@shared/model/attachment';
import type { Audit } from '@shared/model/audit';
import type { FilingPackage } from '@shared/model/filing';
import type {
  BalanceStream,
  BalanceStudy,
  UnitOperation,
} from '@shared/model/balance';
import type {
  ConsumptionItem,
  Equipment,
  Product,
} from '@shared/model/baseline';
import type { WasteCause } from '@shared/model/causes';
import type { Company } from '@shared/model/company';
import type { EnvFacility, WasteStream } from '@shared/model/emissions';
import type { FeasibilityStudy } from '@shared/model/feasibility';
import type { FocusCandidate, FocusFactor } from '@shared/model/focus';
import type {
  CpSystemItem,
  ImplementationTask,
  ImprovementPlanItem,
  IndicatorResult,
  ScreeningCriterion,
} from '@shared/model/implementation';
import type { IndicatorComparison } from '@shared/model/indicators';
import type { Option } from '@shared/model/option';
import type { AuditReview, PlanTarget } from '@shared/model/portfolio';
import type { ReportSectionText, ReportVersion } from '@shared/model/report';
import type { StageStep } from '@shared/model/stage-step';
import type { Target } from '@shared/model/targets';
import type {
  TeamMember,
  TrainingEvent,
  WorkPlanItem,
} from '@shared/model/team';
import { summaryStamps, type AuditSummaryCache } from './summary-stamps';
import { schemaVersions, type SchemaVersion } from './versions';

export const DB_NAME = 'cp-audit-workbench';

export type ChangeOp = 'create' | 'update' | 'delete' | 'restore';

export type ChangeEntry = {
  id: string;
  table: string;
  recordId: string;
  auditId: string | null;
  revision: number;
  op: ChangeOp;
  at: string;
};

/** A stored attachment: its metadata and its bytes. */
export type StoredAttachment = Attachment & { blob: Blob };

/** The revision a record last had in common with a package; id "table:recordId". */
export type MergeBase = { id: string; revision: number };

export class AuditDatabase extends Dexie {
  audits!: Table<Audit, string>;
  companies!: Table<Company, string>;
  changes!: Table<ChangeEntry, string>;
  // Working tables of stages 1–3 (schema version 2); written only through
  // repositories/audit-rows.ts.
  stageSteps!: Table<StageStep, string>;
  teamMembers!: Table<TeamMember, string>;
  workPlanItems!: Table<WorkPlanItem, string>;
  trainingEvents!: Table<TrainingEvent, string>;
  products!: Table<Product, string>;
  consumptionItems!: Table<ConsumptionItem, string>;
  equipment!: Table<Equipment, string>;
  wasteStreams!: Table<WasteStream, string>;
  envFacilities!: Table<EnvFacility, string>;
  indicatorComparisons!: Table<IndicatorComparison, string>;
  focusFactors!: Table<FocusFactor, string>;
  focusCandidates!: Table<FocusCandidate, string>;
  targets!: Table<Target, string>;
  unitOperations!: Table<UnitOperation, string>;
  balanceStudies!: Table<BalanceStudy, string>;
  balanceStreams!: Table<BalanceStream, string>;
  wasteCauses!: Table<WasteCause, string>;
  // The option register and feasibility studies (schema version 3);
  // written through repositories/options.ts and audit-rows.ts.
  options!: Table<Option, string>;
  feasibilityStudies!: Table<FeasibilityStudy, string>;
  // The other working tables of stages 4–7 (schema version 4).
  screeningCriteria!: Table<ScreeningCriterion, string>;
  implementationTasks!: Table<ImplementationTask, string>;
  indicatorResults!: Table<IndicatorResult, string>;
  improvementPlanItems!: Table<ImprovementPlanItem, string>;
  cpSystemItems!: Table<CpSystemItem, string>;
  // Plan targets, audit reviews and the per-audit summary cache of the
  // statistics page (schema version 6); written through
  // repositories/portfolio.ts.
  planTargets!: Table<PlanTarget, string>;
  auditReviews!: Table<AuditReview, string>;
  auditSummaries!: Table<AuditSummaryCache, string>;
  // The report's section texts and generated versions (schema version 7);
  // written through repositories/report.ts.
  reportSections!: Table<ReportSectionText, string>;
  reportVersions!: Table<ReportVersion, string>;
  // Evidence, the filing outbox and merge bases (schema version 5); written
  // through repositories/attachments.ts, filing.ts and packages.ts.
  attachments!: Table<StoredAttachment, string>;
  filingPackages!: Table<FilingPackage, string>;
  mergeBases!: Table<MergeBase, string>;

  constructor(
    name: string = DB_NAME,
    versions: SchemaVersion[] = schemaVersions,
  ) {
    super(name);
    for (const entry of versions) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
    this.use(summaryStamps);
  }
}

let shared: AuditDatabase | null = null;

export function database(): AuditDatabase {
  shared ??= new AuditDatabase();
  return shared;
}
