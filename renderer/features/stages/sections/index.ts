import type { StageCode } from '@shared/reference/stages';
import { stage1Sections } from './stage1';
import { focusAndTargetSections } from './stage2-analysis';
import { baselineSections } from './stage2-baseline';
import { causeSections, unitOperationSections } from './stage3-analysis';
import { balanceSections } from './stage3-balance';
import type { StageSection } from './types';

export type { StageSection } from './types';

/**
 * Stages 4–7 have no tables here yet: their option register, screening,
 * feasibility and implementation tables come with the options feature, and
 * until then those stages show their steps only.
 */
export const stageSections: Record<StageCode, StageSection[]> = {
  1: stage1Sections,
  2: [...baselineSections, ...focusAndTargetSections],
  3: [...unitOperationSections, ...balanceSections, ...causeSections],
  4: [],
  5: [],
  6: [],
  7: [],
};
