import { TeamSection } from '../stage1/TeamSection';
import { TrainingSection } from '../stage1/TrainingSection';
import { WorkPlanSection } from '../stage1/WorkPlanSection';
import type { StageSection } from './types';

/** The working tables of stage 1, in the order the stage fills them. */
export const stage1Sections: StageSection[] = [
  { key: 'team', component: TeamSection },
  { key: 'workPlan', component: WorkPlanSection },
  { key: 'training', component: TrainingSection },
];
