import type { StageSection } from './types';

/** The stage 3 balance studies. */
export const balanceSections: StageSection[] = [];
