import type { ComponentType } from 'react';
import type { DeliverableKey } from '@shared/reference/deliverables';

/**
 * A working table shown on a stage page. `key` is the deliverable it
 * produces, so a step's "produces" link can scroll to it.
 */
export type StageSection = {
  key: DeliverableKey;
  component: ComponentType<{ auditId: string }>;
};
