import { describe, expect, it } from 'vitest';
import {
  lineDecimals,
  significant,
} from '@renderer/features/stages/stage2/baseline/column-helpers';

describe('column helpers', () => {
  it('rounds a ratio to four significant digits', () => {
    expect(significant(29.838709677)).toBe(29.84);
    expect(significant(0.000449197)).toBe(0.0004492);
    expect(significant(null)).toBeNull();
  });

  it('gives a line the fraction digits of four significant digits', () => {
    expect(lineDecimals([6.651, 6.61, 6.481])).toBe(3);
    expect(lineDecimals([0.08467, 0.08116, null])).toBe(5);
    expect(lineDecimals([1_234.5, 980])).toBe(0);
  });

  it('gives no fraction digits to a line without figures', () => {
    expect(lineDecimals([null, null])).toBe(0);
  });
});
