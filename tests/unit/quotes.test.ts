import { describe, expect, it } from 'vitest';
import { findQuote, normaliseWhitespace } from '../../src/data/quotes.ts';

describe('normaliseWhitespace', () => {
  it('collapses runs of spaces, tabs and line breaks (LF and CRLF) into one space', () => {
    expect(normaliseWhitespace('up to\n69%  of\t\tall\r\narms')).toBe('up to 69% of all arms');
  });

  it('trims leading and trailing whitespace', () => {
    expect(normaliseWhitespace('  \n the figure \t\n')).toBe('the figure');
  });

  it('treats a no-break space (U+00A0) as whitespace, as pasted web text often has one', () => {
    expect(normaliseWhitespace('69\u00a0%')).toBe('69 %');
  });

  it('keeps typographic quotes, apostrophes and dashes exactly as they are', () => {
    const text = 'Israel’s “share” in 2016–2020 — up';
    expect(normaliseWhitespace(text)).toBe(text);
  });

  it('turns whitespace-only text into the empty string', () => {
    expect(normaliseWhitespace(' \n\t ')).toBe('');
  });
});

describe('findQuote', () => {
  const texts = [
    {
      name: 'a.txt',
      text: normaliseWhitespace(
        'The figure reached up to 69% of all arms\nimported into Azerbaijan from 2016–2020.\nIsrael’s share fell.',
      ),
    },
    {
      name: 'b.txt',
      text: normaliseWhitespace(
        "Azerbaijan supplies about 40% of Israel's oil.\nThe figure reached up to 69% of all arms.",
      ),
    },
  ];

  it('names the text that holds the quote', () => {
    expect(findQuote('imported into Azerbaijan from 2016–2020', texts)).toEqual(['a.txt']);
  });

  it('names every text that holds the quote, in the order given', () => {
    expect(findQuote('The figure reached up to 69% of all arms', texts)).toEqual([
      'a.txt',
      'b.txt',
    ]);
  });

  it('tolerates whitespace differences: a quote across a line break, with tabs or doubled spaces', () => {
    expect(findQuote('69% of all arms imported', texts)).toEqual(['a.txt']);
    expect(findQuote('  69%\tof  all arms\r\nimported ', texts)).toEqual(['a.txt']);
  });

  it('does not match a straight apostrophe against a typographic one, either way round', () => {
    expect(findQuote("Israel's share fell", texts)).toEqual([]);
    expect(findQuote('Israel’s oil', texts)).toEqual([]);
    expect(findQuote('Israel’s share fell', texts)).toEqual(['a.txt']);
  });

  it('does not match a hyphen against an en dash', () => {
    expect(findQuote('from 2016-2020', texts)).toEqual([]);
  });

  it('is case-sensitive (quotes are verbatim)', () => {
    expect(findQuote('the figure reached up to 69%', texts)).toEqual([]);
  });

  it('finds nothing for a quote that is not in any text', () => {
    expect(findQuote('Azerbaijan supplies about 50% of Israel', texts)).toEqual([]);
  });

  it('finds nothing for an empty or whitespace-only quote (it would otherwise match every text)', () => {
    expect(findQuote('', texts)).toEqual([]);
    expect(findQuote(' \n\t', texts)).toEqual([]);
  });

  it('finds nothing when there are no texts', () => {
    expect(findQuote('anything', [])).toEqual([]);
  });
});
