import {
  evaluateEconomics,
  type EconomicInputs,
  type EconomicsInputCode,
} from './economics';

export interface EconomicInputProblem {
  readonly code: EconomicsInputCode;
  readonly field: keyof EconomicInputs;
}

// Values every rule of evaluateEconomics accepts.
const HARMLESS: EconomicInputs = {
  totalInvestmentWanYuan: 1,
  subsidyWanYuan: 0,
  revenueIncreaseWanYuanPerYear: 0,
  operatingCostSavingWanYuanPerYear: 0,
  depreciationYears: 1,
  discountRate: 0,
  taxRate: 0,
};

const FIELD_COUNT = 8;

/**
 * Every problem of the inputs, not just the first, so a form or the command
 * line can mark them all at once. evaluateEconomics reports one problem at
 * a time; each reported field is replaced by a harmless value and the
 * inputs checked again, which keeps the rules themselves in economics.ts.
 * Empty when evaluateEconomics would accept the inputs.
 */
export function economicInputProblems(
  inputs: EconomicInputs,
): EconomicInputProblem[] {
  const problems: EconomicInputProblem[] = [];
  let current = inputs;
  // Each round makes at least one more field harmless.
  for (let round = 0; round < FIELD_COUNT; round += 1) {
    const result = evaluateEconomics(current);
    if (result.ok) break;
    problems.push({ code: result.code, field: result.field });
    // An investment below the subsidy is the subsidy's problem only while
    // the investment itself is sound: resetting both avoids a second line.
    const fix =
      result.field === 'totalInvestmentWanYuan'
        ? { totalInvestmentWanYuan: 1, subsidyWanYuan: 0 }
        : { [result.field]: HARMLESS[result.field] };
    current = { ...current, ...fix };
  }
  return problems;
}
