import { describe, expect, it } from 'vitest';
import {
  canConvert,
  conversionFactor,
  convertUnit,
  dimensionOf,
  isUnit,
  UnitConversionError,
  type Unit,
} from '@shared/calc/units';

function conversionError(action: () => unknown): UnitConversionError {
  try {
    action();
  } catch (error) {
    if (error instanceof UnitConversionError) return error;
    throw error;
  }
  throw new Error('expected a UnitConversionError');
}

describe('convertUnit', () => {
  it.each<[number, Unit, Unit, number]>([
    [25_000, 't', '万t', 2.5],
    [2.5, '万t', 't', 25_000],
    [1_500, 'kg', 't', 1.5],
    [1.5, 't', 'kg', 1_500],
    [250, 'g', 'kg', 0.25],
    [1_234_000, 'kWh', '万kWh', 123.4],
    [123.4, '万kWh', 'kWh', 1_234_000],
    [3_500, 'kWh', 'MWh', 3.5],
    [200_000, 'm3', '万m3', 20],
    [20, '万m3', 'm3', 200_000],
    [430_060, 'kgce', 'tce', 430.06],
    [430.06, 'tce', 'kgce', 430_060],
    [12_000, 'tce', '万tce', 1.2],
    [85_000, '元', '万元', 8.5],
    [8.5, '万元', '元', 85_000],
    [29_307, 'kJ', 'MJ', 29.307],
    [2.5, 'GJ', 'MJ', 2_500],
  ])('converts %d %s into %s', (quantity, from, to, expected) => {
    expect(convertUnit(quantity, from, to)).toBe(expected);
  });

  it('returns the quantity unchanged when both units are the same', () => {
    expect(convertUnit(0.1 + 0.2, 't', 't')).toBe(0.1 + 0.2);
  });

  it('keeps the sign of negative quantities', () => {
    expect(convertUnit(-20_000, 'kWh', '万kWh')).toBe(-2);
  });

  it('throws unit-pair-unknown for units of different dimensions', () => {
    const error = conversionError(() => convertUnit(1, 't', 'm3'));

    expect(error.code).toBe('unit-pair-unknown');
    expect([error.from, error.to]).toEqual(['t', 'm3']);
  });

  it('refuses to turn kWh into heat units', () => {
    expect(conversionError(() => convertUnit(1, 'kWh', 'MJ')).code).toBe(
      'unit-pair-unknown',
    );
  });

  it('throws unit-unknown for a unit outside the table', () => {
    const error = conversionError(() => convertUnit(1, 'lb' as Unit, 'kg'));

    expect(error.code).toBe('unit-unknown');
  });
});

describe('conversionFactor', () => {
  it('gives how many target units make one source unit', () => {
    expect(conversionFactor('t', 'kg')).toBe(1_000);
    expect(conversionFactor('万kWh', 'kWh')).toBe(10_000);
    expect(conversionFactor('kgce', 'tce')).toBe(0.001);
  });

  it('throws for units of different dimensions', () => {
    expect(conversionError(() => conversionFactor('元', 't')).code).toBe(
      'unit-pair-unknown',
    );
  });
});

describe('unit checks', () => {
  it('accepts only the units of the table', () => {
    expect(isUnit('万m3')).toBe(true);
    expect(isUnit('Nm3')).toBe(false);
  });

  it('reports convertibility only within one dimension', () => {
    expect(canConvert('万t', 'g')).toBe(true);
    expect(canConvert('tce', 't')).toBe(false);
    expect(canConvert('lb', 'kg')).toBe(false);
  });

  it('names the dimension of a unit', () => {
    expect(dimensionOf('万kWh')).toBe('electricity');
    expect(dimensionOf('tce')).toBe('standardCoal');
  });
});
