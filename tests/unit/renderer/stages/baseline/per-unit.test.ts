import { describe, expect, it } from 'vitest';
import {
  mainProduct,
  outputFor,
  perUnitUnit,
  perUnitUse,
  sharedProductUnit,
  totalOutput,
  totalOutputValueWanYuan,
} from '@renderer/features/stages/stage2/baseline/per-unit';
import { boards, item, product } from './fixtures';

const bolts = () =>
  product({
    id: 'bolts',
    name: '螺栓',
    unit: '万件',
    outputByYear: { '2025': 80 },
    outputValueWanYuanByYear: { '2025': 900 },
  });

describe('use per unit of product', () => {
  it('finds the unit all products share', () => {
    expect(sharedProductUnit(boards())).toBe('m²');
    expect(sharedProductUnit([...boards(), bolts()])).toBeNull();
  });

  it('adds up output and output value of a year', () => {
    expect(totalOutput(boards(), 2025)).toBe(620_000);
    expect(totalOutputValueWanYuan(boards(), 2025)).toBe(52_000);
    expect(totalOutput(boards(), 2020)).toBeNull();
  });

  it('takes the product with the largest output value as the main one', () => {
    expect(mainProduct(boards(), 2025)?.name).toBe('多层板');
  });

  it('divides a shared row by the total output when products share a unit', () => {
    expect(outputFor(null, boards(), 2025)).toEqual({
      output: 620_000,
      unit: 'm²',
    });
    expect(outputFor(null, [...boards(), bolts()], 2025)).toBeNull();
  });

  it('divides a row tied to a product by that product’s output', () => {
    expect(outputFor('multi', boards(), 2024)).toEqual({
      output: 338_000,
      unit: 'm²',
    });
  });

  it('gives electricity in 万kWh per m² as kWh/m²', () => {
    const power = item({
      id: 'power',
      unit: '万kWh',
      quantityByYear: { '2025': 1_850 },
    });
    // 18,500,000 kWh over 620,000 m².
    expect(perUnitUse(power, boards(), 2025)).toBeCloseTo(29.8387, 4);
    expect(perUnitUnit(power, boards())).toBe('kWh/m²');
  });

  it('gives no figure without the quantity or the output', () => {
    const foil = item({ id: 'foil', unit: 't', productId: 'multi' });
    expect(perUnitUse(foil, boards(), 2025)).toBeNull();
    const orphan = item({
      id: 'orphan',
      unit: 't',
      productId: 'gone',
      quantityByYear: { '2025': 1 },
    });
    expect(perUnitUse(orphan, boards(), 2025)).toBeNull();
    expect(perUnitUnit(orphan, boards())).toBe('');
  });
});
