import { sequentialCodes } from '../calc/option-codes';
import type { AuditCostClassRules } from '../model/audit';
import { optionCostGroup, type Option } from '../model/option';
import { demoId, demoRows } from './common';
import { optionInput, type DemoOptionSpec } from './option-spec';
import { MID_HIGH_OPTION_SPECS } from './options-mid-high';
import { NO_LOW_ORGANISATIONAL_SPECS } from './options-no-low-organisational';
import { NO_LOW_TECHNICAL_SPECS } from './options-no-low-technical';

// The demo's option register (方案汇总表): 40 options over all eight
// aspects, most no/low-cost ones done during the audit, nine mid/high-cost
// ones in every state from shelved to verified.

/** The demo company's approval limits, quoted in its report. */
export const DEMO_COST_CLASS_RULES: AuditCostClassRules = {
  lowUpperWanYuan: 5,
  midUpperWanYuan: 50,
  basis:
    '按公司财务审批权限划分：5万元以下由部门预算列支，5万至50万元由总经理审批，50万元及以上报董事会立项。',
};

// The register lists options by aspect, as the summary table groups them
// by 方案类型; within an aspect, no/low-cost options come first.
const SPECS: readonly DemoOptionSpec[] = [
  ...NO_LOW_TECHNICAL_SPECS,
  ...NO_LOW_ORGANISATIONAL_SPECS,
  ...MID_HIGH_OPTION_SPECS,
].sort((a, b) => a.aspect.localeCompare(b.aspect));

const ID_BY_KEY: ReadonlyMap<string, string> = new Map(
  SPECS.map((spec, i) => [spec.key, demoId('option', i + 1)]),
);

/** The record id of the demo option written under `key`. */
export function demoOptionId(key: string): string {
  const id = ID_BY_KEY.get(key);
  if (id === undefined) throw new Error(`no demo option ${key}`);
  return id;
}

export function demoOptions(): Option[] {
  const codes = sequentialCodes(
    SPECS.map((spec) =>
      optionCostGroup(
        {
          investmentWanYuan: spec.investment[0],
          costClassOverride: spec.override,
        },
        DEMO_COST_CLASS_RULES,
      ),
    ),
  );
  return demoRows(
    'options',
    'option',
    SPECS.map((spec, i) => optionInput(spec, codes[i] ?? '')),
  );
}
