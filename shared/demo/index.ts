import type { AuditRowOf, AuditRowTable } from '../model/audit-rows';
import { demoFeasibilityStudies } from './feasibility';
import { demoOptions } from './options';
import {
  demoStageSteps,
  demoTeamMembers,
  demoTrainingEvents,
  demoWorkPlanItems,
} from './stage1';
import {
  demoConsumptionItems,
  demoEnvFacilities,
  demoEquipment,
  demoProducts,
  demoWasteStreams,
} from './stage2';
import {
  demoFocusCandidates,
  demoFocusFactors,
  demoIndicatorComparisons,
  demoTargets,
} from './stage2-focus';
import {
  demoBalanceStreams,
  demoBalanceStudies,
  demoUnitOperations,
  demoWasteCauses,
} from './stage3';
import {
  demoCpSystemItems,
  demoImplementationTasks,
  demoImprovementPlanItems,
  demoIndicatorResults,
  demoScreeningCriteria,
} from './stage4-7';

export type DemoWorkingTables = {
  [K in AuditRowTable]: AuditRowOf<K>[];
};

/** Every working table of the demo audit (stages 1–7), as stored rows. */
export function demoWorkingTables(): DemoWorkingTables {
  return {
    stageSteps: demoStageSteps(),
    teamMembers: demoTeamMembers(),
    workPlanItems: demoWorkPlanItems(),
    trainingEvents: demoTrainingEvents(),
    products: demoProducts(),
    consumptionItems: demoConsumptionItems(),
    equipment: demoEquipment(),
    wasteStreams: demoWasteStreams(),
    envFacilities: demoEnvFacilities(),
    indicatorComparisons: demoIndicatorComparisons(),
    focusFactors: demoFocusFactors(),
    focusCandidates: demoFocusCandidates(),
    targets: demoTargets(),
    unitOperations: demoUnitOperations(),
    balanceStudies: demoBalanceStudies(),
    balanceStreams: demoBalanceStreams(),
    wasteCauses: demoWasteCauses(),
    options: demoOptions(),
    feasibilityStudies: demoFeasibilityStudies(),
    screeningCriteria: demoScreeningCriteria(),
    implementationTasks: demoImplementationTasks(),
    indicatorResults: demoIndicatorResults(),
    improvementPlanItems: demoImprovementPlanItems(),
    cpSystemItems: demoCpSystemItems(),
  };
}
