import {
  coefficientOf,
  KJ_PER_KGCE,
  type CoefficientSet,
  type Co2FactorSet,
  type ElectricityBasis,
} from '../reference/coefficients';
import {
  energyCarrier,
  isCountedInTceByDefault,
  type EnergyCarrierKey,
} from '../reference/energy-carriers';
import { parameterByKey, type ParameterKey } from '../reference/parameters';
import { convertUnit, type Unit } from './units';

// Standard-coal sums after GB/T 2589: E = Σ Eᵢ·kᵢ, with Eᵢ the physical
// quantity of carrier i and kᵢ its coefficient. Results are unrounded;
// rounding belongs to display, so that totals add up to their parts.

export const ENERGY_CALC_CODES = [
  'energy-quantity-not-finite',
  'energy-carrier-not-in-set',
  'energy-heating-value-invalid',
  'energy-heating-value-not-applicable',
  'energy-denominator-not-positive',
] as const;
export type EnergyCalcCode = (typeof ENERGY_CALC_CODES)[number];

/** Thrown for input no standard-coal figure can be given for. */
export class EnergyCalcError extends Error {
  readonly code: EnergyCalcCode;
  readonly carrierKey: EnergyCarrierKey | null;

  constructor(code: EnergyCalcCode, carrierKey: EnergyCarrierKey | null) {
    super(carrierKey === null ? code : `${code}: ${carrierKey}`);
    this.name = 'EnergyCalcError';
    this.code = code;
    this.carrierKey = carrierKey;
  }
}

/**
 * kgce of `quantity`, given in the carrier's own unit (kWh, m3, kg, t, MJ).
 * A measured net calorific value, in kJ per that unit, replaces the set's
 * coefficient (kgce = quantity × Qnet / 29 307); for steam it is the enthalpy
 * the 2020 edition asks for. It does not apply to electricity, whose bases
 * are conventions rather than heat contents.
 */
export function kgceOf(
  quantity: number,
  carrierKey: EnergyCarrierKey,
  set: CoefficientSet,
  basis: ElectricityBasis,
  measuredHeatingValueKjPerUnit?: number,
): number {
  if (!Number.isFinite(quantity)) {
    throw new EnergyCalcError('energy-quantity-not-finite', carrierKey);
  }
  if (measuredHeatingValueKjPerUnit !== undefined) {
    return kgceFromHeatingValue(
      quantity,
      carrierKey,
      measuredHeatingValueKjPerUnit,
    );
  }

  const kgcePerUnit = coefficientOf(set, carrierKey, basis);
  if (kgcePerUnit === undefined) {
    throw new EnergyCalcError('energy-carrier-not-in-set', carrierKey);
  }
  return quantity * kgcePerUnit;
}

function kgceFromHeatingValue(
  quantity: number,
  carrierKey: EnergyCarrierKey,
  heatingValueKjPerUnit: number,
): number {
  if (carrierKey === 'electricity') {
    throw new EnergyCalcError(
      'energy-heating-value-not-applicable',
      carrierKey,
    );
  }
  if (!Number.isFinite(heatingValueKjPerUnit) || heatingValueKjPerUnit <= 0) {
    throw new EnergyCalcError('energy-heating-value-invalid', carrierKey);
  }
  return (quantity * heatingValueKjPerUnit) / KJ_PER_KGCE;
}

export interface TceOptions {
  // Count working media (fresh water, compressed air …) as well; audits
  // normally leave them out.
  readonly includeWorkingMedia?: boolean;
}

function counts(key: EnergyCarrierKey, options: TceOptions): boolean {
  return options.includeWorkingMedia === true || isCountedInTceByDefault(key);
}

/** One line of a baseline energy table: a carrier used in one year. */
export interface EnergyRow {
  readonly year: number;
  readonly carrierKey: EnergyCarrierKey;
  readonly quantity: number;
  // Any unit of the carrier's dimension: 万kWh, t of coal, 万m3 of gas …
  readonly unit: Unit;
  // Per unit of the carrier (kJ per m3 of gas, per kg of coal), whatever
  // unit the quantity is entered in.
  readonly measuredHeatingValueKjPerUnit?: number;
}

export interface YearTce {
  readonly year: number;
  readonly tce: number;
}

/**
 * Comprehensive energy consumption (综合能耗) per year of baseline rows, in
 * tce, years ascending. Throws UnitConversionError when a row's unit does not
 * fit its carrier, and EnergyCalcError as kgceOf does.
 */
export function tceOfRows(
  rows: readonly EnergyRow[],
  set: CoefficientSet,
  basis: ElectricityBasis,
  options: TceOptions = {},
): readonly YearTce[] {
  const kgceByYear = new Map<number, number>();
  for (const row of rows) {
    const kgce = counts(row.carrierKey, options)
      ? kgceOfRow(row, set, basis)
      : 0;
    kgceByYear.set(row.year, (kgceByYear.get(row.year) ?? 0) + kgce);
  }

  return [...kgceByYear]
    .sort(([yearA], [yearB]) => yearA - yearB)
    .map(([year, kgce]) => ({ year, tce: convertUnit(kgce, 'kgce', 'tce') }));
}

function kgceOfRow(
  row: EnergyRow,
  set: CoefficientSet,
  basis: ElectricityBasis,
): number {
  const carrierUnit = energyCarrier(row.carrierKey).unit;
  return kgceOf(
    convertUnit(row.quantity, row.unit, carrierUnit),
    row.carrierKey,
    set,
    basis,
    row.measuredHeatingValueKjPerUnit,
  );
}

function checkDenominator(value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new EnergyCalcError('energy-denominator-not-positive', null);
  }
}

/** 单位产品综合能耗: kgce per unit of product (t, m², piece …). */
export function energyPerUnitProductKgce(
  energyTce: number,
  productOutput: number,
): number {
  checkDenominator(productOutput);
  return convertUnit(energyTce, 'tce', 'kgce') / productOutput;
}

/** 万元产值综合能耗: tce per 万元 of output value. */
export function energyPerOutputValueTcePerWanYuan(
  energyTce: number,
  outputValueWanYuan: number,
): number {
  checkDenominator(outputValueWanYuan);
  return energyTce / outputValueWanYuan;
}

/**
 * One environmental effect of an option, per year. A positive quantity is a
 * saving or reduction; a negative one is an increase (an option that swaps
 * coal for electricity saves coal and uses more power).
 */
export interface EnvironmentalEffect {
  readonly parameter: ParameterKey;
  readonly quantity: number;
  readonly unit: Unit;
}

export interface SavingOptions extends TceOptions {
  // Measured net calorific values in kJ per carrier unit, for the audit.
  readonly measuredHeatingValuesKjPerUnit?: Readonly<
    Partial<Record<EnergyCarrierKey, number>>
  >;
}

/**
 * Energy saved (节能量) in tce per year: Σ ΔEᵢ·kᵢ over the effects that are
 * energy. Positive is a saving, negative a net increase. Pollutants and, by
 * default, water are not energy and add nothing.
 */
export function energySavedTce(
  effects: readonly EnvironmentalEffect[],
  set: CoefficientSet,
  basis: ElectricityBasis,
  options: SavingOptions = {},
): number {
  let savedKgce = 0;
  for (const effect of effects) {
    savedKgce += savedKgceOf(effect, set, basis, options);
  }
  return convertUnit(savedKgce, 'kgce', 'tce');
}

function savedKgceOf(
  effect: EnvironmentalEffect,
  set: CoefficientSet,
  basis: ElectricityBasis,
  options: SavingOptions,
): number {
  const parameter = parameterByKey(effect.parameter);
  const energy = parameter.energy;
  if (energy === null) return 0;

  const quantity = convertUnit(effect.quantity, effect.unit, parameter.unit);
  if (energy.kind === 'standardCoal') {
    return convertUnit(quantity, parameter.unit, 'kgce');
  }
  if (!counts(energy.carrierKey, options)) return 0;

  return kgceOf(
    quantity * energy.carrierUnitsPerUnit,
    energy.carrierKey,
    set,
    basis,
    options.measuredHeatingValuesKjPerUnit?.[energy.carrierKey],
  );
}

/** CO₂ in t from grid electricity, with the audit's emission-factor set. */
export function gridElectricityCo2T(
  electricityKwh: number,
  factors: Co2FactorSet,
): number {
  return convertUnit(electricityKwh, 'kWh', 'MWh') * factors.gridTco2PerMwh;
}
