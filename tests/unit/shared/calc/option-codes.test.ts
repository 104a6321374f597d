import { describe, expect, it } from 'vitest';
import {
  codeNumberIn,
  nextOptionCode,
  sequentialCodes,
} from '@shared/calc/option-codes';

describe('option codes', () => {
  it('read the number of a code in its own series only', () => {
    expect(codeNumberIn('F12', 'noLow')).toBe(12);
    expect(codeNumberIn('Z3', 'noLow')).toBeNull();
    expect(codeNumberIn('F-1', 'noLow')).toBeNull();
  });

  it('continue after the highest code of the series, leaving gaps unfilled', () => {
    expect(nextOptionCode('noLow', ['F1', 'F4', 'Z9'])).toBe('F5');
    expect(nextOptionCode('midHigh', ['F1', 'F4', 'Z9'])).toBe('Z10');
  });

  it('start each series at 1 and ignore codes typed outside it', () => {
    expect(nextOptionCode('midHigh', ['F1', 'G2', '方案3'])).toBe('Z1');
  });

  it('number each group 1, 2, 3 … in the order given', () => {
    expect(sequentialCodes(['noLow', 'midHigh', 'noLow', 'midHigh'])).toEqual([
      'F1',
      'Z1',
      'F2',
      'Z2',
    ]);
  });
});
