/**
 * DESIGN.md, evidence check 3: every number a tie states (its summary, its figure, its dates) must
 * stand in one of its quotes. Numbers are digits: "1,500" is 1500, "three decades" is no number.
 * A date's year may instead come from the source's own date when the quote names only a month
 * ("in August" in a text of October 2025), or "this month" / "this year".
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Thousands separators only between digit groups of three ("1,500", "20,000"; not "2016, 2020").
const NUMBER = /\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?/g;

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/**
 * Text with its digits written as ASCII: Eastern Arabic (٠–٩) and Persian (۰–۹) digits become 0–9,
 * the Arabic thousands separator (٬) a comma and the Arabic decimal separator (٫) a point, and a
 * no-break or narrow no-break space between digit groups of three (20 000) a comma.
 */
export function normaliseDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
      const code = d.charCodeAt(0);
      return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
    })
    .replace(/(?<=\d)\u066c(?=\d)/g, ',')
    .replace(/(?<=\d)\u066b(?=\d)/g, '.')
    .replace(/(?<=\d)[\u00a0\u202f](?=\d{3}(?!\d))/g, ',');
}

/** The numbers written in digits in a text (in any of the digit sets above), thousands separators removed. */
export function numbersIn(text: string): number[] {
  return [...normaliseDigits(text).matchAll(NUMBER)].map((m) => Number(m[0].replace(/,/g, '')));
}

/** The numbers a translation states that its original does not (digits compared after normalising). */
export function addedNumbers(original: string, translation: string): number[] {
  const stated = new Set(numbersIn(original));
  return [...new Set(numbersIn(translation))].filter((n) => !stated.has(n));
}

/** Month numbers (1–12) a text names: "August", "Aug", "Aug.", "Sept". */
export function monthsIn(text: string): Set<number> {
  const found = new Set<number>();
  MONTHS.forEach((name, i) => {
    const short = name.slice(0, 3);
    if (
      new RegExp(`\\b(?:${name}|${short}\\.?|${i === 8 ? 'Sept\\.?' : short})(?![a-z])`).test(text)
    )
      found.add(i + 1);
  });
  return found;
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** What a quote supplies towards dates: its numbers and month names, and what its source's date adds. */
interface QuoteFacts {
  quote: string;
  numbers: Set<number>;
  months: Set<number>;
  /** The source's year, when this quote may borrow it (it names a month or "this month/year" but no year). */
  borrowedYear?: number;
  /** The source's month, when the quote says "this month". */
  borrowedMonth?: number;
}

export function quoteFacts(quote: string, sourcePublished: string | undefined): QuoteFacts {
  const numbers = new Set(numbersIn(quote));
  const months = monthsIn(quote);
  const facts: QuoteFacts = { quote, numbers, months };
  const source = sourcePublished && /^(\d{4})(?:-(\d{2}))?/.exec(sourcePublished);
  if (!source) return facts;
  const namesYear = [...numbers].some((n) => Number.isInteger(n) && n >= 1000 && n <= 2999);
  const thisMonth = /\bthis month\b/i.test(quote);
  if (!namesYear && (months.size > 0 || thisMonth || /\bthis year\b/i.test(quote)))
    facts.borrowedYear = Number(source[1]);
  if (thisMonth && source[2] !== undefined) facts.borrowedMonth = Number(source[2]);
  return facts;
}

/** True when one quote supplies the whole date: its year, its month (by name) and its day. */
function supportsDate(date: string, facts: QuoteFacts): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (!facts.numbers.has(year) && facts.borrowedYear !== year) return false;
  if (month !== undefined && !facts.months.has(month) && facts.borrowedMonth !== month)
    return false;
  return day === undefined || facts.numbers.has(day);
}

export type NumberProblem = {
  /** The tie's field, as a path below the tie: "summary", "figure.value", "when.from", "ended". */
  field: string;
  /** What was expected, in words: "the number 2022", "the date 2025-10 (October 2025)". */
  expected: string;
} & ({ number: number } | { date: string });

/** A number or date as the quote check's English names it: "the date 2025-10 (October 2025)". */
export function expectedWords(expected: { number: number } | { date: string }): string {
  if ('number' in expected) return `the number ${expected.number}`;
  const { date } = expected;
  const [year, month, day] = date.split('-');
  const words =
    month === undefined
      ? ''
      : ` (${day === undefined ? '' : `${Number(day)} `}${monthName(Number(month))} ${year})`;
  return `the date ${date}${words}`;
}

export interface TieNumbers {
  summary: string;
  figure?: { value: number; upper?: number };
  when?: { from?: string; to?: string };
  ended?: string;
}

/** The numbers and dates of a tie that none of its quotes states. */
export function unsupportedNumbers(
  tie: TieNumbers,
  quotes: readonly QuoteFacts[],
): NumberProblem[] {
  const problems: NumberProblem[] = [];
  const stated = new Set(quotes.flatMap((q) => [...q.numbers]));
  const seen = new Set<number>();
  for (const n of numbersIn(tie.summary)) {
    if (!stated.has(n) && !seen.has(n) && !quotes.some((q) => q.borrowedYear === n))
      problems.push({ field: 'summary', number: n, expected: expectedWords({ number: n }) });
    seen.add(n);
  }
  for (const key of ['value', 'upper'] as const) {
    const n = tie.figure?.[key];
    if (n !== undefined && !stated.has(n))
      problems.push({ field: `figure.${key}`, number: n, expected: expectedWords({ number: n }) });
  }
  const dates: [string, string | undefined][] = [
    ['when.from', tie.when?.from],
    ['when.to', tie.when?.to],
    ['ended', tie.ended],
  ];
  for (const [field, date] of dates) {
    if (date === undefined || quotes.some((q) => supportsDate(date, q))) continue;
    problems.push({ field, date, expected: expectedWords({ date }) });
  }
  return problems;
}
