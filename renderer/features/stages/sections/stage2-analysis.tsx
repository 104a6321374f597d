import { FocusScoringSection } from '../stage2/analysis/FocusScoringSection';
import { TargetsSection } from '../stage2/analysis/TargetsSection';
import type { StageSection } from './types';

/** The stage 2 analysis tables (audit focus scoring, targets). */
export const focusAndTargetSections: StageSection[] = [
  { key: 'focusScoring', component: FocusScoringSection },
  { key: 'targets', component: TargetsSection },
];
