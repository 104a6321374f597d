import { conversionFactor, type Unit } from '../calc/units';
import { energyCarrier, type EnergyCarrierKey } from './energy-carriers';
import type { BilingualLabel } from './label';

// The quantities an option's environmental effect is stated in, and that the
// performance table (绩效表) and portfolio statistics sum up. Resources are
// saved, discharges are reduced; both are entered as positive amounts when
// the option lowers them.
export const PARAMETER_KINDS = ['saving', 'reduction'] as const;
export type ParameterKind = (typeof PARAMETER_KINDS)[number];

// The energy carrier a resource is converted with, 'standardCoal' for a fuel
// entered directly in standard coal, or null when it is no energy at all.
type EnergyColumn = EnergyCarrierKey | 'standardCoal' | null;
type ParameterRow = readonly [
  string,
  string,
  string,
  Unit,
  ParameterKind,
  EnergyColumn,
];

// Units are those reports print: t for water, fuels and most pollutants
// (t/a), kg for heavy metals, m3 for gas, kWh for electricity.
// prettier-ignore
const PARAMETER_ROWS = [
  ['electricity', '电力', 'Electricity', 'kWh', 'saving', 'electricity'],
  ['water', '水', 'Water', 't', 'saving', 'freshWater'],
  ['naturalGas', '天然气', 'Natural gas', 'm3', 'saving', 'naturalGas'],
  ['steam', '蒸汽', 'Steam', 't', 'saving', 'steam'],
  ['rawCoal', '原煤', 'Raw coal', 't', 'saving', 'rawCoal'],
  ['diesel', '柴油', 'Diesel', 't', 'saving', 'diesel'],
  ['otherFuel', '其他燃料', 'Other fuel', 'tce', 'saving', 'standardCoal'],
  ['wastewater', '废水', 'Wastewater', 't', 'reduction', null],
  ['cod', '化学需氧量', 'COD', 't', 'reduction', null],
  ['ammoniaNitrogen', '氨氮', 'Ammonia nitrogen', 't', 'reduction', null],
  ['totalNitrogen', '总氮', 'Total nitrogen', 't', 'reduction', null],
  ['totalPhosphorus', '总磷', 'Total phosphorus', 't', 'reduction', null],
  ['so2', '二氧化硫', 'SO₂', 't', 'reduction', null],
  ['nox', '氮氧化物', 'NOx', 't', 'reduction', null],
  ['particulates', '颗粒物', 'Particulates', 't', 'reduction', null],
  ['vocs', '挥发性有机物', 'VOCs', 't', 'reduction', null],
  ['heavyMetals', '重金属', 'Heavy metals', 'kg', 'reduction', null],
  ['solidWaste', '一般工业固体废物', 'General solid waste', 't', 'reduction', null],
  ['hazardousWaste', '危险废物', 'Hazardous waste', 't', 'reduction', null],
  ['co2', '二氧化碳', 'CO₂', 't', 'reduction', null],
] as const satisfies readonly ParameterRow[];

export type ParameterKey = (typeof PARAMETER_ROWS)[number][0];

export type ParameterEnergy =
  | {
      readonly kind: 'carrier';
      readonly carrierKey: EnergyCarrierKey;
      // Multiplies a quantity in the parameter's unit into the carrier's
      // unit, e.g. steam is reported in t but its coefficient is per kg.
      readonly carrierUnitsPerUnit: number;
    }
  | { readonly kind: 'standardCoal' };

export interface Parameter {
  readonly key: ParameterKey;
  readonly name: BilingualLabel;
  // The canonical unit: stored effects are converted into it before summing.
  readonly unit: Unit;
  readonly kind: ParameterKind;
  readonly energy: ParameterEnergy | null;
}

function energyOf(unit: Unit, column: EnergyColumn): ParameterEnergy | null {
  if (column === null) return null;
  if (column === 'standardCoal') return { kind: 'standardCoal' };
  return {
    kind: 'carrier',
    carrierKey: column,
    carrierUnitsPerUnit: conversionFactor(unit, energyCarrier(column).unit),
  };
}

export const PARAMETERS: readonly Parameter[] = PARAMETER_ROWS.map(
  ([key, zh, en, unit, kind, energy]) => ({
    key,
    name: { zh, en },
    unit,
    kind,
    energy: energyOf(unit, energy),
  }),
);

export const PARAMETER_KEYS: readonly ParameterKey[] = PARAMETERS.map(
  (parameter) => parameter.key,
);

const PARAMETER_BY_KEY: ReadonlyMap<string, Parameter> = new Map(
  PARAMETERS.map((parameter) => [parameter.key, parameter]),
);

export function isParameterKey(value: unknown): value is ParameterKey {
  return typeof value === 'string' && PARAMETER_BY_KEY.has(value);
}

export function parameterByKey(key: ParameterKey): Parameter {
  return PARAMETER_BY_KEY.get(key) as Parameter;
}
