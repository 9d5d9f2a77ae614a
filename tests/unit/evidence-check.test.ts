/**
 * The pure evidence rules (src/data/quotes.ts, quote-numbers.ts, evidence-check.ts) that
 * verify-quotes runs and an authoring page can run in the browser: cases the CLI tests leave out.
 */
import { describe, expect, it } from 'vitest';
import { checkEvidence, type SourceFile } from '../../src/data/evidence-check.ts';
import { numbersIn, quoteFacts, unsupportedNumbers } from '../../src/data/quote-numbers.ts';
import { closestPassage, indexText, occurrences } from '../../src/data/quotes.ts';

describe('numbers in a text', () => {
  it('reads digits with thousands separators removed, ranges as two numbers, and no spelled-out numbers', () => {
    expect(numbersIn('over 1,500 soldiers and 20,000 troops in 2016–2020, three decades')).toEqual([
      1500, 20000, 2016, 2020,
    ]);
  });

  it('does not join a list of years into one number', () => {
    expect(numbersIn('in 2016, 2020 and 1.6 bn')).toEqual([2016, 2020, 1.6]);
  });
});

describe("a tie's numbers against its quotes", () => {
  const tie = { summary: 'Roughly 30 years of war', figure: { value: 30 } };

  it('does not take "three decades" for 30', () => {
    const problems = unsupportedNumbers(tie, [
      quoteFacts('roughly three decades of war', '2025-12'),
    ]);
    expect(problems.map((p) => p.field)).toEqual(['summary', 'figure.value']);
  });

  it('lets "this month" borrow the source\'s month and year, and only that', () => {
    const facts = [
      quoteFacts('This month, Azerbaijan and Israel will formalize an agreement', '2025-03-31'),
    ];
    expect(
      unsupportedNumbers(
        { summary: 'In March 2025 they were to formalise it', when: { from: '2025-03' } },
        facts,
      ),
    ).toEqual([]);
    expect(
      unsupportedNumbers({ summary: 'x', when: { from: '2025-04' } }, facts).map((p) => p.expected),
    ).toEqual(['the date 2025-04 (April 2025)']);
  });

  it("does not borrow the source's year for a quote that names a year of its own", () => {
    const facts = [quoteFacts('in August 2024, the leaders met', '2025-10')];
    expect(
      unsupportedNumbers({ summary: 'They met', when: { from: '2025-08' } }, facts).map(
        (p) => p.field,
      ),
    ).toEqual(['when.from']);
  });

  it('needs the day of a day-precision date in the quote', () => {
    const facts = [quoteFacts('on November 17, 2025', undefined)];
    expect(unsupportedNumbers({ summary: 'x', when: { from: '2025-11-17' } }, facts)).toEqual([]);
    expect(
      unsupportedNumbers({ summary: 'x', when: { from: '2025-11-18' } }, facts).map((p) => p.field),
    ).toEqual(['when.from']);
  });
});

describe('where a quote stands', () => {
  it('knows the file line of each occurrence, across a line break too', () => {
    const text = indexText('t.txt', 'First line\nsecond line\n\nthird  line\r\nfourth');
    expect(occurrences('line second', text)).toEqual([[1, 2]]);
    expect(occurrences('third line', text)).toEqual([[4]]);
  });

  it('finds the closest passage when the slip is the first character (aligned from the end)', () => {
    const miss = closestPassage(
      '“Azerbaijan is an ally, a friend',
      'noted, "Azerbaijan is an ally, a friend, and more',
    );
    expect(miss?.index).toBe(0);
    expect(miss?.textChar).toBe('"');
  });

  const files: SourceFile[] = [
    {
      name: 'n.txt',
      raw: 'Headline\nA caption under the photo.\nThe body says Israel signed.\n',
      meta: {
        title: 't',
        publisher: 'p',
        published: '2025',
        note: '',
        nonBody: [{ kind: 'caption', line: 2, text: 'A caption under the photo.' }],
      },
    },
  ];
  const dataset = (evidence: object): unknown => ({
    sources: [{ id: 's', title: 't', publisher: 'p', published: '2025' }],
    ties: [{ id: 'x', summary: 'Israel signed', evidence: [{ source: 's', ...evidence }] }],
  });

  it('fails "in": "caption" on a quote that stands in the body (the card would wrongly say "photo caption")', () => {
    const { failures } = checkEvidence(
      dataset({ quote: 'The body says Israel signed.', in: 'caption' }),
      files,
    );
    expect(failures.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'the evidence says "in": "caption", but the quote stands in the body of n.txt',
      ),
    ]);
  });

  it('accepts a caption quote marked as one', () => {
    expect(
      checkEvidence(dataset({ quote: 'A caption under the photo.', in: 'caption' }), files)
        .failures,
    ).toEqual([]);
  });

  it('fails a sidecar whose marked line no longer reads as it says', () => {
    const stale: SourceFile[] = [
      {
        ...files[0]!,
        meta: {
          ...files[0]!.meta!,
          nonBody: [{ kind: 'teaser', line: 1, text: 'Another headline' }],
        },
      },
    ];
    const { failures } = checkEvidence(dataset({ quote: 'The body says Israel signed.' }), stale);
    expect(failures.map((f) => f.message)).toEqual([
      expect.stringContaining('the sidecar is out of date'),
    ]);
  });
});
