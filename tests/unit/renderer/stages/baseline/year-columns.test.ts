import { describe, expect, it } from 'vitest';
import {
  gatherYears,
  readYearKey,
  spreadYears,
  withYear,
  yearKey,
} from '@renderer/features/stages/stage2/baseline/year-columns';

const FIELDS = [
  { field: 'outputByYear', prefix: 'output' },
  { field: 'outputValueWanYuanByYear', prefix: 'outputValue' },
];
const YEARS = [2023, 2024, 2025];

describe('year columns', () => {
  it('names a year cell by prefix and year', () => {
    expect(yearKey('quantity', 2024)).toBe('quantity_2024');
  });

  it('spreads each stored record into one cell per shown year', () => {
    const row = {
      outputByYear: { '2023': 260_000, '2024': 252_000, '2025': 246_000 },
      outputValueWanYuanByYear: { '2025': 11_070 },
    };
    expect(spreadYears(row, FIELDS, YEARS)).toEqual({
      output_2023: 260_000,
      output_2024: 252_000,
      output_2025: 246_000,
      outputValue_2023: null,
      outputValue_2024: null,
      outputValue_2025: 11_070,
    });
  });

  it('leaves stored years outside the shown ones out of the cells', () => {
    const row = { outputByYear: { '2022': 1, '2025': 2 } };
    expect(spreadYears(row, FIELDS.slice(0, 1), YEARS)).toEqual({
      output_2023: null,
      output_2024: null,
      output_2025: 2,
    });
  });

  it('reads which field and year a grid key names', () => {
    expect(readYearKey('outputValue_2024', FIELDS)).toEqual({
      field: 'outputValueWanYuanByYear',
      year: '2024',
    });
  });

  it('reads no year from plain keys or unknown prefixes', () => {
    expect(readYearKey('name', FIELDS)).toBeNull();
    expect(readYearKey('quantity_2024', FIELDS)).toBeNull();
    expect(readYearKey('output_24', FIELDS)).toBeNull();
  });

  it('sets one year and keeps the others', () => {
    expect(withYear({ '2023': 1, '2024': 2 }, '2024', 5)).toEqual({
      '2023': 1,
      '2024': 5,
    });
  });

  it('clears a year for an empty cell', () => {
    expect(withYear({ '2023': 1 }, '2023', null)).toEqual({ '2023': null });
  });

  it('folds the year cells of a pasted row into records', () => {
    expect(
      gatherYears(
        { name: '双面板', output_2023: 1, output_2025: 3, outputValue_2024: 9 },
        FIELDS,
      ),
    ).toEqual({
      name: '双面板',
      outputByYear: { '2023': 1, '2025': 3 },
      outputValueWanYuanByYear: { '2024': 9 },
    });
  });
});
