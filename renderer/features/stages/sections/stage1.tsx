import type { StageSection } from './types';

/** The working tables of stage 1, in the order the stage fills them. */
export const stage1Sections: StageSection[] = [];
