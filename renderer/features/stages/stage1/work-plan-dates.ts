import { parseIsoDate } from '@shared/calc/deadlines';
import type { WorkPlanItem } from '@shared/model/team';

/** A row of WS 1-2 named for a sentence: its stage label and position. */
export type PlanRowRef = { row: number; label: string };

export type WorkPlanDateNotes = {
  /** Rows due after the audit must be finished. */
  late: PlanRowRef[];
  /** Rows due before a row above them: WS 1-2 runs in stage order. */
  early: PlanRowRef[];
};

function refOf(item: WorkPlanItem, index: number): PlanRowRef {
  return { row: index + 1, label: item.stageLabel };
}

/**
 * What a reviewer would query in the plan's dates. `finishIso` is the date
 * the audit must be finished by (12 months after the list of a mandatory
 * audit was published); null when there is none. Blank dates are skipped.
 */
export function workPlanDateNotes(
  items: readonly WorkPlanItem[],
  finishIso: string | null,
): WorkPlanDateNotes {
  const notes: WorkPlanDateNotes = { late: [], early: [] };
  let latest: string | null = null;
  items.forEach((item, index) => {
    const due = item.deadline;
    if (due === null || parseIsoDate(due) === null) return;
    if (finishIso !== null && due > finishIso) {
      notes.late.push(refOf(item, index));
    }
    if (latest !== null && due < latest) notes.early.push(refOf(item, index));
    if (latest === null || due > latest) latest = due;
  });
  return notes;
}
