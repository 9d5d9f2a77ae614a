/**
 * Plain-text formatting of figures, periods and dates for the legend, table, labels and exports,
 * in the reader's language (`lang`, a language the element ships; English when not given).
 */
import type { Figure, Period, Source } from '../data/types.ts';
import { formatValue } from '../data/figure-text.ts';
import { stringsFor } from './strings.ts';

export { formatNumber, formatValue, roundedNumber } from '../data/figure-text.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "up to 69%", "over 60%": the figure's qualifier in the reader's language, then its value. */
export function formatFigure(figure: Figure, lang = 'en'): string {
  const s = stringsFor(lang);
  const value = formatValue(figure.value, figure.unit, figure.upper, false, lang);
  const parts = figure.qualifier ? s.qualified(figure.qualifier, value) : value;
  return figure.of ? s.figureOf(parts, figure.of) : parts;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "2025-10" → "Oct 2025", "2024-12-31" → "31 Dec 2024", "2020" → "2020"; in another language as
 * CLDR writes it, always in the Gregorian calendar the data is dated in (a month of it would
 * straddle two months of the Persian calendar).
 */
export function formatDate(date: string, lang = 'en'): string {
  const [year = date, month, day] = date.split('-');
  if (lang === 'en') {
    if (month === undefined) return year;
    const name = MONTHS[Number(month) - 1] ?? month;
    return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
  }
  const y = Number(year);
  const m = month === undefined ? 1 : Number(month);
  const d = day === undefined ? 1 : Number(day);
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12)
    return date;
  const key = `${lang}|${month === undefined ? 'y' : day === undefined ? 'ym' : 'ymd'}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      timeZone: 'UTC',
      calendar: 'gregory',
    };
    if (month !== undefined) options.month = day === undefined ? 'long' : 'short';
    if (day !== undefined) options.day = 'numeric';
    format = new Intl.DateTimeFormat(lang, options);
    dateFormats.set(key, format);
  }
  const at = new Date(Date.UTC(2000, m - 1, d));
  at.setUTCFullYear(y);
  return format.format(at);
}

export function formatPeriod(period: Period | undefined, lang = 'en'): string {
  if (!period) return '';
  const s = stringsFor(lang);
  const { from, to } = period;
  if (from && to)
    return from === to
      ? formatDate(from, lang)
      : `${formatDate(from, lang)}–${formatDate(to, lang)}`;
  if (from) return s.periodFrom(formatDate(from, lang));
  if (to) return s.periodUntil(formatDate(to, lang));
  return '';
}

export function formatSourceShort(source: Source, lang = 'en'): string {
  const s = stringsFor(lang);
  const date = source.published === 'unknown' ? s.dateUnknown : formatDate(source.published, lang);
  const publisher = source.publisher === 'unknown' ? s.publisherUnknown : source.publisher;
  return `${publisher}, ${date}`;
}
