/** Plain-text formatting of figures, periods and dates for the legend, table and labels. */
import type { Figure, Period, Source } from '../data/types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// One formatter for all: toLocaleString with options builds a new Intl.NumberFormat per call, which
// dominated re-rendering a table of thousands of ties (bench/RESULTS.md, "Where the time goes").
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  const text = numberFormat.format(value);
  // -0 (JSON allows it) and tiny negatives that round to zero read "0", never "-0".
  return text === '-0' ? '0' : text;
}

// A currency unit ("US$ bn", "€ m") puts its symbol before the number, as newsrooms write money.
const CURRENCY_UNIT = /^(US\$|\$|€|£|¥)\s*(.*)$/;

/**
 * "69%", "55% increase", "US$ 1.6 bn", "1,500 troops": a percent sign hugs the number, a currency
 * symbol goes before it, a word follows it after a space. A range reads "60–69%" (en dash).
 */
export function formatValue(value: number, unit: string, upper?: number): string {
  const number = upper === undefined || upper === value ? formatNumber(value) : `${formatNumber(value)}–${formatNumber(upper)}`;
  if (unit === '%' || unit.startsWith('% ')) return `${number}${unit}`;
  const currency = CURRENCY_UNIT.exec(unit);
  if (currency) return [`${currency[1]} ${number}`, currency[2]].filter(Boolean).join(' ');
  return `${number} ${unit}`;
}

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
