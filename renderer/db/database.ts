import Dexie, { type Table } from 'dexie';
import type { Audit } from '@shared/model/audit';
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
import type { StageStep } from '@shared/model/stage-step';
import type { Target } from '@shared/model/targets';
import type {
  TeamMember,
  TrainingEvent,
  WorkPlanItem,
} from '@shared/model/team';
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

  constructor(
    name: string = DB_NAME,
    versions: SchemaVersion[] = schemaVersions,
  ) {
    super(name);
    for (const entry of versions) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }
}

let shared: AuditDatabase | null = null;

export function database(): AuditDatabase {
  shared ??= new AuditDatabase();
  return shared;
}
