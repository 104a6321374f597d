import { describe, expect, it } from 'vitest';
import {
  CO2_FACTOR_SETS,
  coefficientOf,
  COEFFICIENT_SETS,
  CoefficientSetError,
  DEFAULT_ENERGY_ACCOUNTING,
  deriveCoefficientSet,
  KJ_PER_KGCE,
  type CoefficientSetDraft,
} from '@shared/reference/coefficients';
import {
  ENERGY_CARRIER_KEYS,
  ENERGY_CARRIERS,
  energyCarrier,
  isCountedInTceByDefault,
  isEnergyCarrierKey,
  type EnergyCarrierKey,
} from '@shared/reference/energy-carriers';

const SET_2008 = COEFFICIENT_SETS['gbt2589-2008'];
const SET_2020 = COEFFICIENT_SETS['gbt2589-2020'];

// kgce per carrier unit, calorific basis, as GB/T 2589-2008 prints them.
const EXPECTED_2008: Readonly<Partial<Record<EnergyCarrierKey, number>>> = {
  rawCoal: 0.7143,
  washedCoal: 0.9,
  middlings: 0.2857,
  coalSlime: 0.2857,
  coke: 0.9714,
  crudeOil: 1.4286,
  fuelOil: 1.4286,
  gasoline: 1.4714,
  kerosene: 1.4714,
  diesel: 1.4571,
  lpg: 1.7143,
  refineryGas: 1.5714,
  naturalGas: 1.2143,
  associatedGas: 1.33,
  cokeOvenGas: 0.5714,
  blastFurnaceGas: 0.1286,
  heat: 0.03412,
  steam: 0.1286,
  electricity: 0.1229,
  freshWater: 0.0857,
  softenedWater: 0.4857,
  deaeratedWater: 0.9714,
  compressedAir: 0.04,
  oxygen: 0.4,
  acetylene: 8.3143,
  calciumCarbide: 2.0786,
};

const EXPECTED_2020: Readonly<Record<EnergyCarrierKey, number>> = {
  ...(EXPECTED_2008 as Record<EnergyCarrierKey, number>),
  lng: 1.7572,
  freshWater: 0.2571,
};

function setError(action: () => unknown): CoefficientSetError {
  try {
    action();
  } catch (error) {
    if (error instanceof CoefficientSetError) return error;
    throw error;
  }
  throw new Error('expected a CoefficientSetError');
}

function draft(
  overrides: CoefficientSetDraft['overrides'],
): CoefficientSetDraft {
  return {
    id: 'user-1',
    name: { zh: '项目自定义', en: 'Project set' },
    overrides,
  };
}

describe('energy carriers', () => {
  it('lists each carrier once with a unique key', () => {
    expect(new Set(ENERGY_CARRIER_KEYS).size).toBe(27);
    expect(ENERGY_CARRIERS.map((carrier) => carrier.key)).toEqual(
      ENERGY_CARRIER_KEYS,
    );
  });

  it('gives each carrier the unit its coefficient is quoted per', () => {
    expect(energyCarrier('rawCoal').unit).toBe('kg');
    expect(energyCarrier('naturalGas').unit).toBe('m3');
    expect(energyCarrier('lng').unit).toBe('kg');
    expect(energyCarrier('steam').unit).toBe('kg');
    expect(energyCarrier('heat').unit).toBe('MJ');
    expect(energyCarrier('electricity').unit).toBe('kWh');
    expect(energyCarrier('freshWater').unit).toBe('t');
  });

  it('leaves working media out of tce totals by default', () => {
    const counted = ENERGY_CARRIERS.filter((carrier) =>
      isCountedInTceByDefault(carrier.key),
    ).map((carrier) => carrier.key);

    expect(counted).not.toContain('freshWater');
    expect(counted).not.toContain('compressedAir');
    expect(counted).toContain('electricity');
    expect(counted).toContain('steam');
    expect(counted).toHaveLength(20);
  });

  it('recognises carrier keys and nothing else', () => {
    expect(isEnergyCarrierKey('diesel')).toBe(true);
    expect(isEnergyCarrierKey('hydrogen')).toBe(false);
    expect(isEnergyCarrierKey(7)).toBe(false);
  });
});

describe('GB/T 2589 coefficient sets', () => {
  it.each(Object.entries(EXPECTED_2008))(
    'gives %s the 2008 coefficient %d kgce per unit',
    (key, kgcePerUnit) => {
      const carrierKey = key as EnergyCarrierKey;
      expect(coefficientOf(SET_2008, carrierKey, 'calorific')).toBe(
        kgcePerUnit,
      );
    },
  );

  it.each(Object.entries(EXPECTED_2020))(
    'gives %s the 2020 coefficient %d kgce per unit',
    (key, kgcePerUnit) => {
      const carrierKey = key as EnergyCarrierKey;
      expect(coefficientOf(SET_2020, carrierKey, 'calorific')).toBe(
        kgcePerUnit,
      );
    },
  );

  it('has a 2020 coefficient for every carrier', () => {
    const missing = ENERGY_CARRIER_KEYS.filter(
      (key) => SET_2020.coefficients[key] === undefined,
    );
    expect(missing).toEqual([]);
  });

  it('has no LNG coefficient in the 2008 set', () => {
    expect(coefficientOf(SET_2008, 'lng', 'calorific')).toBeUndefined();
  });

  it.each([SET_2008, SET_2020])(
    'counts electricity at 0.1229 calorific and 0.300 equivalent in $id',
    (set) => {
      expect(coefficientOf(set, 'electricity', 'calorific')).toBe(0.1229);
      expect(coefficientOf(set, 'electricity', 'equivalent')).toBe(0.3);
    },
  );

  // 1 kWh is 860 kcal and 1 kgce 7 000 kcal; 1 MJ is 1 000 of 29 307 kJ.
  it('derives the electricity and heat figures from their heat content', () => {
    expect(860 / 7_000).toBeCloseTo(0.1229, 4);
    expect(1_000 / KJ_PER_KGCE).toBeCloseTo(0.03412, 5);
  });

  it('counts carriers without an equivalent figure the same on both bases', () => {
    expect(coefficientOf(SET_2020, 'steam', 'equivalent')).toBe(0.1286);
    expect(coefficientOf(SET_2020, 'naturalGas', 'equivalent')).toBe(1.2143);
  });

  it('records the 2020 natural-gas range around its default', () => {
    const naturalGas = SET_2020.coefficients.naturalGas;

    expect(naturalGas?.rangeKgcePerUnit).toEqual([1.1, 1.33]);
    expect(naturalGas?.note?.zh).toContain('实测');
  });

  it('keeps the old 0.404 equivalent figure as a note only', () => {
    expect(SET_2020.coefficients.electricity?.note?.en).toContain('0.404');
  });

  it('names the edition each set comes from', () => {
    expect(SET_2008.standard).toBe('gbt2589-2008');
    expect(SET_2020.standard).toBe('gbt2589-2020');
    expect(SET_2020.userDefined).toBe(false);
  });
});

describe('deriveCoefficientSet', () => {
  it('replaces the overridden figures and keeps the others', () => {
    const set = deriveCoefficientSet(
      SET_2020,
      draft({ electricity: { equivalentKgcePerUnit: 0.305 } }),
    );

    expect(coefficientOf(set, 'electricity', 'equivalent')).toBe(0.305);
    expect(coefficientOf(set, 'electricity', 'calorific')).toBe(0.1229);
    expect(coefficientOf(set, 'diesel', 'calorific')).toBe(1.4571);
  });

  it('marks the set as user-defined and lists the changed carriers', () => {
    const set = deriveCoefficientSet(
      SET_2020,
      draft({
        naturalGas: { kgcePerUnit: 1.25 },
        rawCoal: { kgcePerUnit: 0.7 },
      }),
    );

    expect(set).toMatchObject({
      id: 'user-1',
      standard: 'gbt2589-2020',
      userDefined: true,
    });
    expect(set.overriddenKeys).toEqual(['rawCoal', 'naturalGas']);
  });

  it('adds a carrier the base edition lacks', () => {
    const set = deriveCoefficientSet(
      SET_2008,
      draft({ lng: { kgcePerUnit: 1.7572 } }),
    );

    expect(coefficientOf(set, 'lng', 'calorific')).toBe(1.7572);
  });

  it('carries earlier overrides into a set derived from a user set', () => {
    const first = deriveCoefficientSet(
      SET_2020,
      draft({ coke: { kgcePerUnit: 0.98 } }),
    );
    const second = deriveCoefficientSet(
      first,
      draft({ diesel: { kgcePerUnit: 1.46 } }),
    );

    expect(second.overriddenKeys).toEqual(['coke', 'diesel']);
    expect(coefficientOf(second, 'coke', 'calorific')).toBe(0.98);
  });

  it('drops the base note once the figure it explains is replaced', () => {
    const set = deriveCoefficientSet(
      SET_2020,
      draft({ naturalGas: { kgcePerUnit: 1.25 } }),
    );

    expect(set.coefficients.naturalGas?.note).toBeUndefined();
    expect(set.coefficients.naturalGas?.rangeKgcePerUnit).toEqual([1.1, 1.33]);
  });

  it('leaves the base set unchanged', () => {
    deriveCoefficientSet(SET_2020, draft({ diesel: { kgcePerUnit: 2 } }));

    expect(coefficientOf(SET_2020, 'diesel', 'calorific')).toBe(1.4571);
  });

  it.each([0, -0.1, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects %d as a coefficient with coefficient-invalid',
    (kgcePerUnit) => {
      const error = setError(() =>
        deriveCoefficientSet(SET_2020, draft({ coke: { kgcePerUnit } })),
      );

      expect(error.code).toBe('coefficient-invalid');
      expect(error.carrierKey).toBe('coke');
    },
  );

  it('rejects a new carrier without kgcePerUnit with coefficient-missing', () => {
    const error = setError(() =>
      deriveCoefficientSet(SET_2008, draft({ lng: { note: undefined } })),
    );

    expect(error.code).toBe('coefficient-missing');
  });
});

describe('defaults for a new audit', () => {
  it('uses GB/T 2589-2020 on the calorific basis', () => {
    expect(DEFAULT_ENERGY_ACCOUNTING.coefficientSetId).toBe('gbt2589-2020');
    expect(DEFAULT_ENERGY_ACCOUNTING.electricityBasis).toBe('calorific');
  });

  it('uses the grid factor of 0.5703 tCO2 per MWh', () => {
    const factors = CO2_FACTOR_SETS[DEFAULT_ENERGY_ACCOUNTING.co2FactorSetId];

    expect(factors.gridTco2PerMwh).toBe(0.5703);
  });
});
