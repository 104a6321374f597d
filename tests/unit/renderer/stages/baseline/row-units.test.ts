import { describe, expect, it } from 'vitest';
import {
  perUnitBasis,
  ratioUnit,
  unitOf,
} from '@renderer/features/stages/stage2/baseline/row-units';

describe('row units', () => {
  it('reads the units of the conversion table however they are written', () => {
    expect(unitOf('万kWh')).toBe('万kWh');
    expect(unitOf('KWH')).toBe('kWh');
    expect(unitOf('m³')).toBe('m3');
    expect(unitOf(' 吨 ')).toBe('t');
    expect(unitOf('万度')).toBe('万kWh');
  });

  it('knows no unit for text outside the conversion table', () => {
    expect(unitOf('L')).toBeNull();
    expect(unitOf('')).toBeNull();
  });

  it('brings a 万 unit down to its plain unit for per-unit figures', () => {
    expect(perUnitBasis('万kWh')).toEqual({ unit: 'kWh', factor: 10_000 });
    expect(perUnitBasis('万m³')).toEqual({ unit: 'm3', factor: 10_000 });
  });

  it('keeps any other unit as typed', () => {
    expect(perUnitBasis('t')).toEqual({ unit: 't', factor: 1 });
    expect(perUnitBasis('桶')).toEqual({ unit: '桶', factor: 1 });
  });

  it('writes a ratio of units with superscripts', () => {
    expect(ratioUnit('m3', 'm2')).toBe('m³/m²');
    expect(ratioUnit('kWh', '')).toBe('');
  });
});
