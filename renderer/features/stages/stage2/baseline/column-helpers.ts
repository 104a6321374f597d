import type { TFunction } from 'i18next';
import type { SelectOption } from '@renderer/components/grid';
import { CALENDAR_YEARS } from './baseline-view';

/** 是 / 否 for the yes/no cells (on the phase-out list, hazardous). */
export function flagOptions(t: TFunction): SelectOption[] {
  return [
    { value: 'yes', label: t('baselineTables.flag.yes') },
    { value: 'no', label: t('baselineTables.flag.no') },
  ];
}

/** The years a calendar-year cell offers, newest first. */
export const CALENDAR_YEAR_OPTIONS: readonly SelectOption[] =
  CALENDAR_YEARS.map((year) => ({ value: year, label: year }));

/** Four significant digits: enough for a ratio of any size. */
export function significant(value: number | null): number | null {
  return value === null ? null : Number(value.toPrecision(4));
}

/**
 * Fraction digits that give the largest value of a line four significant
 * digits, so the figures of one line line up (6.610 next to 6.651).
 */
export function lineDecimals(values: readonly (number | null)[]): number {
  const largest = Math.max(
    0,
    ...values.map((value) => (value === null ? 0 : Math.abs(value))),
  );
  if (largest === 0) return 0;
  return Math.min(6, Math.max(0, 3 - Math.floor(Math.log10(largest))));
}
