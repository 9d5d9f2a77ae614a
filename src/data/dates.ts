/**
 * ISO 8601 calendar dates at year, month or day precision ("2020", "2025-10", "2024-12-31").
 * A date names a period; comparisons use its first or last day so that "2020" ends after "2020-05".
 */

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(match[1]), m);
}

/** The first day of the period a date names, as YYYY-MM-DD. Assumes `isIsoDate(date)`. */
export function periodStart(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day of the period a date names, as YYYY-MM-DD. Assumes `isIsoDate(date)`. */
export function periodEnd(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return date;
  return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
}
