import { UnitOperationsSection } from '../stage3/UnitOperationsSection';
import { WasteCausesSection } from '../stage3/WasteCausesSection';
import type { StageSection } from './types';

/** The stage 3 unit operations of the focus. */
export const unitOperationSections: StageSection[] = [
  { key: 'unitOperations', component: UnitOperationsSection },
];

/** The stage 3 waste-cause analysis by the eight aspects. */
export const causeSections: StageSection[] = [
  { key: 'wasteCauses', component: WasteCausesSection },
];
