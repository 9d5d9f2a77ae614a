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

/** What the date rule reads of a tie (DESIGN.md, "What is visible"). */
interface DatedTie {
  when?: { from?: string };
  ended?: string;
  evidence: readonly { source: string }[];
}

/**
 * Source id → the date its text was published: `published`, or `notBefore` when that is unknown
 * (the earliest date the text allows). A source with neither dates nothing.
 */
export function sourceDates(
  sources: readonly { id: string; published: string; notBefore?: string }[],
): Map<string, string> {
  const dates = new Map<string, string>();
  for (const source of sources) {
    const date = source.published !== 'unknown' ? source.published : source.notBefore;
    if (date !== undefined && isIsoDate(date)) dates.set(source.id, date);
  }
  return dates;
}

/**
 * The date from which a tie may show at an as-of date: its `when.from`; for an undated tie, the
 * date its earliest dated source was published, since a map dated before that would show what no
 * text had said yet. Undefined when nothing dates it (then it shows at every date).
 */
export function tieStart(tie: DatedTie, dates: ReadonlyMap<string, string>): string | undefined {
  if (tie.when?.from !== undefined) return tie.when.from;
  let earliest: string | undefined;
  for (const { source } of tie.evidence) {
    const date = dates.get(source);
    if (date !== undefined && (earliest === undefined || periodStart(date) < periodStart(earliest)))
      earliest = date;
  }
  return earliest;
}

/**
 * DESIGN.md, "What is visible": at the as-of date a tie shows when it has started by then (by
 * tieStart) and has not ended before it. Dates name periods: "2025" starts on or before "2025-06",
 * and a tie that ended in "2024" still shows at "2024-12".
 */
export function isShownAt(
  tie: DatedTie,
  asOf: string,
  dates: ReadonlyMap<string, string>,
): boolean {
  const start = tieStart(tie, dates);
  if (start !== undefined && periodStart(start) > periodEnd(asOf)) return false;
  return tie.ended === undefined || periodEnd(tie.ended) >= periodStart(asOf);
}
