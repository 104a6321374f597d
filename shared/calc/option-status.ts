import type { CostGroup } from './cost-class';

// Lifecycle of a cleaner-production option (domain.md §11.4): proposed,
// screened, studied for feasibility when it is mid/high-cost, then planned,
// implemented and verified.

export const OPTION_STATUSES = [
  'proposed',
  'feasible',
  'not_now',
  'rejected',
  'feasibility_study',
  'recommended',
  'not_recommended',
  'planned',
  'implementing',
  'implemented',
  'verified',
] as const;
export type OptionStatus = (typeof OPTION_STATUSES)[number];

export const OPTION_STATUS_LABELS: Readonly<
  Record<OptionStatus, { readonly zh: string; readonly en: string }>
> = {
  proposed: { zh: '已提出', en: 'Proposed' },
  feasible: { zh: '可行', en: 'Feasible' },
  not_now: { zh: '暂不可行', en: 'Not feasible for now' },
  rejected: { zh: '不可行', en: 'Not feasible' },
  feasibility_study: { zh: '可行性分析中', en: 'In feasibility study' },
  recommended: { zh: '推荐实施', en: 'Recommended' },
  not_recommended: { zh: '不推荐', en: 'Not recommended' },
  planned: { zh: '计划实施', en: 'Planned' },
  implementing: { zh: '实施中', en: 'Implementing' },
  implemented: { zh: '已实施', en: 'Implemented' },
  verified: { zh: '已验证', en: 'Verified' },
};

interface Step {
  readonly to: OptionStatus;
  /** The step exists only for options of this cost group. */
  readonly onlyFor?: CostGroup;
}

// Forward steps of the workflow. After a feasible screening, no/low-cost
// options go straight to planning, while mid/high-cost ones need a
// feasibility study first (domain.md §4.3). An option shelved as not
// feasible for now returns to proposed when circumstances change.
const FORWARD_STEPS: Readonly<Record<OptionStatus, readonly Step[]>> = {
  proposed: [{ to: 'feasible' }, { to: 'not_now' }, { to: 'rejected' }],
  feasible: [
    { to: 'feasibility_study', onlyFor: 'midHigh' },
    { to: 'planned', onlyFor: 'noLow' },
  ],
  not_now: [{ to: 'proposed' }],
  rejected: [],
  feasibility_study: [{ to: 'recommended' }, { to: 'not_recommended' }],
  recommended: [{ to: 'planned' }],
  not_recommended: [],
  planned: [{ to: 'implementing' }, { to: 'implemented' }],
  implementing: [{ to: 'implemented' }],
  implemented: [{ to: 'verified' }],
  verified: [],
};

// Statuses of the feasibility-study branch, which only mid/high-cost options
// enter (domain.md §4.3).
const STUDY_BRANCH: ReadonlySet<OptionStatus> = new Set<OptionStatus>([
  'feasibility_study',
  'recommended',
  'not_recommended',
]);

function allowsStep(
  from: OptionStatus,
  to: OptionStatus,
  costGroup: CostGroup,
): boolean {
  return FORWARD_STEPS[from].some(
    (step) =>
      step.to === to &&
      (step.onlyFor === undefined || step.onlyFor === costGroup),
  );
}

// Besides the forward steps, any forward step may be taken back, one at a
// time: a consultant who ticked "implemented" too early, or screened an
// option the wrong way, needs to undo exactly that click. Going back obeys
// the cost group too, so an option only steps back along a path its group
// could have taken forwards: a no/low-cost option never into the
// feasibility-study branch, a mid/high-cost one never from planned to
// feasible. Larger jumps are not allowed: walking back one step at a time
// keeps each change a visible decision in the option's history.
function allowsStepBack(
  from: OptionStatus,
  to: OptionStatus,
  costGroup: CostGroup,
): boolean {
  if (costGroup === 'noLow' && STUDY_BRANCH.has(to)) return false;
  return allowsStep(to, from, costGroup);
}

export function canTransition(
  from: OptionStatus,
  to: OptionStatus,
  costGroup: CostGroup,
): boolean {
  if (from === to) return false;
  return allowsStep(from, to, costGroup) || allowsStepBack(from, to, costGroup);
}

/** Every status an option may move to next, in lifecycle order. */
export function nextStatuses(
  from: OptionStatus,
  costGroup: CostGroup,
): OptionStatus[] {
  return OPTION_STATUSES.filter((to) => canTransition(from, to, costGroup));
}

/** True when moving to `to` takes back a forward step. */
export function isStepBack(
  from: OptionStatus,
  to: OptionStatus,
  costGroup: CostGroup,
): boolean {
  return (
    !allowsStep(from, to, costGroup) && allowsStepBack(from, to, costGroup)
  );
}

const STATUS_BY_LABEL: ReadonlyMap<string, OptionStatus> = new Map(
  OPTION_STATUSES.flatMap((status) => {
    const { zh, en } = OPTION_STATUS_LABELS[status];
    return [
      [status, status],
      [zh, status],
      [en.toLowerCase(), status],
    ] as const;
  }),
);

/**
 * Reads a status from an imported sheet: the key itself, or the Chinese or
 * English label, ignoring surrounding space, full-width forms and English
 * letter case. Other wordings are not guessed: null asks the user to map
 * the value by hand.
 */
export function optionStatusFromLabel(label: string): OptionStatus | null {
  const cleaned = label.normalize('NFKC').trim().toLowerCase();
  return STATUS_BY_LABEL.get(cleaned) ?? null;
}
