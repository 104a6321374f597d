import type { StageSection } from './types';

/** The stage 3 unit operations of the focus. */
export const unitOperationSections: StageSection[] = [];

/** The stage 3 waste-cause analysis by the eight aspects. */
export const causeSections: StageSection[] = [];
