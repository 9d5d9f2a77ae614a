import { describe, expect, it } from 'vitest';
import { formatFigure, formatValue } from '../../src/text/format.ts';

describe('figures as a reader sees them in the table, card and legend', () => {
  it('puts a currency symbol before the number, with its scale after', () => {
    expect(formatValue(40, 'US$ m')).toBe('US$ 40 m');
    expect(formatValue(1.6, 'US$ bn')).toBe('US$ 1.6 bn');
    expect(formatValue(12, '€')).toBe('€ 12');
  });

  it('lets a percent sign hug the number, also when a word follows it', () => {
    expect(formatValue(69, '%')).toBe('69%');
    expect(formatValue(55, '% increase')).toBe('55% increase');
  });

  it('writes a counted unit after the number with thousands separators', () => {
    expect(formatValue(20000, 'troops')).toBe('20,000 troops');
    expect(formatValue(12, 'bcm/yr')).toBe('12 bcm/yr');
  });

  it('writes zero as 0, never -0 (JSON allows -0; it read "over -0%")', () => {
    expect(formatFigure({ value: -0, unit: '%', qualifier: 'over' })).toBe('over 0%');
    expect(formatValue(-0, 'troops')).toBe('0 troops');
    expect(formatValue(-0.001, 'US$ m')).toBe('US$ 0 m');
  });

  it('reads qualifier, value and what it is of as one phrase', () => {
    expect(
      formatFigure({ value: 69, unit: '%', of: "Azerbaijan's arms imports", qualifier: 'up to' }),
    ).toBe("up to 69% of Azerbaijan's arms imports");
    expect(
      formatFigure({ value: 500, unit: 'US$ m', of: 'weapons', qualifier: 'reportedly' }),
    ).toBe('reportedly US$ 500 m of weapons');
    expect(formatFigure({ value: 1500, unit: 'troops', qualifier: 'over' })).toBe(
      'over 1,500 troops',
    );
  });

  it('reads a range with an en dash, the unit written once: "60–69%"', () => {
    expect(formatValue(60, '%', 69)).toBe('60–69%');
    expect(formatValue(1500, 'troops', 2000)).toBe('1,500–2,000 troops');
    expect(formatValue(40, 'US$ m', 50)).toBe('US$ 40–50 m');
    expect(
      formatFigure({ value: 60, upper: 69, unit: '%', of: "Azerbaijan's military imports" }),
    ).toBe("60–69% of Azerbaijan's military imports");
  });
});
