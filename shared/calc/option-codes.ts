import type { CostGroup } from './cost-class';

// Option codes (方案编号, domain.md §4.2): reports number options per cost
// group, F1, F2 … for no/low-cost and Z1, Z2 … for mid/high-cost ones. A code is an identity the report, the screening table and the
// team's minutes refer to, so it is given once and kept when the option's
// class changes later; renumbering is an explicit act.

export const OPTION_CODE_PREFIXES: Readonly<Record<CostGroup, string>> = {
  noLow: 'F',
  midHigh: 'Z',
};

const CODE_PATTERN = /^([A-Z])(\d+)$/;

/** The number of a code in the series of `group` (7 for F7), else null. */
export function codeNumberIn(code: string, group: CostGroup): number | null {
  const match = CODE_PATTERN.exec(code);
  if (match === null || match[1] !== OPTION_CODE_PREFIXES[group]) return null;
  return Number(match[2]);
}

export function optionCode(group: CostGroup, number: number): string {
  return `${OPTION_CODE_PREFIXES[group]}${number}`;
}

/**
 * The code after the highest one of the group's series among `codes`. Gaps
 * left by deleted options are not filled: a code that was once printed in a
 * draft must not come back meaning another option. Codes outside the series
 * (typed by hand or imported) are ignored.
 */
export function nextOptionCode(
  group: CostGroup,
  codes: Iterable<string>,
): string {
  let highest = 0;
  for (const code of codes) {
    highest = Math.max(highest, codeNumberIn(code, group) ?? 0);
  }
  return optionCode(group, highest + 1);
}

/**
 * Codes 1, 2, 3 … per group for items in the order given, e.g. the
 * register's order. Returns one code per item, in the same order.
 */
export function sequentialCodes(groups: readonly CostGroup[]): string[] {
  const counters: Record<CostGroup, number> = { noLow: 0, midHigh: 0 };
  return groups.map((group) => {
    counters[group] += 1;
    return optionCode(group, counters[group]);
  });
}
