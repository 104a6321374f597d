import { describe, expect, it } from 'vitest';
import {
  EnergyCalcError,
  energyPerOutputValueTcePerWanYuan,
  energyPerUnitProductKgce,
  energySavedTce,
  gridElectricityCo2T,
  kgceOf,
  tceOfRows,
  type EnergyRow,
  type EnvironmentalEffect,
} from '@shared/calc/energy';
import { UnitConversionError } from '@shared/calc/units';
import {
  CO2_FACTOR_SETS,
  COEFFICIENT_SETS,
  KJ_PER_KGCE,
} from '@shared/reference/coefficients';

const SET_2020 = COEFFICIENT_SETS['gbt2589-2020'];
const SET_2008 = COEFFICIENT_SETS['gbt2589-2008'];

function row(overrides: Partial<EnergyRow> = {}): EnergyRow {
  return {
    year: 2024,
    carrierKey: 'electricity',
    quantity: 1_000_000,
    unit: 'kWh',
    ...overrides,
  };
}

function effect(
  overrides: Partial<EnvironmentalEffect> = {},
): EnvironmentalEffect {
  return {
    parameter: 'electricity',
    quantity: 100_000,
    unit: 'kWh',
    ...overrides,
  };
}

function calcError(action: () => unknown): EnergyCalcError {
  try {
    action();
  } catch (error) {
    if (error instanceof EnergyCalcError) return error;
    throw error;
  }
  throw new Error('expected an EnergyCalcError');
}

// 1 000 000 kWh electricity, 200 000 m3 natural gas and 500 t steam with the
// default set: 122.9 + 242.86 + 64.3 = 430.06 tce.
const WORKED_BASELINE: readonly EnergyRow[] = [
  row({ carrierKey: 'electricity', quantity: 1_000_000, unit: 'kWh' }),
  row({ carrierKey: 'naturalGas', quantity: 200_000, unit: 'm3' }),
  row({ carrierKey: 'steam', quantity: 500, unit: 't' }),
];

describe('kgceOf', () => {
  it('multiplies the quantity by the set coefficient', () => {
    expect(kgceOf(1_000, 'diesel', SET_2020, 'calorific')).toBeCloseTo(
      1_457.1,
      9,
    );
  });

  it('counts electricity on the calorific basis at 0.1229 kgce/kWh', () => {
    expect(kgceOf(1_000_000, 'electricity', SET_2020, 'calorific')).toBe(
      122_900,
    );
  });

  it('counts electricity on the equivalent basis at 0.300 kgce/kWh', () => {
    expect(kgceOf(1_000_000, 'electricity', SET_2020, 'equivalent')).toBe(
      300_000,
    );
  });

  it('uses a measured heating value instead of the coefficient', () => {
    const gasKjPerM3 = 1.2 * KJ_PER_KGCE;

    expect(
      kgceOf(200_000, 'naturalGas', SET_2020, 'calorific', gasKjPerM3),
    ).toBeCloseTo(240_000, 6);
  });

  it('converts steam by its enthalpy when one is given', () => {
    expect(kgceOf(500_000, 'steam', SET_2020, 'calorific', 2_763)).toBe(
      (500_000 * 2_763) / 29_307,
    );
  });

  it('converts a carrier missing from the set when its heating value is given', () => {
    expect(kgceOf(1_000, 'lng', SET_2008, 'calorific', 51_500)).toBe(
      (1_000 * 51_500) / 29_307,
    );
  });

  it('throws energy-carrier-not-in-set for LNG in the 2008 set', () => {
    const error = calcError(() => kgceOf(1, 'lng', SET_2008, 'calorific'));

    expect(error.code).toBe('energy-carrier-not-in-set');
    expect(error.carrierKey).toBe('lng');
  });

  it('refuses a measured heating value for electricity', () => {
    const error = calcError(() =>
      kgceOf(1, 'electricity', SET_2020, 'calorific', 3_600),
    );

    expect(error.code).toBe('energy-heating-value-not-applicable');
  });

  it.each([0, -35_000, Number.NaN])(
    'rejects a heating value of %d',
    (heatingValue) => {
      const error = calcError(() =>
        kgceOf(1, 'naturalGas', SET_2020, 'calorific', heatingValue),
      );

      expect(error.code).toBe('energy-heating-value-invalid');
    },
  );

  it('rejects a quantity that is not a finite number', () => {
    const error = calcError(() =>
      kgceOf(Number.NaN, 'diesel', SET_2020, 'calorific'),
    );

    expect(error.code).toBe('energy-quantity-not-finite');
  });
});

describe('tceOfRows', () => {
  it('sums the worked baseline to 430.06 tce with the default set', () => {
    const [year] = tceOfRows(WORKED_BASELINE, SET_2020, 'calorific');

    expect(year?.year).toBe(2024);
    expect(year?.tce).toBeCloseTo(122.9 + 242.86 + 64.3, 10);
    expect(year?.tce).toBeCloseTo(430.06, 10);
  });

  it('gives the same total when rows are entered in 万 units', () => {
    const rows = [
      row({ carrierKey: 'electricity', quantity: 100, unit: '万kWh' }),
      row({ carrierKey: 'naturalGas', quantity: 20, unit: '万m3' }),
      row({ carrierKey: 'steam', quantity: 500_000, unit: 'kg' }),
    ];

    expect(tceOfRows(rows, SET_2020, 'calorific')[0]?.tce).toBeCloseTo(
      430.06,
      10,
    );
  });

  it('uses the equivalent electricity figure on the equivalent basis', () => {
    const [year] = tceOfRows(WORKED_BASELINE, SET_2020, 'equivalent');

    expect(year?.tce).toBeCloseTo(300 + 242.86 + 64.3, 10);
  });

  it('totals each year separately, years ascending', () => {
    const rows = [
      row({ year: 2024, quantity: 1_000_000 }),
      row({ year: 2022, quantity: 2_000_000 }),
      row({ year: 2024, carrierKey: 'rawCoal', quantity: 10, unit: 't' }),
    ];

    const years = tceOfRows(rows, SET_2020, 'calorific');

    expect(years.map((entry) => entry.year)).toEqual([2022, 2024]);
    expect(years[0]?.tce).toBeCloseTo(245.8, 10);
    expect(years[1]?.tce).toBeCloseTo(122.9 + 7.143, 10);
  });

  it('leaves working media out by default', () => {
    const rows = [
      row(),
      row({ carrierKey: 'freshWater', quantity: 10_000, unit: 't' }),
    ];

    expect(tceOfRows(rows, SET_2020, 'calorific')[0]?.tce).toBeCloseTo(
      122.9,
      10,
    );
  });

  it('counts working media when asked to', () => {
    const rows = [
      row(),
      row({ carrierKey: 'freshWater', quantity: 10_000, unit: 't' }),
    ];

    const [year] = tceOfRows(rows, SET_2020, 'calorific', {
      includeWorkingMedia: true,
    });

    expect(year?.tce).toBeCloseTo(122.9 + 2.571, 10);
  });

  it('applies a row’s measured heating value', () => {
    const rows = [
      row({
        carrierKey: 'naturalGas',
        quantity: 200_000,
        unit: 'm3',
        measuredHeatingValueKjPerUnit: 1.2 * KJ_PER_KGCE,
      }),
    ];

    expect(tceOfRows(rows, SET_2020, 'calorific')[0]?.tce).toBeCloseTo(240, 9);
  });

  it('throws UnitConversionError when a row’s unit does not fit its carrier', () => {
    const rows = [row({ carrierKey: 'rawCoal', quantity: 5, unit: 'm3' })];

    expect(() => tceOfRows(rows, SET_2020, 'calorific')).toThrow(
      UnitConversionError,
    );
  });

  it('returns no years for no rows', () => {
    expect(tceOfRows([], SET_2020, 'calorific')).toEqual([]);
  });
});

describe('energy intensity', () => {
  it('gives kgce per unit of product from a total in tce', () => {
    expect(energyPerUnitProductKgce(430.06, 1_000)).toBeCloseTo(430.06, 10);
  });

  it('gives tce per 万元 of output value', () => {
    expect(energyPerOutputValueTcePerWanYuan(430.06, 8_600)).toBeCloseTo(
      0.050007,
      7,
    );
  });

  it.each([0, -5, Number.NaN])(
    'rejects an output of %d with energy-denominator-not-positive',
    (output) => {
      expect(calcError(() => energyPerUnitProductKgce(1, output)).code).toBe(
        'energy-denominator-not-positive',
      );
    },
  );
});

describe('energySavedTce', () => {
  it('converts electricity and gas savings into tce', () => {
    const effects = [
      effect({ parameter: 'electricity', quantity: 100_000, unit: 'kWh' }),
      effect({ parameter: 'naturalGas', quantity: 10, unit: '万m3' }),
    ];

    expect(energySavedTce(effects, SET_2020, 'calorific')).toBeCloseTo(
      12.29 + 121.43,
      10,
    );
  });

  it('converts steam saved in t through the per-kg coefficient', () => {
    const effects = [effect({ parameter: 'steam', quantity: 500, unit: 't' })];

    expect(energySavedTce(effects, SET_2020, 'calorific')).toBeCloseTo(
      64.3,
      10,
    );
  });

  it('nets a fuel switch: coal saved minus extra electricity used', () => {
    const effects = [
      effect({ parameter: 'rawCoal', quantity: 100, unit: 't' }),
      effect({ parameter: 'electricity', quantity: -200_000, unit: 'kWh' }),
    ];

    expect(energySavedTce(effects, SET_2020, 'calorific')).toBeCloseTo(
      71.43 - 24.58,
      10,
    );
  });

  it('is negative when an option uses more energy than it saves', () => {
    const effects = [
      effect({ parameter: 'electricity', quantity: -50_000, unit: 'kWh' }),
      effect({ parameter: 'diesel', quantity: 1, unit: 't' }),
    ];

    expect(energySavedTce(effects, SET_2020, 'calorific')).toBeCloseTo(
      -6.145 + 1.4571,
      10,
    );
  });

  it('ignores pollutant reductions', () => {
    const effects = [
      effect({ parameter: 'cod', quantity: 12, unit: 't' }),
      effect({ parameter: 'heavyMetals', quantity: 3, unit: 'kg' }),
      effect({ parameter: 'co2', quantity: 500, unit: 't' }),
    ];

    expect(energySavedTce(effects, SET_2020, 'calorific')).toBe(0);
  });

  it('does not count water saved by default', () => {
    const effects = [
      effect({ parameter: 'water', quantity: 10_000, unit: 't' }),
    ];

    expect(energySavedTce(effects, SET_2020, 'calorific')).toBe(0);
  });

  it('counts water saved as fresh water when working media are included', () => {
    const effects = [effect({ parameter: 'water', quantity: 1, unit: '万t' })];

    expect(
      energySavedTce(effects, SET_2020, 'calorific', {
        includeWorkingMedia: true,
      }),
    ).toBeCloseTo(2.571, 10);
  });

  it('adds other fuel entered directly in standard coal', () => {
    const effects = [
      effect({ parameter: 'otherFuel', quantity: 2.5, unit: 'tce' }),
      effect({ parameter: 'otherFuel', quantity: 500, unit: 'kgce' }),
    ];

    expect(energySavedTce(effects, SET_2020, 'calorific')).toBe(3);
  });

  it('uses the equivalent basis when the audit chooses it', () => {
    expect(energySavedTce([effect()], SET_2020, 'equivalent')).toBeCloseTo(
      30,
      10,
    );
  });

  it('applies the audit’s measured heating value to gas savings', () => {
    const effects = [
      effect({ parameter: 'naturalGas', quantity: 10_000, unit: 'm3' }),
    ];

    const savedTce = energySavedTce(effects, SET_2020, 'calorific', {
      measuredHeatingValuesKjPerUnit: { naturalGas: 1.2 * KJ_PER_KGCE },
    });

    expect(savedTce).toBeCloseTo(12, 10);
  });

  it('returns zero for an option without effects', () => {
    expect(energySavedTce([], SET_2020, 'calorific')).toBe(0);
  });
});

describe('gridElectricityCo2T', () => {
  it('gives 570.3 t CO2 for 1 000 000 kWh at 0.5703 t/MWh', () => {
    expect(
      gridElectricityCo2T(1_000_000, CO2_FACTOR_SETS['mee-2023']),
    ).toBeCloseTo(570.3, 10);
  });
});
