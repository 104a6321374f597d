import { describe, expect, it } from 'vitest';
import {
  canonicalUnit,
  parseNumber,
  toHalfWidth,
} from '@renderer/components/grid/parse-number';

describe('toHalfWidth', () => {
  it('maps full-width digits and punctuation to ASCII', () => {
    expect(toHalfWidth('１２３．４，５％')).toBe('123.4,5%');
  });

  it('maps the ideographic full stop and space an IME produces', () => {
    expect(toHalfWidth('12。5\u3000')).toBe('12.5 ');
  });
});

describe('canonicalUnit', () => {
  it('spells m³, m^3 and M3 the same way', () => {
    expect(new Set(['m³', 'm^3', 'M3', 'ｍ３'].map(canonicalUnit))).toEqual(
      new Set(['m3']),
    );
  });

  it('reads the Chinese names of units as their symbols', () => {
    expect(canonicalUnit('度')).toBe(canonicalUnit('kWh'));
    expect(canonicalUnit('万吨')).toBe(canonicalUnit('万t'));
  });
});

describe('parseNumber', () => {
  it('reads an empty or blank text as a cleared cell', () => {
    expect(parseNumber('  ')).toEqual({ ok: true, value: null });
  });

  it('reads full-width digits and a full-width decimal point', () => {
    expect(parseNumber('１２３．４')).toEqual({ ok: true, value: 123.4 });
  });

  it('reads thousands separators, ASCII or full-width', () => {
    expect(parseNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('１，２３４')).toEqual({ ok: true, value: 1234 });
  });

  it('ignores surrounding spaces', () => {
    expect(parseNumber('  42 \t')).toEqual({ ok: true, value: 42 });
  });

  it('reads an accounting negative in parentheses', () => {
    expect(parseNumber('(1,200)')).toEqual({ ok: true, value: -1200 });
  });

  it('reads scientific notation as spreadsheets copy it', () => {
    expect(parseNumber('1.23E+05')).toEqual({ ok: true, value: 123000 });
  });

  it('refuses misplaced thousands separators', () => {
    expect(parseNumber('1,2345')).toEqual({ ok: false, code: 'not-a-number' });
  });

  it('refuses text that does not start with a number', () => {
    expect(parseNumber('约 300')).toEqual({ ok: false, code: 'not-a-number' });
  });

  it('accepts a trailing unit equal to the column unit', () => {
    expect(parseNumber('1,200 kWh', { unit: 'kWh' })).toEqual({
      ok: true,
      value: 1200,
    });
  });

  it('accepts the Chinese name of the column unit', () => {
    expect(parseNumber('1200度', { unit: 'kWh' })).toEqual({
      ok: true,
      value: 1200,
    });
  });

  it('refuses a unit other than the column unit', () => {
    expect(parseNumber('12 万kWh', { unit: 'kWh' })).toEqual({
      ok: false,
      code: 'unit-mismatch',
    });
    expect(parseNumber('3 t', { unit: 'm³' })).toEqual({
      ok: false,
      code: 'unit-mismatch',
    });
  });

  it('converts a unit the column accepts with its factor', () => {
    const options = { unit: 'kWh', acceptUnits: { 万kWh: 10000 } };
    expect(parseNumber('12 万kWh', options)).toEqual({
      ok: true,
      value: 120000,
    });
    expect(parseNumber('0.07万kWh', options)).toEqual({ ok: true, value: 700 });
  });

  it('refuses a unit in a column without one', () => {
    expect(parseNumber('5 kg')).toEqual({ ok: false, code: 'unexpected-unit' });
  });

  it('accepts a percent sign only in a percent column', () => {
    expect(parseNumber('12.5%', { unit: '%' })).toEqual({
      ok: true,
      value: 12.5,
    });
    expect(parseNumber('12.5％', { unit: 'kWh' })).toEqual({
      ok: false,
      code: 'percent-not-allowed',
    });
  });
});
