import type { StageSection } from './types';

/** The stage 2 analysis tables (audit focus scoring, targets). */
export const focusAndTargetSections: StageSection[] = [];
