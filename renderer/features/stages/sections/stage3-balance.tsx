import { BalanceSection } from '../stage3/balance/BalanceSection';
import type { StageSection } from './types';

/** The stage 3 balance studies. */
export const balanceSections: StageSection[] = [
  { key: 'balance', component: BalanceSection },
];
