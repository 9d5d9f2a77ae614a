/**
 * Figures as text ("69%", "US$ 500 m", "1,500 troops"): shared by the scene's edge labels and the
 * element's legend, table and card. `lang`: the reader's language, whose digits, separators and
 * percent sign the number takes ("۶۹٪" in Persian); English when not given.
 */

// One formatter per language and precision: toLocaleString with options builds a new
// Intl.NumberFormat per call, which dominated re-rendering a table of thousands of ties.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, digits: number, percent = false): Intl.NumberFormat {
  const key = `${lang}|${digits}|${percent}`;
  let format = formatters.get(key);
  if (format === undefined) {
    let locale = lang === 'en' ? 'en-US' : lang;
    try {
      format = new Intl.NumberFormat(locale, {
        maximumFractionDigits: digits,
        ...(percent ? { style: 'percent' } : {}),
      });
    } catch {
      locale = 'en-US';
      format = new Intl.NumberFormat(locale, {
        maximumFractionDigits: digits,
        ...(percent ? { style: 'percent' } : {}),
      });
    }
    formatters.set(key, format);
  }
  return format;
}

// -0 (JSON allows it) and tiny negatives that round to zero read "0", never "-0".
const noNegativeZero = (text: string, lang: string): string =>
  text === '-0' || text === '-0%' ? formatter(lang, 0).format(0) : text;

export function formatNumber(value: number, lang = 'en'): string {
  return noNegativeZero(formatter(lang, 2).format(value), lang);
}

/** How many decimals a reader writes on a map: none from 100 up, one from 10, two below. */
const roundedDigits = (value: number): number =>
  Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;

/**
 * A number as a reader writes it on a map: whole from 100 up ("2,463", not "2,463.25"), one
 * decimal from 10, two below (a "1.25" stays). The card and the table keep the source's digits.
 */
export function roundedNumber(value: number, lang = 'en'): string {
  return noNegativeZero(formatter(lang, roundedDigits(value)).format(value), lang);
}

// A currency unit ("US$ bn", "€ m") puts its symbol before the number, as newsrooms write money.
const CURRENCY_UNIT = /^(US\$|\$|€|£|¥)\s*(.*)$/;

/**
 * "69%", "55% increase", "US$ 1.6 bn", "1,500 troops": a percent sign hugs the number, a currency
 * symbol goes before it, a word follows it after a space. A range reads "60–69%" (en dash).
 * `rounded`: the number as a reader writes it (roundedNumber), for the figure on the map.
 * Outside English a percentage is written the language's way ("%69" in Turkish, "۶۹٪" in Persian).
 */
export function formatValue(
  value: number,
  unit: string,
  upper?: number,
  rounded = false,
  lang = 'en',
): string {
  const percent = unit === '%' || unit.startsWith('% ');
  if (percent && lang !== 'en') {
    const write = (v: number): string =>
      noNegativeZero(formatter(lang, rounded ? roundedDigits(v) : 2, true).format(v / 100), lang);
    const number =
      upper === undefined || upper === value ? write(value) : `${write(value)}–${write(upper)}`;
    return `${number}${unit.slice(1)}`;
  }
  const write = (v: number): string => (rounded ? roundedNumber(v, lang) : formatNumber(v, lang));
  const number =
    upper === undefined || upper === value ? write(value) : `${write(value)}–${write(upper)}`;
  if (percent) return `${number}${unit}`;
  const currency = CURRENCY_UNIT.exec(unit);
  if (currency) return [`${currency[1]} ${number}`, currency[2]].filter(Boolean).join(' ');
  return `${number} ${unit}`;
}
