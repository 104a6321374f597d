import type { CostClass } from './cost-class';

// Economic evaluation of a mid/high-cost option, following the formulas of
// Chinese cleaner-production audit guides (domain.md §4.5). Money is in 万元,
// yearly flows in 万元/a, rates are fractions. Nothing is rounded here:
// reviewers compare printed figures with hand calculations, so display code
// rounds once, at the end.

/** Only mid- and high-cost options go through a feasibility study. */
export type FeasibilityCostClass = Extract<CostClass, 'mid' | 'high'>;

export interface EconomicInputs {
  readonly totalInvestmentWanYuan: number;
  /** Grants deducted from the investment (补贴); 0 when omitted. */
  readonly subsidyWanYuan?: number;
  readonly revenueIncreaseWanYuanPerYear: number;
  readonly operatingCostSavingWanYuanPerYear: number;
  /** Straight-line depreciation period Y (折旧年限). */
  readonly depreciationYears: number;
  /** Discount rate i (贴现率), usually the bank lending rate. */
  readonly discountRate: number;
  /** Income-tax rate t; 25 % in recent guides. */
  readonly taxRate: number;
  /** Years n counted in the NPV; Y when omitted. */
  readonly serviceYears?: number;
}

/** One outlay I now, then the same cash flow F at the end of years 1..n. */
export interface UniformCashFlow {
  readonly investmentWanYuan: number;
  readonly annualCashFlowWanYuanPerYear: number;
  readonly years: number;
}

export interface CashFlowRow {
  readonly year: number;
  readonly cashFlowWanYuan: number;
  readonly discountFactor: number;
  readonly presentValueWanYuan: number;
  readonly cumulativePresentValueWanYuan: number;
}

/** The textbook trial-and-error bracket around the IRR, one percent wide. */
export interface IrrInterpolation {
  readonly lowerRate: number;
  readonly upperRate: number;
  readonly annuityFactorAtLower: number;
  readonly annuityFactorAtUpper: number;
  readonly npvAtLowerWanYuan: number;
  readonly npvAtUpperWanYuan: number;
  readonly irr: number;
}

export interface EconomicEvaluation {
  readonly discountRate: number;
  readonly taxRate: number;
  readonly depreciationYears: number;
  readonly serviceYears: number;
  readonly investmentNetWanYuan: number;
  readonly annualSavingWanYuanPerYear: number;
  readonly depreciationWanYuanPerYear: number;
  readonly taxableProfitWanYuanPerYear: number;
  readonly netProfitWanYuanPerYear: number;
  readonly annualCashFlowWanYuanPerYear: number;
  /** null when the yearly cash flow is not positive: it never pays back. */
  readonly paybackYears: number | null;
  readonly annuityFactor: number;
  readonly npvWanYuan: number;
  readonly npvr: number;
  readonly irr: number | null;
  readonly irrInterpolation: IrrInterpolation | null;
  readonly cashFlows: readonly CashFlowRow[];
}

export const ECONOMICS_INPUT_CODES = [
  'economics-input-not-finite',
  'economics-subsidy-negative',
  'economics-investment-not-positive',
  'economics-depreciation-years-not-positive',
  'economics-service-years-invalid',
  'economics-discount-rate-out-of-range',
  'economics-tax-rate-out-of-range',
] as const;
export type EconomicsInputCode = (typeof ECONOMICS_INPUT_CODES)[number];

interface InputProblem {
  readonly code: EconomicsInputCode;
  readonly field: keyof EconomicInputs;
}

export type EconomicsResult =
  | { readonly ok: true; readonly value: EconomicEvaluation }
  | ({ readonly ok: false } & InputProblem);

// A year-by-year table longer than a century describes no real equipment
// and would only make the report unreadable.
export const MAX_SERVICE_YEARS = 100;

// The IRR search starts just above −100 %, where discounting breaks down,
// and gives up past 1,000,000 %, far beyond any payback a guide would print.
const IRR_SEARCH_LOWEST_RATE = -0.99;
const IRR_SEARCH_HIGHEST_RATE = 10_000;

/** (P/A, i, n): present value of 1 received at the end of each of n years. */
export function annuityFactor(rate: number, years: number): number {
  if (rate === 0) return years;
  // expm1/log1p keep precision when the rate is close to zero.
  return -Math.expm1(-years * Math.log1p(rate)) / rate;
}

export function uniformNpvWanYuan(flow: UniformCashFlow, rate: number): number {
  const factor = annuityFactor(rate, flow.years);
  return flow.annualCashFlowWanYuanPerYear * factor - flow.investmentWanYuan;
}

/**
 * The rate at which the NPV is zero, found by bracketing and bisection.
 * With one outlay followed by equal inflows the NPV falls steadily as the
 * rate rises, so there is one root at most; null when the NPV does not
 * change sign between −99 % and the search ceiling (always so when F ≤ 0).
 */
export function exactIrr(flow: UniformCashFlow): number | null {
  let low = IRR_SEARCH_LOWEST_RATE;
  let high = 1;
  if (uniformNpvWanYuan(flow, low) < 0) return null;
  while (uniformNpvWanYuan(flow, high) > 0 && high < IRR_SEARCH_HIGHEST_RATE) {
    high *= 2;
  }
  if (uniformNpvWanYuan(flow, high) > 0) return null;

  for (let step = 0; step < 200 && high - low > 1e-15; step += 1) {
    const middle = (low + high) / 2;
    if (uniformNpvWanYuan(flow, middle) > 0) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/**
 * The IRR as guides compute it by hand: the whole-percent rates i1 and
 * i2 = i1 + 1 % around the root, then a straight line between their NPVs.
 * The bracket is taken from the exact root, which for this cash-flow shape
 * is the same bracket a trial-and-error search would stop at; pass the root
 * when it is already known.
 */
export function interpolatedIrr(
  flow: UniformCashFlow,
  root: number | null = exactIrr(flow),
): IrrInterpolation | null {
  if (root === null) return null;

  let lowerPercent = Math.floor(root * 100);
  // A root lying on a whole percent can round to just below it; the guides
  // then take that percent as i1 with NPV1 = 0.
  if (uniformNpvWanYuan(flow, (lowerPercent + 1) / 100) >= 0) {
    lowerPercent += 1;
  }
  const lowerRate = lowerPercent / 100;
  const upperRate = (lowerPercent + 1) / 100;
  const npvAtLowerWanYuan = uniformNpvWanYuan(flow, lowerRate);
  const npvAtUpperWanYuan = uniformNpvWanYuan(flow, upperRate);
  const span = npvAtLowerWanYuan + Math.abs(npvAtUpperWanYuan);
  return {
    lowerRate,
    upperRate,
    annuityFactorAtLower: annuityFactor(lowerRate, flow.years),
    annuityFactorAtUpper: annuityFactor(upperRate, flow.years),
    npvAtLowerWanYuan,
    npvAtUpperWanYuan,
    irr: lowerRate + (npvAtLowerWanYuan * (upperRate - lowerRate)) / span,
  };
}

/** Year 0 carries the outlay; years 1..n the yearly cash flow. */
export function cashFlowTable(
  flow: UniformCashFlow,
  rate: number,
): CashFlowRow[] {
  const rows: CashFlowRow[] = [];
  let cumulative = 0;
  for (let year = 0; year <= flow.years; year += 1) {
    const cashFlowWanYuan =
      year === 0 ? -flow.investmentWanYuan : flow.annualCashFlowWanYuanPerYear;
    const discountFactor = (1 + rate) ** -year;
    const presentValueWanYuan = cashFlowWanYuan * discountFactor;
    cumulative += presentValueWanYuan;
    rows.push({
      year,
      cashFlowWanYuan,
      discountFactor,
      presentValueWanYuan,
      cumulativePresentValueWanYuan: cumulative,
    });
  }
  return rows;
}

/**
 * The whole §4.5 pipeline: I, P, D, T, E, F, N, NPV, NPVR and IRR.
 *
 * Like the guides, F stays the same in every year up to n, even when n is
 * longer than the depreciation period and the tax saving from depreciation
 * would in truth stop after year Y. Keeping the textbook simplification lets
 * reviewers reproduce the figures by hand; a model with two cash-flow phases
 * would need its own inputs and report wording.
 */
export function evaluateEconomics(inputs: EconomicInputs): EconomicsResult {
  const problem = findInputProblem(inputs);
  if (problem !== null) return { ok: false, ...problem };

  const { depreciationYears, discountRate, taxRate } = inputs;
  const serviceYears = inputs.serviceYears ?? depreciationYears;
  const investment =
    inputs.totalInvestmentWanYuan - (inputs.subsidyWanYuan ?? 0);
  const saving =
    inputs.revenueIncreaseWanYuanPerYear +
    inputs.operatingCostSavingWanYuanPerYear;
  const depreciation = investment / depreciationYears;
  const taxableProfit = saving - depreciation;
  const netProfit = taxableProfit * (1 - taxRate);
  const cashFlow = netProfit + depreciation;
  const flow: UniformCashFlow = {
    investmentWanYuan: investment,
    annualCashFlowWanYuanPerYear: cashFlow,
    years: serviceYears,
  };
  const npv = uniformNpvWanYuan(flow, discountRate);
  const irr = exactIrr(flow);

  return {
    ok: true,
    value: {
      discountRate,
      taxRate,
      depreciationYears,
      serviceYears,
      investmentNetWanYuan: investment,
      annualSavingWanYuanPerYear: saving,
      depreciationWanYuanPerYear: depreciation,
      taxableProfitWanYuanPerYear: taxableProfit,
      netProfitWanYuanPerYear: netProfit,
      annualCashFlowWanYuanPerYear: cashFlow,
      paybackYears: cashFlow > 0 ? investment / cashFlow : null,
      annuityFactor: annuityFactor(discountRate, serviceYears),
      npvWanYuan: npv,
      npvr: npv / investment,
      irr,
      irrInterpolation: interpolatedIrr(flow, irr),
      cashFlows: cashFlowTable(flow, discountRate),
    },
  };
}

const INPUT_FIELDS = [
  'totalInvestmentWanYuan',
  'subsidyWanYuan',
  'revenueIncreaseWanYuanPerYear',
  'operatingCostSavingWanYuanPerYear',
  'depreciationYears',
  'discountRate',
  'taxRate',
  'serviceYears',
] as const satisfies readonly (keyof EconomicInputs)[];

function findInputProblem(inputs: EconomicInputs): InputProblem | null {
  const fail = (code: EconomicsInputCode, field: keyof EconomicInputs) => ({
    code,
    field,
  });
  const notFinite = INPUT_FIELDS.find(
    (field) => inputs[field] !== undefined && !Number.isFinite(inputs[field]),
  );
  if (notFinite) return fail('economics-input-not-finite', notFinite);

  const total = inputs.totalInvestmentWanYuan;
  const subsidy = inputs.subsidyWanYuan ?? 0;
  const years = inputs.serviceYears ?? inputs.depreciationYears;
  if (subsidy < 0) return fail('economics-subsidy-negative', 'subsidyWanYuan');
  if (total <= 0) {
    return fail('economics-investment-not-positive', 'totalInvestmentWanYuan');
  }
  if (total - subsidy <= 0) {
    return fail('economics-investment-not-positive', 'subsidyWanYuan');
  }
  if (inputs.depreciationYears <= 0) {
    const code = 'economics-depreciation-years-not-positive';
    return fail(code, 'depreciationYears');
  }
  if (!Number.isInteger(years) || years < 1 || years > MAX_SERVICE_YEARS) {
    // n defaults to Y, so a fractional Y without n is reported against Y.
    const field =
      inputs.serviceYears === undefined ? 'depreciationYears' : 'serviceYears';
    return fail('economics-service-years-invalid', field);
  }
  if (!isFractionRate(inputs.discountRate)) {
    return fail('economics-discount-rate-out-of-range', 'discountRate');
  }
  if (!isFractionRate(inputs.taxRate)) {
    return fail('economics-tax-rate-out-of-range', 'taxRate');
  }
  return null;
}

function isFractionRate(rate: number): boolean {
  return rate >= 0 && rate < 1;
}

// Expected payback (定额偿还期) from a feasibility guide (domain.md §4.1):
// mid-cost under 2–3 years, high-cost under 10. The guide's in-between
// "较高费" class (under 5 years) has no cost class of its own in the app; an
// audit that wants it lowers highYears to 5.
export interface ExpectedPaybackRules {
  readonly midYears: number;
  readonly highYears: number;
}

export const DEFAULT_EXPECTED_PAYBACK_RULES: ExpectedPaybackRules = {
  midYears: 3,
  highYears: 10,
};

export function expectedPaybackYears(
  costClass: FeasibilityCostClass,
  rules: ExpectedPaybackRules = DEFAULT_EXPECTED_PAYBACK_RULES,
): number {
  return costClass === 'mid' ? rules.midYears : rules.highYears;
}

export const ECONOMIC_REASON_CODES = [
  'npv-negative',
  'payback-too-long',
  'irr-below-benchmark',
] as const;
export type EconomicReasonCode = (typeof ECONOMIC_REASON_CODES)[number];

export interface EconomicConclusion {
  readonly feasible: boolean;
  readonly reasons: readonly EconomicReasonCode[];
  readonly expectedPaybackYears: number;
  readonly benchmarkRate: number;
}

/**
 * Economically feasible when NPV ≥ 0, the payback is shorter than the
 * expected payback for the cost class, and the IRR reaches the benchmark
 * rate (基准收益率; the discount rate unless given). These are the decision
 * rules of domain.md §4.5; every rule that fails is listed for the report.
 */
export function concludeEconomics(
  evaluation: EconomicEvaluation,
  costClass: FeasibilityCostClass,
  options: {
    readonly benchmarkRate?: number;
    readonly paybackRules?: ExpectedPaybackRules;
  } = {},
): EconomicConclusion {
  const benchmarkRate = options.benchmarkRate ?? evaluation.discountRate;
  const expected = expectedPaybackYears(costClass, options.paybackRules);
  const payback = evaluation.paybackYears;
  // Without an IRR the NPV keeps one sign at every rate searched: negative
  // when the yearly cash flow is not positive, positive past the ceiling.
  const irrReached =
    evaluation.irr === null
      ? evaluation.annualCashFlowWanYuanPerYear > 0
      : evaluation.irr >= benchmarkRate;

  const reasons: EconomicReasonCode[] = [];
  if (evaluation.npvWanYuan < 0) reasons.push('npv-negative');
  if (payback === null || payback >= expected) reasons.push('payback-too-long');
  if (!irrReached) reasons.push('irr-below-benchmark');

  return {
    feasible: reasons.length === 0,
    reasons,
    expectedPaybackYears: expected,
    benchmarkRate,
  };
}
