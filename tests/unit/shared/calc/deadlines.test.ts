import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  certificateExpiry,
  daysBetween,
  deadlineState,
  defaultBaseYear,
  historyYears,
  mandatoryDeadlines,
  parseIsoDate,
} from '@shared/calc/deadlines';

describe('parseIsoDate', () => {
  it('reads a calendar date', () => {
    expect(parseIsoDate('2025-03-15')).toEqual({
      year: 2025,
      month: 3,
      day: 15,
    });
  });

  it.each([
    '2025-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '0000-01-01',
    '2025-3-5',
    '2025-03-15T00:00:00Z',
    '',
  ])('rejects %j', (iso) => {
    expect(parseIsoDate(iso)).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
  });
});

describe('addMonths', () => {
  it('keeps the day of the month when it exists', () => {
    expect(addMonths('2025-03-15', 1)).toBe('2025-04-15');
  });

  it('clamps the day to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
  });

  it('carries into the next year', () => {
    expect(addMonths('2025-11-30', 2)).toBe('2026-01-30');
    expect(addMonths('2025-06-10', 12)).toBe('2026-06-10');
  });

  it('goes back with a negative count', () => {
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
  });

  it('returns null for an invalid date or a fractional count', () => {
    expect(addMonths('2025-02-30', 1)).toBeNull();
    expect(addMonths('2025-02-10', 1.5)).toBeNull();
  });
});

describe('mandatoryDeadlines', () => {
  it('sets the due dates at 1, 2 and 12 months after publication', () => {
    expect(mandatoryDeadlines('2025-03-15')).toEqual({
      publishAndRegister: '2025-04-15',
      start: '2025-05-15',
      finish: '2026-03-15',
    });
  });

  it('clamps each due date to its month end separately', () => {
    expect(mandatoryDeadlines('2024-12-31')).toEqual({
      publishAndRegister: '2025-01-31',
      start: '2025-02-28',
      finish: '2025-12-31',
    });
  });

  it('returns null for an invalid publication date', () => {
    expect(mandatoryDeadlines('2025-02-30')).toBeNull();
  });
});

describe('certificateExpiry', () => {
  it('falls 5 years after acceptance', () => {
    expect(certificateExpiry('2025-06-30')).toBe('2030-06-30');
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(certificateExpiry('2024-02-29')).toBe('2029-02-28');
  });
});

describe('addYears', () => {
  it('returns null for a fractional count', () => {
    expect(addYears('2025-01-01', 0.5)).toBeNull();
  });
});

describe('daysBetween', () => {
  it('counts calendar days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  });

  it('counts whole years of days', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2000-01-01', '2100-01-01')).toBe(36525);
  });

  it('is negative when the second date is earlier', () => {
    expect(daysBetween('2025-01-10', '2025-01-01')).toBe(-9);
  });

  it('does not mistake years below 100 for the twentieth century', () => {
    // 1900 years of 365 days plus 460 leap days in between.
    expect(daysBetween('0050-03-01', '1950-03-01')).toBe(693960);
  });
});

describe('deadlineState', () => {
  it('is ok more than 14 days ahead', () => {
    expect(deadlineState('2025-05-15', '2025-04-30')).toBe('ok');
  });

  it('is near 14 days ahead', () => {
    expect(deadlineState('2025-05-15', '2025-05-01')).toBe('near');
  });

  it('is near on the due day itself', () => {
    expect(deadlineState('2025-05-15', '2025-05-15')).toBe('near');
  });

  it('is overdue the day after the due day', () => {
    expect(deadlineState('2025-05-15', '2025-05-16')).toBe('overdue');
  });

  it('uses the warning window the caller sets', () => {
    expect(deadlineState('2025-05-15', '2025-04-30', 30)).toBe('near');
  });

  it('is done once completed, even late', () => {
    expect(deadlineState('2025-05-15', '2025-06-01', 14, '2025-05-20')).toBe(
      'done',
    );
  });

  it('returns null for an invalid date', () => {
    expect(deadlineState('2025-05-32', '2025-05-01')).toBeNull();
    expect(deadlineState('2025-05-15', '2025-05-01', 14, 'soon')).toBeNull();
  });
});

describe('base year', () => {
  it('defaults to the last full calendar year', () => {
    expect(defaultBaseYear('2025-01-01')).toBe(2024);
    expect(defaultBaseYear('2025-12-31')).toBe(2024);
  });

  it('returns null for an invalid date', () => {
    expect(defaultBaseYear('2025-13-01')).toBeNull();
  });

  it('covers the base year and the two before it, oldest first', () => {
    expect(historyYears(2024)).toEqual([2022, 2023, 2024]);
  });
});
