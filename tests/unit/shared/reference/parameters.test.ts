import { describe, expect, it } from 'vitest';
import { conversionFactor } from '@shared/calc/units';
import { energyCarrier } from '@shared/reference/energy-carriers';
import {
  isParameterKey,
  parameterByKey,
  PARAMETER_KEYS,
  PARAMETERS,
  type ParameterKey,
} from '@shared/reference/parameters';

function carrierFactorOf(key: ParameterKey): number | undefined {
  const energy = parameterByKey(key).energy;
  return energy?.kind === 'carrier' ? energy.carrierUnitsPerUnit : undefined;
}

describe('parameters', () => {
  it('lists the twenty parameters of the catalogue', () => {
    expect(PARAMETER_KEYS).toEqual([
      'electricity',
      'water',
      'naturalGas',
      'steam',
      'rawCoal',
      'diesel',
      'otherFuel',
      'wastewater',
      'cod',
      'ammoniaNitrogen',
      'totalNitrogen',
      'totalPhosphorus',
      'so2',
      'nox',
      'particulates',
      'vocs',
      'heavyMetals',
      'solidWaste',
      'hazardousWaste',
      'co2',
    ]);
  });

  it('treats resources as savings and discharges as reductions', () => {
    const savings = PARAMETERS.filter((item) => item.kind === 'saving');

    expect(savings.map((item) => item.key)).toEqual([
      'electricity',
      'water',
      'naturalGas',
      'steam',
      'rawCoal',
      'diesel',
      'otherFuel',
    ]);
  });

  it('uses the units reports print', () => {
    expect(parameterByKey('electricity').unit).toBe('kWh');
    expect(parameterByKey('naturalGas').unit).toBe('m3');
    expect(parameterByKey('steam').unit).toBe('t');
    expect(parameterByKey('cod').unit).toBe('t');
    expect(parameterByKey('heavyMetals').unit).toBe('kg');
    expect(parameterByKey('otherFuel').unit).toBe('tce');
  });

  it('links energy parameters to their carriers', () => {
    expect(parameterByKey('water').energy).toMatchObject({
      carrierKey: 'freshWater',
    });
    expect(parameterByKey('naturalGas').energy).toMatchObject({
      carrierKey: 'naturalGas',
    });
    expect(parameterByKey('otherFuel').energy).toEqual({
      kind: 'standardCoal',
    });
  });

  it('converts t of steam, coal and diesel into the carriers’ kg', () => {
    expect(carrierFactorOf('steam')).toBe(1_000);
    expect(carrierFactorOf('rawCoal')).toBe(1_000);
    expect(carrierFactorOf('diesel')).toBe(1_000);
    expect(carrierFactorOf('electricity')).toBe(1);
    expect(carrierFactorOf('naturalGas')).toBe(1);
    expect(carrierFactorOf('water')).toBe(1);
  });

  it('takes every carrier factor from the unit table', () => {
    for (const parameter of PARAMETERS) {
      if (parameter.energy?.kind !== 'carrier') continue;
      const carrierUnit = energyCarrier(parameter.energy.carrierKey).unit;
      expect(parameter.energy.carrierUnitsPerUnit).toBe(
        conversionFactor(parameter.unit, carrierUnit),
      );
    }
  });

  it('links no pollutant to energy', () => {
    const reductions = PARAMETERS.filter((item) => item.kind === 'reduction');

    expect(reductions.every((item) => item.energy === null)).toBe(true);
  });

  it('recognises parameter keys and nothing else', () => {
    expect(isParameterKey('vocs')).toBe(true);
    expect(isParameterKey('noise')).toBe(false);
  });
});
