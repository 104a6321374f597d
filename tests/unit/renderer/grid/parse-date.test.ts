import { describe, expect, it } from 'vitest';
import { isIsoDate, parseIsoDate } from '@renderer/components/grid/parse-date';

describe('parseIsoDate', () => {
  it.each([
    ['2026-03-05'],
    ['2026/3/5'],
    ['2026.3.5'],
    ['2026年3月5日'],
    ['20260305'],
    ['２０２６－０３－０５'],
  ])('reads %s as 2026-03-05', (text) => {
    expect(parseIsoDate(text)).toEqual({ ok: true, value: '2026-03-05' });
  });

  it('reads an empty text as a cleared cell', () => {
    expect(parseIsoDate('')).toEqual({ ok: true, value: null });
  });

  it('refuses a day that does not exist', () => {
    expect(parseIsoDate('2026-02-30')).toEqual({ ok: false, code: 'bad-date' });
  });

  it('refuses text that is not a date', () => {
    expect(parseIsoDate('三月初')).toEqual({ ok: false, code: 'bad-date' });
  });
});

describe('isIsoDate', () => {
  it('accepts only a stored YYYY-MM-DD naming a real day', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024/02/28')).toBe(false);
  });
});
