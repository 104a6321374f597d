import type { StageSection } from './types';

/** The stage 2 baseline tables (products, consumption, equipment, waste streams, facilities, indicators). */
export const baselineSections: StageSection[] = [];
