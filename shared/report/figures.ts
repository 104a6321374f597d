import { evaluateEconomics, type EconomicEvaluation } from '../calc/economics';
import {
  energyPerUnitProductKgce,
  tceOfRows,
  type EnergyRow,
} from '../calc/energy';
import {
  performanceSummary,
  type PerformanceSummary,
} from '../calc/performance-summary';
import { buildScreeningTable, type ScreeningTable } from '../calc/screening';
import { isUnit } from '../calc/units';
import type { WeightedSumResult } from '../calc/weighted-sum';
import type { BalanceStudy } from '../model/balance';
import { studyBalance, type StudyBalance } from '../model/balance';
import type { Product } from '../model/baseline';
import { economicInputsOf, type FeasibilityStudy } from '../model/feasibility';
import { rankFocusCandidates } from '../model/focus';
import {
  optionCostClass,
  optionCostGroup,
  screeningOf,
  type Option,
} from '../model/option';
import type { AuditSnapshot } from '../model/snapshot';
import type { CostClass, CostGroup } from '../calc/cost-class';
import type { ScreeningResult } from '../calc/screening';
import {
  COEFFICIENT_SETS,
  type CoefficientSet,
  type ElectricityBasis,
} from '../reference/coefficients';
import { isCountedInTceByDefault } from '../reference/energy-carriers';
import type { ReportOptions } from './input';

// Every figure the report prints is computed here, once, by the functions
// of shared/calc; the chapters only format. Rows in the bin are left out.

type Live<T> = T & { readonly deletedAt: string | null; sortIndex: number };

export function live<T extends Live<object>>(rows: readonly T[]): T[] {
  return rows
    .filter((row) => row.deletedAt === null)
    .sort((a, b) => a.sortIndex - b.sortIndex);
}

export interface OptionFacts {
  readonly option: Option;
  readonly costClass: CostClass | null;
  readonly costGroup: CostGroup;
  readonly result: ScreeningResult;
}

export interface StudyFacts {
  readonly study: FeasibilityStudy;
  readonly option: Option;
  /** null while an input is missing or invalid. */
  readonly economics: EconomicEvaluation | null;
}

export interface EnergyYear {
  readonly year: number;
  readonly tce: number | null;
  readonly kgcePerUnit: number | null;
}

export interface ReportFigures {
  readonly years: readonly number[];
  readonly coefficientSet: CoefficientSet;
  readonly electricityBasis: ElectricityBasis;
  readonly options: readonly OptionFacts[];
  readonly summary: PerformanceSummary;
  readonly screening: ScreeningTable<OptionFacts>;
  readonly studies: readonly StudyFacts[];
  readonly focus: WeightedSumResult;
  readonly balances: readonly { study: BalanceStudy; balance: StudyBalance }[];
  readonly energy: readonly EnergyYear[];
  /** Unit of the output the per-unit energy divides by, e.g. m². */
  readonly outputUnit: string | null;
}

/** The three history years ending with the base year (近三年). */
export function historyYears(baseYear: number): number[] {
  return [baseYear - 2, baseYear - 1, baseYear];
}

export function reportFigures(
  snapshot: AuditSnapshot,
  options: Pick<ReportOptions, 'coefficientSetId' | 'electricityBasis'>,
): ReportFigures {
  const coefficientSet = COEFFICIENT_SETS[options.coefficientSetId];
  const electricityBasis = options.electricityBasis;
  const rules = snapshot.audit.costClassRules;
  const optionRows = live(snapshot.options);
  const facts = optionRows.map((option) => ({
    option,
    costClass: optionCostClass(option, rules),
    costGroup: optionCostGroup(option, rules),
    result: screeningOf(option).result,
  }));
  const years = historyYears(snapshot.audit.baseYear);
  const products = live(snapshot.products);
  const { energy, outputUnit } = energyYears(snapshot, years, products, {
    coefficientSet,
    electricityBasis,
  });
  return {
    years,
    coefficientSet,
    electricityBasis,
    options: facts,
    summary: performanceSummary(optionRows, {
      costClassRules: rules,
      coefficientSet,
      electricityBasis,
    }),
    screening: buildScreeningTable(facts),
    studies: studyFacts(snapshot, optionRows),
    focus: rankFocusCandidates(
      live(snapshot.focusFactors),
      live(snapshot.focusCandidates),
    ),
    balances: live(snapshot.balanceStudies).map((study) => ({
      study,
      balance: studyBalance(study, snapshot.balanceStreams),
    })),
    energy,
    outputUnit,
  };
}

function studyFacts(
  snapshot: AuditSnapshot,
  options: readonly Option[],
): StudyFacts[] {
  const byId = new Map(options.map((option) => [option.id, option]));
  return live(snapshot.feasibilityStudies).flatMap((study) => {
    const option = byId.get(study.optionId);
    if (!option) return [];
    const inputs = economicInputsOf(study.economicInputs);
    const result = inputs === null ? null : evaluateEconomics(inputs);
    return [{ study, option, economics: result?.ok ? result.value : null }];
  });
}

// Known shortcoming: only rows whose unit is spelled as the shared unit
// table spells it (kWh, 万kWh, t, m3 …) are summed. The stage 2 screen also
// accepts spellings such as 度 or 吨 through the grid's unit matcher, which
// lives in the renderer; until that matcher moves to shared/, a row typed
// that way is missing from the report's total and the screen's total
// differs from the report's.
function energyYears(
  snapshot: AuditSnapshot,
  years: readonly number[],
  products: readonly Product[],
  accounting: {
    coefficientSet: CoefficientSet;
    electricityBasis: ElectricityBasis;
  },
): { energy: EnergyYear[]; outputUnit: string | null } {
  const rows: EnergyRow[] = [];
  for (const item of live(snapshot.consumptionItems)) {
    const key = item.energyCarrierKey;
    const unit = item.unit.trim();
    if (key === null || !isUnit(unit) || !isCountedInTceByDefault(key)) {
      continue;
    }
    if (item.category !== 'energy' && item.category !== 'water') continue;
    for (const year of years) {
      const quantity = item.quantityByYear[String(year)];
      if (quantity === null || quantity === undefined) continue;
      const measured = item.measuredHeatingValueKjPerUnit;
      rows.push({
        year,
        carrierKey: key,
        quantity,
        unit,
        ...(measured === null
          ? {}
          : { measuredHeatingValueKjPerUnit: measured }),
      });
    }
  }
  const tce = new Map(
    tceOfRows(rows, accounting.coefficientSet, accounting.electricityBasis).map(
      (row) => [row.year, row.tce],
    ),
  );
  const units = new Set(products.map((p) => p.unit.trim()));
  const outputUnit = units.size === 1 ? ([...units][0] ?? null) : null;
  return {
    outputUnit,
    energy: years.map((year) => {
      const total = tce.get(year) ?? null;
      const output =
        outputUnit === null
          ? null
          : products.reduce(
              (sum, p) => sum + (p.outputByYear[String(year)] ?? 0),
              0,
            );
      return {
        year,
        tce: total,
        kgcePerUnit:
          total !== null && output !== null && output > 0
            ? energyPerUnitProductKgce(total, output)
            : null,
      };
    }),
  };
}
