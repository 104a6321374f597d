import type { AuditEnergyAccounting } from '@shared/model/audit';
import {
  energyPerOutputValueTcePerWanYuan,
  energyPerUnitProductKgce,
  tceOfRows,
  type EnergyRow,
} from '@shared/calc/energy';
import { canConvert } from '@shared/calc/units';
import type { ConsumptionItem, Product } from '@shared/model/baseline';
import {
  COEFFICIENT_SETS,
  coefficientOf,
  type CoefficientSet,
  type ElectricityBasis,
} from '@shared/reference/coefficients';
import {
  energyCarrier,
  isCountedInTceByDefault,
  type EnergyCarrierKey,
} from '@shared/reference/energy-carriers';
import {
  mainProduct,
  sharedProductUnit,
  totalOutput,
  totalOutputValueWanYuan,
  yearValue,
} from './per-unit';
import { unitOf } from './row-units';

export type EnergyAccounting = {
  set: CoefficientSet;
  basis: ElectricityBasis;
  /** kgce per kWh on the basis used, for the note under the table. */
  electricityKgcePerKwh: number | undefined;
};

/** The audit's chosen coefficient set and electricity basis, ready to sum with. */
export function auditEnergyAccounting(
  choice: AuditEnergyAccounting,
): EnergyAccounting {
  const set = COEFFICIENT_SETS[choice.coefficientSetId];
  const basis = choice.electricityBasis;
  return {
    set,
    basis,
    electricityKgcePerKwh: coefficientOf(set, 'electricity', basis),
  };
}

export const ENERGY_ROW_ISSUES = [
  'no-carrier',
  'unit-not-convertible',
  'heating-value-not-applicable',
] as const;
export type EnergyRowIssue = (typeof ENERGY_ROW_ISSUES)[number];

type EnergyFields = Pick<
  ConsumptionItem,
  'category' | 'unit' | 'energyCarrierKey' | 'measuredHeatingValueKjPerUnit'
>;

/**
 * Why an energy row cannot be added into the standard-coal total, or null.
 * Working media (fresh water …) are left out of the total anyway, so their
 * units are not checked: water is often recorded in m³ against the t of
 * the coefficient table.
 */
export function energyRowIssue(item: EnergyFields): EnergyRowIssue | null {
  const key = item.energyCarrierKey;
  if (key === null) return item.category === 'energy' ? 'no-carrier' : null;
  if (item.category !== 'energy' && item.category !== 'water') return null;
  if (!isCountedInTceByDefault(key)) return null;
  const unit = unitOf(item.unit);
  if (unit === null || !canConvert(unit, energyCarrier(key).unit)) {
    return 'unit-not-convertible';
  }
  if (key === 'electricity' && item.measuredHeatingValueKjPerUnit !== null) {
    return 'heating-value-not-applicable';
  }
  return null;
}

export type EnergyYear = {
  year: number;
  tce: number | null;
  kgcePerUnit: number | null;
  tcePerWanYuan: number | null;
};

/** What the per-unit line divides by: all products, or the main one. */
export type EnergyPerUnitBasis =
  | { kind: 'total'; unit: string }
  | { kind: 'main'; unit: string; productName: string };

export type EnergySummary = {
  years: EnergyYear[];
  perUnitBasis: EnergyPerUnitBasis | null;
  /** Energy rows left out of the total, with the reason. */
  excluded: {
    id: string;
    name: string;
    unit: string;
    carrierKey: EnergyCarrierKey | null;
    issue: EnergyRowIssue;
  }[];
  /** Rows of working media, which the total leaves out by convention. */
  workingMedia: string[];
};

function energyRows(
  item: ConsumptionItem,
  years: readonly number[],
): EnergyRow[] {
  const key = item.energyCarrierKey;
  const unit = unitOf(item.unit);
  if (key === null || unit === null) return [];
  const measured = item.measuredHeatingValueKjPerUnit;
  return years.flatMap((year) => {
    const quantity = yearValue(item.quantityByYear, year);
    if (quantity === null) return [];
    return [
      {
        year,
        carrierKey: key,
        quantity,
        unit,
        ...(measured === null
          ? {}
          : { measuredHeatingValueKjPerUnit: measured }),
      },
    ];
  });
}

function perUnitBasisOf(
  products: readonly Product[],
  baseYear: number,
): {
  basis: EnergyPerUnitBasis;
  output: (year: number) => number | null;
} | null {
  const shared = sharedProductUnit(products);
  if (shared !== null) {
    return {
      basis: { kind: 'total', unit: shared },
      output: (year) => totalOutput(products, year),
    };
  }
  const main = mainProduct(products, baseYear);
  if (!main) return null;
  return {
    basis: { kind: 'main', unit: main.unit, productName: main.name },
    output: (year) => yearValue(main.outputByYear, year),
  };
}

/**
 * Comprehensive energy consumption (综合能耗) of the history years, in tce,
 * with kgce per unit of product and tce per 万元 of output value. Rows whose
 * unit does not fit their carrier are left out and listed, never guessed.
 */
export function energySummary(
  items: readonly ConsumptionItem[],
  products: readonly Product[],
  years: readonly number[],
  accounting: EnergyAccounting,
): EnergySummary {
  const excluded: EnergySummary['excluded'] = [];
  const workingMedia: string[] = [];
  const rows: EnergyRow[] = [];
  for (const item of items) {
    const issue = energyRowIssue(item);
    if (issue !== null) {
      excluded.push({
        id: item.id,
        name: item.name,
        unit: item.unit,
        carrierKey: item.energyCarrierKey,
        issue,
      });
      continue;
    }
    const key = item.energyCarrierKey;
    if (key === null) continue;
    if (item.category !== 'energy' && item.category !== 'water') continue;
    if (!isCountedInTceByDefault(key)) {
      workingMedia.push(item.name);
      continue;
    }
    rows.push(...energyRows(item, years));
  }

  const tceByYear = new Map(
    tceOfRows(rows, accounting.set, accounting.basis).map((r) => [
      r.year,
      r.tce,
    ]),
  );
  const per = perUnitBasisOf(products, years[years.length - 1] ?? 0);
  return {
    years: years.map((year) => {
      const tce = tceByYear.get(year) ?? null;
      const output = per?.output(year) ?? null;
      const value = totalOutputValueWanYuan(products, year);
      return {
        year,
        tce,
        kgcePerUnit:
          tce !== null && output !== null && output > 0
            ? energyPerUnitProductKgce(tce, output)
            : null,
        tcePerWanYuan:
          tce !== null && value !== null && value > 0
            ? energyPerOutputValueTcePerWanYuan(tce, value)
            : null,
      };
    }),
    perUnitBasis: per?.basis ?? null,
    excluded,
    workingMedia,
  };
}
