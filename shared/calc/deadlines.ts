import type { AuditState } from '../model/audit';

// Deadlines of a mandatory audit (domain.md §0.1). Counted from the day the
// authority publishes the company list: publish the company's information
// and register on the provincial platform within 1 month, start the audit
// within 2 months, finish this round within 12 months. The acceptance
// certificate runs 5 years.
//
// Dates are calendar dates, 'YYYY-MM-DD', with no time of day and no time
// zone, so that a deadline never moves by a day on a machine set to another
// zone. Arithmetic is on year, month and day; a day past the end of the
// target month falls back to its last day (31 January + 1 month = 28 or 29
// February), the usual reading of "within N months".

export const MANDATORY_DEADLINE_KEYS = [
  'publishAndRegister',
  'start',
  'finish',
] as const;
export type MandatoryDeadlineKey = (typeof MANDATORY_DEADLINE_KEYS)[number];

export const MANDATORY_DEADLINE_MONTHS: Readonly<
  Record<MandatoryDeadlineKey, number>
> = {
  publishAndRegister: 1,
  start: 2,
  finish: 12,
};

export const CERTIFICATE_VALIDITY_YEARS = 5;

// A fortnight gives a consultant time to chase a company before a date.
export const DEFAULT_NEAR_DAYS = 14;

export const DEADLINE_STATES = ['done', 'ok', 'near', 'overdue'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads 'YYYY-MM-DD'; null when it is not a real calendar date. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = ISO_DATE.exec(iso);
  if (match === null) return null;
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  if (year < 1 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number): string =>
    String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Adds calendar months, keeping the day or clamping it to the month end. */
export function addMonths(iso: string, months: number): string | null {
  const date = parseIsoDate(iso);
  if (date === null || !Number.isInteger(months)) return null;

  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < 1 || year > 9999) return null;
  const day = Math.min(date.day, daysInMonth(year, month));
  return formatIsoDate({ year, month, day });
}

export function addYears(iso: string, years: number): string | null {
  return Number.isInteger(years) ? addMonths(iso, years * 12) : null;
}

export type MandatoryDeadlines = Readonly<Record<MandatoryDeadlineKey, string>>;

/** The three due dates that follow from the list publication date. */
export function mandatoryDeadlines(
  listPublishedIso: string,
): MandatoryDeadlines | null {
  const due = (key: MandatoryDeadlineKey): string | null =>
    addMonths(listPublishedIso, MANDATORY_DEADLINE_MONTHS[key]);
  const publishAndRegister = due('publishAndRegister');
  const start = due('start');
  const finish = due('finish');
  if (publishAndRegister === null || start === null || finish === null) {
    return null;
  }
  return { publishAndRegister, start, finish };
}

/**
 * Which deadlines an audit has met. Publishing, registering and starting
 * count as done once any step has begun; finishing once the audit has been
 * evaluated, which also means it was published and started, whether or not
 * its steps were kept in the app. The audit records no separate dates for
 * these yet.
 */
export function mandatoryDeadlinesMet(
  state: AuditState,
  started: boolean,
): Readonly<Record<MandatoryDeadlineKey, boolean>> {
  const finished = state !== 'in-progress';
  return {
    publishAndRegister: started || finished,
    start: started || finished,
    finish: finished,
  };
}

/** Expiry of the acceptance certificate; the app's default, users may edit. */
export function certificateExpiry(acceptanceIso: string): string | null {
  return addYears(acceptanceIso, CERTIFICATE_VALIDITY_YEARS);
}

/** Whole days from `fromIso` to `toIso`; negative when `toIso` is earlier. */
export function daysBetween(fromIso: string, toIso: string): number | null {
  const from = parseIsoDate(fromIso);
  const to = parseIsoDate(toIso);
  if (from === null || to === null) return null;
  return dayNumber(to) - dayNumber(from);
}

/**
 * Where a deadline stands today. A completed date makes it 'done', on time
 * or not. Otherwise it is 'overdue' after the due day, 'near' from
 * `nearDays` days before it up to the due day itself, and 'ok' before that.
 * null when a date is not a valid calendar date.
 */
export function deadlineState(
  dueIso: string,
  todayIso: string,
  nearDays: number = DEFAULT_NEAR_DAYS,
  completedIso: string | null = null,
): DeadlineState | null {
  if (completedIso !== null) {
    return parseIsoDate(completedIso) === null ? null : 'done';
  }
  const daysLeft = daysBetween(todayIso, dueIso);
  if (daysLeft === null) return null;
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= nearDays ? 'near' : 'ok';
}

/** The last full calendar year before today: the usual audit base year. */
export function defaultBaseYear(todayIso: string): number | null {
  const today = parseIsoDate(todayIso);
  return today === null ? null : today.year - 1;
}

/** The three years the baseline tables cover, oldest first. */
export function historyYears(
  baseYear: number,
): readonly [number, number, number] {
  return [baseYear - 2, baseYear - 1, baseYear];
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  const length = MONTH_LENGTHS[month - 1] ?? 0;
  return month === 2 && isLeapYear(year) ? length + 1 : length;
}

// Days since a fixed origin in the proleptic Gregorian calendar; only
// differences are used. Plain arithmetic, because Date.UTC reads years
// 0–99 as 1900–1999.
function dayNumber(date: CalendarDate): number {
  const before = date.year - 1;
  let days =
    before * 365 +
    Math.floor(before / 4) -
    Math.floor(before / 100) +
    Math.floor(before / 400);
  for (let month = 1; month < date.month; month += 1) {
    days += daysInMonth(date.year, month);
  }
  return days + date.day;
}
