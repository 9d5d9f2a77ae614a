/** Plain-text formatting of figures, periods and dates for the legend, table and labels. */
import type { Figure, Period, Source } from '../data/types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export { formatNumber, formatValue } from '../data/figure-text.ts';
import { formatValue } from '../data/figure-text.ts';

export function formatFigure(figure: Figure): string {
  const parts = [figure.qualifier, formatValue(figure.value, figure.unit, figure.upper)].filter(Boolean).join(' ');
  return figure.of ? `${parts} of ${figure.of}` : parts;
}

/** "2025-10" → "Oct 2025", "2024-12-31" → "31 Dec 2024", "2020" → "2020". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year!;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

export function formatPeriod(period: Period | undefined): string {
  if (!period) return '';
  const { from, to } = period;
  if (from && to) return from === to ? formatDate(from) : `${formatDate(from)}–${formatDate(to)}`;
  if (from) return `from ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return '';
}

export function formatSourceShort(source: Source): string {
  const date = source.published === 'unknown' ? 'date unknown' : formatDate(source.published);
  const publisher = source.publisher === 'unknown' ? 'publisher unknown' : source.publisher;
  return `${publisher}, ${date}`;
}
