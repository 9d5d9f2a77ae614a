/** Figures as text ("69%", "US$ 500 m", "1,500 troops"): shared by the scene's edge labels and the element's legend, table and card. */

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

