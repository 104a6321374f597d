// The one place where quantities change unit. Reports mix plain and 万 (10⁴)
// units freely (kWh next to 万kWh, t next to 万t), so every conversion goes
// through this table and nowhere else does arithmetic with 1000 or 10000.

export const UNITS = [
  'g',
  'kg',
  't',
  '万t',
  'kWh',
  'MWh',
  '万kWh',
  'm3',
  '万m3',
  'kgce',
  'tce',
  '万tce',
  'kJ',
  'MJ',
  'GJ',
  '元',
  '万元',
] as const;
export type Unit = (typeof UNITS)[number];

// Electricity and heat are kept apart on purpose: turning kWh into MJ is the
// 当量值 conversion, and it must go through the coefficient set so that the
// audit's chosen electricity basis is respected.
export const UNIT_DIMENSIONS = [
  'mass',
  'electricity',
  'volume',
  'standardCoal',
  'heat',
  'money',
] as const;
export type UnitDimension = (typeof UNIT_DIMENSIONS)[number];

interface UnitDefinition {
  readonly dimension: UnitDimension;
  // Counted in the smallest unit of the dimension, so every factor is an
  // integer and a conversion of a whole quantity rounds only once.
  readonly smallestUnits: number;
}

const UNIT_TABLE: Readonly<Record<Unit, UnitDefinition>> = {
  g: { dimension: 'mass', smallestUnits: 1 },
  kg: { dimension: 'mass', smallestUnits: 1_000 },
  t: { dimension: 'mass', smallestUnits: 1_000_000 },
  万t: { dimension: 'mass', smallestUnits: 10_000_000_000 },
  kWh: { dimension: 'electricity', smallestUnits: 1 },
  MWh: { dimension: 'electricity', smallestUnits: 1_000 },
  万kWh: { dimension: 'electricity', smallestUnits: 10_000 },
  m3: { dimension: 'volume', smallestUnits: 1 },
  万m3: { dimension: 'volume', smallestUnits: 10_000 },
  kgce: { dimension: 'standardCoal', smallestUnits: 1 },
  tce: { dimension: 'standardCoal', smallestUnits: 1_000 },
  万tce: { dimension: 'standardCoal', smallestUnits: 10_000_000 },
  kJ: { dimension: 'heat', smallestUnits: 1 },
  MJ: { dimension: 'heat', smallestUnits: 1_000 },
  GJ: { dimension: 'heat', smallestUnits: 1_000_000 },
  元: { dimension: 'money', smallestUnits: 1 },
  万元: { dimension: 'money', smallestUnits: 10_000 },
};

export const UNIT_CONVERSION_CODES = [
  'unit-unknown',
  'unit-pair-unknown',
] as const;
export type UnitConversionCode = (typeof UNIT_CONVERSION_CODES)[number];

/**
 * Thrown, never returned: a pair of units from different dimensions (t and
 * m3, kWh and MJ) is a bug in the caller or in stored data, not a value.
 * Callers that handle user input check `canConvert` first.
 */
export class UnitConversionError extends Error {
  readonly code: UnitConversionCode;
  readonly from: string;
  readonly to: string;

  constructor(code: UnitConversionCode, from: string, to: string) {
    super(`${code}: ${from} -> ${to}`);
    this.name = 'UnitConversionError';
    this.code = code;
    this.from = from;
    this.to = to;
  }
}

export function isUnit(value: string): value is Unit {
  return Object.hasOwn(UNIT_TABLE, value);
}

export function dimensionOf(unit: Unit): UnitDimension {
  return UNIT_TABLE[unit].dimension;
}

/** Units of one dimension convert into each other; nothing else does. */
export function canConvert(from: string, to: string): boolean {
  return (
    isUnit(from) &&
    isUnit(to) &&
    UNIT_TABLE[from].dimension === UNIT_TABLE[to].dimension
  );
}

/** How many `to` units make one `from` unit; throws UnitConversionError. */
export function conversionFactor(from: Unit, to: Unit): number {
  const [fromDef, toDef] = definitionsOf(from, to);
  return fromDef.smallestUnits / toDef.smallestUnits;
}

/** Expresses `quantity` given in `from` in `to`; throws UnitConversionError. */
export function convertUnit(quantity: number, from: Unit, to: Unit): number {
  const [fromDef, toDef] = definitionsOf(from, to);
  if (fromDef === toDef) return quantity;
  return (quantity * fromDef.smallestUnits) / toDef.smallestUnits;
}

function definitionsOf(
  from: string,
  to: string,
): readonly [UnitDefinition, UnitDefinition] {
  if (!isUnit(from)) throw new UnitConversionError('unit-unknown', from, to);
  if (!isUnit(to)) throw new UnitConversionError('unit-unknown', from, to);

  const fromDef = UNIT_TABLE[from];
  const toDef = UNIT_TABLE[to];
  if (fromDef.dimension !== toDef.dimension) {
    throw new UnitConversionError('unit-pair-unknown', from, to);
  }
  return [fromDef, toDef];
}
