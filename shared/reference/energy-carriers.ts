import type { Unit } from '../calc/units';
import type { BilingualLabel } from './label';

// The energy carriers GB/T 2589 gives coefficients for: fuels, secondary
// energy (heat, steam, electricity) and energy-consuming working media.

// Working media (耗能工质: water, compressed air, oxygen …) took energy to
// make but are not energy themselves; audits leave them out of tce totals
// unless the consultant decides otherwise.
export const ENERGY_CARRIER_KINDS = [
  'fuel',
  'secondary',
  'workingMedium',
] as const;
export type EnergyCarrierKind = (typeof ENERGY_CARRIER_KINDS)[number];

type CarrierRow = readonly [string, string, string, Unit, EnergyCarrierKind];

// Key, Chinese and English name, the physical unit the coefficients are given
// per, and kind. GB/T 2589 quotes solid and liquid fuels, LNG, steam and
// carbide per kg, gases per m3, water per t and heat per MJ.
// prettier-ignore
const CARRIER_ROWS = [
  ['rawCoal', '原煤', 'Raw coal', 'kg', 'fuel'],
  ['washedCoal', '洗精煤', 'Washed coal', 'kg', 'fuel'],
  ['middlings', '洗中煤', 'Middlings', 'kg', 'fuel'],
  ['coalSlime', '煤泥', 'Coal slime', 'kg', 'fuel'],
  ['coke', '焦炭', 'Coke', 'kg', 'fuel'],
  ['crudeOil', '原油', 'Crude oil', 'kg', 'fuel'],
  ['fuelOil', '燃料油', 'Fuel oil', 'kg', 'fuel'],
  ['gasoline', '汽油', 'Gasoline', 'kg', 'fuel'],
  ['kerosene', '煤油', 'Kerosene', 'kg', 'fuel'],
  ['diesel', '柴油', 'Diesel', 'kg', 'fuel'],
  ['lpg', '液化石油气', 'LPG', 'kg', 'fuel'],
  ['refineryGas', '炼厂干气', 'Refinery gas', 'kg', 'fuel'],
  ['naturalGas', '天然气(气田)', 'Natural gas (gas field)', 'm3', 'fuel'],
  ['associatedGas', '油田天然气', 'Associated gas (oil field)', 'm3', 'fuel'],
  ['lng', '液化天然气', 'LNG', 'kg', 'fuel'],
  ['cokeOvenGas', '焦炉煤气', 'Coke-oven gas', 'm3', 'fuel'],
  ['blastFurnaceGas', '高炉煤气', 'Blast-furnace gas', 'm3', 'fuel'],
  ['heat', '热力', 'Heat', 'MJ', 'secondary'],
  ['steam', '蒸汽(低压)', 'Steam (low pressure)', 'kg', 'secondary'],
  ['electricity', '电力', 'Electricity', 'kWh', 'secondary'],
  ['freshWater', '新水', 'Fresh water', 't', 'workingMedium'],
  ['softenedWater', '软化水', 'Softened water', 't', 'workingMedium'],
  ['deaeratedWater', '除氧水', 'Deaerated water', 't', 'workingMedium'],
  ['compressedAir', '压缩空气', 'Compressed air', 'm3', 'workingMedium'],
  ['oxygen', '氧气', 'Oxygen', 'm3', 'workingMedium'],
  ['acetylene', '乙炔', 'Acetylene', 'm3', 'workingMedium'],
  ['calciumCarbide', '电石', 'Calcium carbide', 'kg', 'workingMedium'],
] as const satisfies readonly CarrierRow[];

export type EnergyCarrierKey = (typeof CARRIER_ROWS)[number][0];

export interface EnergyCarrier {
  readonly key: EnergyCarrierKey;
  readonly name: BilingualLabel;
  readonly unit: Unit;
  readonly kind: EnergyCarrierKind;
}

export const ENERGY_CARRIERS: readonly EnergyCarrier[] = CARRIER_ROWS.map(
  ([key, zh, en, unit, kind]) => ({ key, name: { zh, en }, unit, kind }),
);

export const ENERGY_CARRIER_KEYS: readonly EnergyCarrierKey[] =
  ENERGY_CARRIERS.map((carrier) => carrier.key);

const CARRIER_BY_KEY: ReadonlyMap<string, EnergyCarrier> = new Map(
  ENERGY_CARRIERS.map((carrier) => [carrier.key, carrier]),
);

export function isEnergyCarrierKey(value: unknown): value is EnergyCarrierKey {
  return typeof value === 'string' && CARRIER_BY_KEY.has(value);
}

export function energyCarrier(key: EnergyCarrierKey): EnergyCarrier {
  return CARRIER_BY_KEY.get(key) as EnergyCarrier;
}

export function isCountedInTceByDefault(key: EnergyCarrierKey): boolean {
  return energyCarrier(key).kind !== 'workingMedium';
}
