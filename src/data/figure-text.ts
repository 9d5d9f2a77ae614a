/** Figures as text ("69%", "US$ 500 m", "1,500 troops"): shared by the scene's edge labels and the element's legend, table and card. */

// One formatter for all: toLocaleString with options builds a new Intl.NumberFormat per call, which
// dominated re-rendering a table of thousands of ties (bench/RESULTS.md, "Where the time goes").
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  const text = numberFormat.format(value);
  // -0 (JSON allows it) and tiny negatives that round to zero read "0", never "-0".
  return text === '-0' ? '0' : text;
}

const wholeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const tenthsFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * A number as a reader writes it on a map: whole from 100 up ("2,463", not "2,463.25"), one
 * decimal from 10, two below (a "1.25" stays). The card and the table keep the source's digits.
 */
export function roundedNumber(value: number): string {
  const size = Math.abs(value);
  const text = (size >= 100 ? wholeFormat : size >= 10 ? tenthsFormat : numberFormat).format(value);
  return text === '-0' ? '0' : text;
}

// A currency unit ("US$ bn", "€ m") puts its symbol before the number, as newsrooms write money.
const CURRENCY_UNIT = /^(US\$|\$|€|£|¥)\s*(.*)$/;

/**
 * "69%", "55% increase", "US$ 1.6 bn", "1,500 troops": a percent sign hugs the number, a currency
 * symbol goes before it, a word follows it after a space. A range reads "60–69%" (en dash).
 * `rounded`: the number as a reader writes it (roundedNumber), for the figure on the map.
 */
export function formatValue(value: number, unit: string, upper?: number, rounded = false): string {
  const write = rounded ? roundedNumber : formatNumber;
  const number = upper === undefined || upper === value ? write(value) : `${write(value)}–${write(upper)}`;
  if (unit === '%' || unit.startsWith('% ')) return `${number}${unit}`;
  const currency = CURRENCY_UNIT.exec(unit);
  if (currency) return [`${currency[1]} ${number}`, currency[2]].filter(Boolean).join(' ');
  return `${number} ${unit}`;
}

