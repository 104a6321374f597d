import { describe, expect, it } from 'vitest';
import {
  coupleWasteInput,
  coupleWastePatch,
  HW_CODES,
  hwCodeIssue,
  wasteExceedances,
} from '@renderer/features/stages/stage2/baseline/waste-rules';
import { waste } from './fixtures';

describe('waste-stream rules', () => {
  it('offers the fifty classes HW01 to HW50', () => {
    expect(HW_CODES).toHaveLength(50);
    expect(HW_CODES[0]).toBe('HW01');
    expect(HW_CODES[49]).toBe('HW50');
  });

  it('asks a hazardous waste for its HW code', () => {
    expect(hwCodeIssue(null, 'hazardous')).toBe('required');
    expect(hwCodeIssue('HW22', 'hazardous')).toBeNull();
  });

  it('marks an HW code outside the list or on a non-hazardous row', () => {
    expect(hwCodeIssue('HW51', 'hazardous')).toBe('unknown-option');
    expect(hwCodeIssue('HW22', 'wastewater')).toBe('unknown-option');
    expect(hwCodeIssue(null, 'wastewater')).toBeNull();
  });

  it('makes a row hazardous when it is given an HW code', () => {
    expect(
      coupleWastePatch({ medium: 'solid', hwCode: null }, { hwCode: 'HW49' }),
    ).toEqual({ hwCode: 'HW49', medium: 'hazardous' });
  });

  it('drops the HW code of a row that stops being hazardous', () => {
    expect(
      coupleWastePatch(
        { medium: 'hazardous', hwCode: 'HW49' },
        {
          medium: 'solid',
        },
      ),
    ).toEqual({ medium: 'solid', hwCode: null });
  });

  it('lets a pasted medium win over a stray HW code', () => {
    expect(coupleWasteInput({ medium: 'wastewater', hwCode: 'HW17' })).toEqual({
      medium: 'wastewater',
      hwCode: null,
    });
  });

  it('lists a concentration above its limit and a discharge above the permit', () => {
    const cod = waste({
      id: 'cod',
      source: '综合废水排放口',
      pollutant: 'COD',
      unit: 't',
      dischargedByYear: { '2025': 19.2 },
      permitTotal: 18.5,
      concentration: 92,
      concentrationUnit: 'mg/L',
      standardLimit: 80,
    });
    expect(wasteExceedances([cod], 2025)).toEqual([
      {
        id: 'cod',
        source: '综合废水排放口',
        pollutant: 'COD',
        kind: 'concentration',
        value: 92,
        limit: 80,
        unit: 'mg/L',
      },
      {
        id: 'cod',
        source: '综合废水排放口',
        pollutant: 'COD',
        kind: 'permit',
        value: 19.2,
        limit: 18.5,
        unit: 't',
      },
    ]);
  });

  it('lists nothing for figures within their limits', () => {
    const nickel = waste({
      id: 'ni',
      dischargedByYear: { '2025': 1.7 },
      permitTotal: 3,
      concentration: 0.08,
      standardLimit: 0.5,
    });
    expect(wasteExceedances([nickel], 2025)).toEqual([]);
  });
});
