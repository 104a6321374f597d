import { ENERGY_CARRIER_KEYS, type EnergyCarrierKey } from './energy-carriers';
import type { BilingualLabel } from './label';

// Standard coal (标准煤): 1 kgce is 29 307 kJ (7 000 kcal) of net calorific
// value, the unit GB/T 2589 converts every energy carrier into.
export const KJ_PER_KGCE = 29_307;

// Electricity has two bases. 当量值 (calorific) counts the heat in a kWh;
// 等价值 (equivalent) counts the coal a power plant burns to supply it.
// Guangdong reports use the calorific basis for totals and savings.
export const ELECTRICITY_BASES = ['calorific', 'equivalent'] as const;
export type ElectricityBasis = (typeof ELECTRICITY_BASES)[number];

export interface CarrierCoefficient {
  readonly kgcePerUnit: number;
  // Used instead of kgcePerUnit on the equivalent basis; only electricity
  // has one here, so other carriers count the same on both bases.
  readonly equivalentKgcePerUnit?: number;
  // Where the standard gives a span rather than one figure.
  readonly rangeKgcePerUnit?: readonly [number, number];
  readonly note?: BilingualLabel;
}

export type CarrierCoefficients = Readonly<
  Partial<Record<EnergyCarrierKey, CarrierCoefficient>>
>;

export const STANDARD_COEFFICIENT_SET_IDS = [
  'gbt2589-2008',
  'gbt2589-2020',
] as const;
export type StandardCoefficientSetId =
  (typeof STANDARD_COEFFICIENT_SET_IDS)[number];

export interface CoefficientSet {
  readonly id: string;
  // The edition the figures come from; for a user set, that of its base.
  readonly standard: StandardCoefficientSetId;
  readonly userDefined: boolean;
  readonly name: BilingualLabel;
  readonly coefficients: CarrierCoefficients;
  // Carriers whose figures the user changed, for the report's footnote.
  readonly overriddenKeys: readonly EnergyCarrierKey[];
  readonly note?: BilingualLabel;
}

const RANGE_NOTE: BilingualLabel = {
  zh: '标准仅给出范围，默认取下限；宜按实测低位发热量折算。',
  en:
    'The standard gives a range; the default is its lower end. ' +
    'Prefer the measured net calorific value.',
};

// 等价值 is the year's coal use per kWh supplied by thermal power plants, not
// a constant of the standard, so the default is a figure users edit.
const ELECTRICITY_NOTE: BilingualLabel = {
  zh:
    '等价值取当年火电供电标准煤耗，默认0.300 kgce/kWh，可修改；' +
    '早年统计表曾用0.404 kgce/kWh。',
  en:
    'The equivalent value is the year’s coal rate of thermal power ' +
    'supply; 0.300 kgce/kWh is an editable default. Older statistical ' +
    'tables used 0.404 kgce/kWh.',
};

// Figures of GB/T 2589-2008 Appendix A (energy) and Appendix B (working
// media), per the carrier's unit.
const GBT2589_2008: CarrierCoefficients = {
  rawCoal: { kgcePerUnit: 0.7143 },
  washedCoal: { kgcePerUnit: 0.9 },
  middlings: { kgcePerUnit: 0.2857 },
  coalSlime: {
    kgcePerUnit: 0.2857,
    rangeKgcePerUnit: [0.2857, 0.4286],
    note: RANGE_NOTE,
  },
  coke: { kgcePerUnit: 0.9714 },
  crudeOil: { kgcePerUnit: 1.4286 },
  fuelOil: { kgcePerUnit: 1.4286 },
  gasoline: { kgcePerUnit: 1.4714 },
  kerosene: { kgcePerUnit: 1.4714 },
  diesel: { kgcePerUnit: 1.4571 },
  lpg: { kgcePerUnit: 1.7143 },
  refineryGas: { kgcePerUnit: 1.5714 },
  naturalGas: { kgcePerUnit: 1.2143 },
  associatedGas: { kgcePerUnit: 1.33 },
  cokeOvenGas: {
    kgcePerUnit: 0.5714,
    rangeKgcePerUnit: [0.5714, 0.6143],
    note: RANGE_NOTE,
  },
  blastFurnaceGas: { kgcePerUnit: 0.1286 },
  heat: { kgcePerUnit: 0.03412 },
  steam: { kgcePerUnit: 0.1286 },
  electricity: {
    kgcePerUnit: 0.1229,
    equivalentKgcePerUnit: 0.3,
    note: ELECTRICITY_NOTE,
  },
  freshWater: { kgcePerUnit: 0.0857 },
  softenedWater: { kgcePerUnit: 0.4857 },
  deaeratedWater: { kgcePerUnit: 0.9714 },
  compressedAir: { kgcePerUnit: 0.04 },
  oxygen: { kgcePerUnit: 0.4 },
  acetylene: { kgcePerUnit: 8.3143 },
  calciumCarbide: { kgcePerUnit: 2.0786 },
};

// The 2020 edition as far as it could be checked: natural gas becomes a
// range, LNG is added, steam is to be converted from its enthalpy, and fresh
// water changes. Everything else is carried over from 2008.
const GBT2589_2020: CarrierCoefficients = {
  ...GBT2589_2008,
  naturalGas: {
    kgcePerUnit: 1.2143,
    rangeKgcePerUnit: [1.1, 1.33],
    note: {
      zh:
        '2020版给出约1.1000–1.3300的范围，建议按实测低位发热量' +
        '折算；默认取气田天然气1.2143。',
      en:
        'The 2020 edition gives about 1.1000–1.3300 and recommends the ' +
        'measured net calorific value; the default is the gas-field 1.2143.',
    },
  },
  lng: { kgcePerUnit: 1.7572 },
  steam: {
    kgcePerUnit: 0.1286,
    note: {
      zh:
        '2020版按蒸汽焓值折算；焓值已知时作为实测热值(kJ/kg)输入，' +
        '否则取低压蒸汽0.1286。',
      en:
        'The 2020 edition converts steam by its enthalpy: enter it in ' +
        'kJ/kg as the measured heating value, or low-pressure 0.1286 applies.',
    },
  },
  freshWater: {
    kgcePerUnit: 0.2571,
    note: {
      zh: '2008版为0.0857；0.2571见于多份资料，尚未与2020版原文核对。',
      en:
        '0.0857 in the 2008 edition; 0.2571 appears in several sources ' +
        'but has not been checked against the 2020 text.',
    },
  },
};

export const COEFFICIENT_SETS: Readonly<
  Record<StandardCoefficientSetId, CoefficientSet>
> = {
  'gbt2589-2008': {
    id: 'gbt2589-2008',
    standard: 'gbt2589-2008',
    userDefined: false,
    name: { zh: 'GB/T 2589-2008', en: 'GB/T 2589-2008' },
    coefficients: GBT2589_2008,
    overriddenKeys: [],
  },
  'gbt2589-2020': {
    id: 'gbt2589-2020',
    standard: 'gbt2589-2020',
    userDefined: false,
    name: { zh: 'GB/T 2589-2020', en: 'GB/T 2589-2020' },
    coefficients: GBT2589_2020,
    overriddenKeys: [],
    note: {
      zh: '除天然气、液化天然气、蒸汽和新水外，数值沿用2008版。',
      en:
        'Apart from natural gas, LNG, steam and fresh water, the figures ' +
        'are those of the 2008 edition.',
    },
  },
};

/** The kgce per unit of a carrier on a basis; undefined if the set lacks it. */
export function coefficientOf(
  set: CoefficientSet,
  key: EnergyCarrierKey,
  basis: ElectricityBasis,
): number | undefined {
  const coefficient = set.coefficients[key];
  if (coefficient === undefined) return undefined;
  if (
    basis === 'equivalent' &&
    coefficient.equivalentKgcePerUnit !== undefined
  ) {
    return coefficient.equivalentKgcePerUnit;
  }
  return coefficient.kgcePerUnit;
}

export const COEFFICIENT_SET_CODES = [
  'coefficient-invalid',
  'coefficient-missing',
] as const;
export type CoefficientSetCode = (typeof COEFFICIENT_SET_CODES)[number];

/** Thrown when a user-defined set would hold a figure no sum can use. */
export class CoefficientSetError extends Error {
  readonly code: CoefficientSetCode;
  readonly carrierKey: EnergyCarrierKey;

  constructor(code: CoefficientSetCode, carrierKey: EnergyCarrierKey) {
    super(`${code}: ${carrierKey}`);
    this.name = 'CoefficientSetError';
    this.code = code;
    this.carrierKey = carrierKey;
  }
}

export interface CoefficientSetDraft {
  readonly id: string;
  readonly name: BilingualLabel;
  readonly overrides: Readonly<
    Partial<Record<EnergyCarrierKey, Partial<CarrierCoefficient>>>
  >;
}

function isAbsentOrPositive(value: number | undefined): boolean {
  return value === undefined || (Number.isFinite(value) && value > 0);
}

// A base note explains the base figure, so it is dropped once a figure is
// replaced, unless the override brings its own.
function mergeCoefficient(
  key: EnergyCarrierKey,
  base: CarrierCoefficient | undefined,
  override: Partial<CarrierCoefficient>,
): CarrierCoefficient {
  const kgcePerUnit = override.kgcePerUnit ?? base?.kgcePerUnit;
  if (kgcePerUnit === undefined) {
    throw new CoefficientSetError('coefficient-missing', key);
  }
  const equivalentKgcePerUnit =
    override.equivalentKgcePerUnit ?? base?.equivalentKgcePerUnit;
  if (
    !isAbsentOrPositive(kgcePerUnit) ||
    !isAbsentOrPositive(equivalentKgcePerUnit)
  ) {
    throw new CoefficientSetError('coefficient-invalid', key);
  }

  const figureChanged =
    override.kgcePerUnit !== undefined ||
    override.equivalentKgcePerUnit !== undefined;
  const note = override.note ?? (figureChanged ? undefined : base?.note);
  const range = override.rangeKgcePerUnit ?? base?.rangeKgcePerUnit;
  return {
    kgcePerUnit,
    ...(equivalentKgcePerUnit === undefined ? {} : { equivalentKgcePerUnit }),
    ...(range === undefined ? {} : { rangeKgcePerUnit: range }),
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * A user-defined set: the base's figures with some replaced or added, e.g. a
 * measured coal rate for electricity on the equivalent basis, or a carrier
 * the base edition lacks. Throws CoefficientSetError for a non-positive
 * figure or a new carrier without kgcePerUnit.
 */
export function deriveCoefficientSet(
  base: CoefficientSet,
  draft: CoefficientSetDraft,
): CoefficientSet {
  const coefficients: Partial<Record<EnergyCarrierKey, CarrierCoefficient>> = {
    ...base.coefficients,
  };
  const overriddenKeys = new Set(base.overriddenKeys);
  for (const key of ENERGY_CARRIER_KEYS) {
    const override = draft.overrides[key];
    if (override === undefined) continue;
    coefficients[key] = mergeCoefficient(key, base.coefficients[key], override);
    overriddenKeys.add(key);
  }

  return {
    id: draft.id,
    standard: base.standard,
    userDefined: true,
    name: draft.name,
    coefficients,
    overriddenKeys: ENERGY_CARRIER_KEYS.filter((key) =>
      overriddenKeys.has(key),
    ),
    ...(base.note === undefined ? {} : { note: base.note }),
  };
}

// Emission factors are versioned like the coal coefficients, because the
// published grid factor changes every year or two.
export const CO2_FACTOR_SET_IDS = ['mee-2023'] as const;
export type Co2FactorSetId = (typeof CO2_FACTOR_SET_IDS)[number];

export interface Co2FactorSet {
  readonly id: string;
  readonly name: BilingualLabel;
  readonly gridTco2PerMwh: number;
}

// Fuel emission factors are not shipped yet: options enter avoided CO₂
// directly as the 'co2' parameter until a versioned fuel table is added.
export const CO2_FACTOR_SETS: Readonly<Record<Co2FactorSetId, Co2FactorSet>> = {
  'mee-2023': {
    id: 'mee-2023',
    name: {
      zh: '全国电网平均排放因子(生态环境部，2023–2024年度核算)',
      en: 'National average grid factor (MEE, 2023–2024 accounting)',
    },
    gridTco2PerMwh: 0.5703,
  },
};

/** What a new audit starts with; each audit records its own choice. */
export const DEFAULT_ENERGY_ACCOUNTING = {
  coefficientSetId: 'gbt2589-2020',
  electricityBasis: 'calorific',
  co2FactorSetId: 'mee-2023',
} as const satisfies {
  readonly coefficientSetId: StandardCoefficientSetId;
  readonly electricityBasis: ElectricityBasis;
  readonly co2FactorSetId: Co2FactorSetId;
};
