import type { StageCode } from '@shared/reference/stages';
import { stage1Sections } from './stage1';
import { focusAndTargetSections } from './stage2-analysis';
import { baselineSections } from './stage2-baseline';
import { causeSections, unitOperationSections } from './stage3-analysis';
import { balanceSections } from './stage3-balance';
import {
  continuousSections,
  feasibilitySections,
  implementationSections,
  optionSections,
} from './stage4-7';
import type { StageSection } from './types';

export type { StageSection } from './types';

/** The working tables of each stage, in the order the stage fills them. */
export const stageSections: Record<StageCode, StageSection[]> = {
  1: stage1Sections,
  2: [...baselineSections, ...focusAndTargetSections],
  3: [...unitOperationSections, ...balanceSections, ...causeSections],
  4: optionSections,
  5: feasibilitySections,
  6: implementationSections,
  7: continuousSections,
};
