import type { TFunction } from 'i18next';
import { evaluateEconomics, type EconomicInputs } from '@shared/calc/economics';
import { economicInputProblems } from '@shared/calc/economics-problems';
import type { Language } from '@shared/settings/schema';
import { LANG, parseOptions, type CliIo } from './common';
import { tableLines } from './text-table';

/** `feasibility --investment I --saving P …`: one option's economic evaluation. */
// --years sets the depreciation period, which the NPV also runs over.
const FEASIBILITY_OPTION_OF: Readonly<Record<keyof EconomicInputs, string>> = {
  totalInvestmentWanYuan: 'investment',
  subsidyWanYuan: 'subsidy',
  revenueIncreaseWanYuanPerYear: 'saving',
  operatingCostSavingWanYuanPerYear: 'saving',
  depreciationYears: 'years',
  serviceYears: 'years',
  discountRate: 'rate',
  taxRate: 'tax',
};

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export async function runFeasibility(
  rest: string[],
  language: Language,
  t: TFunction,
  io: CliIo,
): Promise<number> {
  const text = { type: 'string' } as const;
  const parsed = parseOptions(
    {
      args: rest,
      options: {
        investment: text,
        saving: text,
        years: text,
        rate: text,
        tax: text,
        subsidy: text,
        json: { type: 'boolean' },
        lang: LANG,
      },
    },
    t,
    io,
  );
  if (!parsed) return 2;
  const { values } = parsed;
  const problems: string[] = [];
  const unreadable = new Set<string>();
  // Rates may be given as fractions (0.05) or in percent (5%).
  const read = (option: keyof typeof values, rate = false) => {
    const raw = values[option];
    const value = raw === undefined ? null : String(raw).trim();
    const percent = rate && value?.endsWith('%') === true;
    const digits = percent ? (value?.slice(0, -1).trim() ?? null) : value;
    if (digits !== null && DECIMAL.test(digits)) {
      return percent ? Number(digits) / 100 : Number(digits);
    }
    unreadable.add(option);
    problems.push(
      value === null
        ? t('cli.feasibility.missing', { option })
        : t('cli.feasibility.notANumber', { option, value }),
    );
    return Number.NaN;
  };
  const inputs: EconomicInputs = {
    totalInvestmentWanYuan: read('investment'),
    subsidyWanYuan: values.subsidy === undefined ? 0 : read('subsidy'),
    revenueIncreaseWanYuanPerYear: 0,
    operatingCostSavingWanYuanPerYear: read('saving'),
    depreciationYears: read('years'),
    discountRate: read('rate', true),
    taxRate: read('tax', true),
  };
  // The rules of economics.ts for the figures that could be read.
  for (const { code, field } of economicInputProblems(inputs)) {
    const option = FEASIBILITY_OPTION_OF[field];
    if (unreadable.has(option)) continue;
    problems.push(t(`cli.feasibility.problems.${code}`, { option }));
  }
  for (const problem of problems) io.err(problem);
  const result = evaluateEconomics(inputs);
  if (problems.length > 0 || !result.ok) return 2;

  const v = result.value;
  const figures = {
    investmentNet: v.investmentNetWanYuan,
    depreciation: v.depreciationWanYuanPerYear,
    taxableProfit: v.taxableProfitWanYuanPerYear,
    netProfit: v.netProfitWanYuanPerYear,
    annualCashFlow: v.annualCashFlowWanYuanPerYear,
    paybackYears: v.paybackYears,
    npv: v.npvWanYuan,
    npvr: v.npvr,
    irr: v.irr,
    irrInterpolated: v.irrInterpolation?.irr ?? null,
  };
  if (values.json) {
    io.out(JSON.stringify(figures, null, 2));
    return 0;
  }
  const amount = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const percent = new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const rates = new Set(['npvr', 'irr', 'irrInterpolated']);
  const rows = Object.entries(figures).map(([key, value]) => [
    t(`cli.feasibility.${key}`),
    value === null
      ? t('cli.feasibility.none')
      : (rates.has(key) ? percent : amount).format(value),
  ]);
  const header = ['item', 'value'].map((c) =>
    t(`cli.feasibility.columns.${c}`),
  );
  for (const line of tableLines([header, ...rows])) io.out(line);
  return 0;
}
