/**
 * Today's calendar date on this computer, 'YYYY-MM-DD'. Local, not UTC:
 * before 8 a.m. in Guangdong the UTC date is still yesterday, which would
 * move a deadline by a day.
 */
export function localTodayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
