/** The as-of timeline's stops: the dates at which ties start. */
import { isIsoDate, periodEnd, periodStart, sourceDates, tieStart } from '../data/dates.ts';
import type { Dataset } from '../data/types.ts';

/**
 * Distinct start dates of the dataset's ties, in order (each a slider stop): a tie's `when.from`,
 * or for an undated tie the date its earliest dated source was published (when it starts to show).
 */
export function timelineStops(dataset: Dataset): string[] {
  const published = sourceDates(dataset.sources);
  const dates = new Map<string, string>();
  for (const tie of dataset.ties) {
    const from = tieStart(tie, published);
    if (from !== undefined) dates.set(periodStart(from), from);
  }
  return [...dates.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, date]) => date);
}

/** Per dataset: the stops of a dataset do not change with the view. */
const stopsOf = new WeakMap<Dataset, string[]>();

/** timelineStops, computed once per dataset. */
export function timelineStopsOf(dataset: Dataset): string[] {
  let stops = stopsOf.get(dataset);
  if (!stops) stopsOf.set(dataset, (stops = timelineStops(dataset)));
  return stops;
}

/**
 * The slider position of an as-of date: its stop, or for a date between stops (an `as-of` set by
 * attribute or link) the last stop that starts on or before it, so the thumb shows the ties the
 * map shows; the first stop for a date before them all, and past the last stop ("all dates")
 * for none.
 */
export function stopIndexOf(stops: readonly string[], asOf: string | null): number {
  if (asOf === null) return stops.length;
  const exact = stops.indexOf(asOf);
  if (exact >= 0 || !isIsoDate(asOf)) return Math.max(0, exact);
  const end = periodEnd(asOf);
  let index = 0;
  stops.forEach((stop, i) => {
    if (periodStart(stop) <= end) index = i;
  });
  return index;
}
