/**
 * Property: a translation states no number its English original does not, whatever digits the
 * translation writes them in (ASCII, Eastern Arabic ٠–٩, Persian ۰–۹, with their separators), and
 * the validator reports each added number at the translated field's path.
 */
import fc from 'fast-check';
import { LIMIT_MS } from './seed.ts';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/data/index.ts';
import { numbersIn } from '../../../src/data/quote-numbers.ts';
import translated from '../../fixtures/valid-translated.json';

const ARABIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

/** `n` written in one of the scripts, with that script's thousands separator. */
function written(n: number, script: 'latn' | 'arab' | 'persian', grouped: boolean): string {
  const digits = grouped ? n.toLocaleString('en-US') : String(n);
  if (script === 'latn') return digits;
  const set = script === 'arab' ? ARABIC : PERSIAN;
  return digits.replace(/\d/g, (d) => set[Number(d)] ?? d).replace(/,/g, '٬');
}

const script = fc.constantFrom('latn' as const, 'arab' as const, 'persian' as const);
const number = fc.integer({ min: 0, max: 2_000_000 });

describe('translated numbers', { timeout: LIMIT_MS }, () => {
  it('read the same in every digit set', () => {
    fc.assert(
      fc.property(number, script, fc.boolean(), (n, s, grouped) => {
        expect(numbersIn(`نحو ${written(n, s, grouped)} جندي`)).toEqual([n]);
      }),
    );
  });

  it('pass when the English states them and are reported, located, when it does not', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(number, { minLength: 1, maxLength: 4 }),
        number,
        script,
        fc.boolean(),
        (stated, extra, s, grouped) => {
          const d = structuredClone(translated) as typeof translated & Record<string, unknown>;
          const tie = d.ties[0];
          if (!tie) throw new Error('fixture has no tie');
          tie.summary = `Israel supplied ${stated.join(' and ')} units`;
          tie.figure = { ...tie.figure, value: stated[0] ?? 0 };
          tie.when = {} as typeof tie.when;
          tie.evidence[0]!.quote = tie.summary;
          tie.evidence[0]!.translations = [];
          const said = stated.map((n) => written(n, s, grouped)).join(' و ');
          d.translations.ar.ties['isr-aze-arms'].summary = `زوّدت إسرائيل ${said} وحدة`;
          expect(parseDataset(d).errors).toEqual([]);
          d.translations.ar.ties['isr-aze-arms'].summary += ` و ${written(extra, s, grouped)}`;
          const errors = parseDataset(d).errors;
          if (stated.includes(extra)) expect(errors).toEqual([]);
          else {
            expect(errors.map((e) => e.path)).toEqual([
              '$.translations.ar.ties["isr-aze-arms"].summary',
            ]);
            expect(errors[0]?.message).toContain(`the number ${extra}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
