import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { formatDate, formatFigure, formatPeriod, formatValue } from '../../../src/text/format.ts';
import { directionOf, loadLanguage, resolveLanguage } from '../../../src/text/languages.ts';
import { targetLocales } from '../../../src/text/locale-codes.ts';
import { stringsFor } from '../../../src/text/strings.ts';
import { roundedNumber } from '../../../src/data/figure-text.ts';
import { actorName } from '../../../src/text/names.ts';

beforeAll(async () => {
  await Promise.all(targetLocales.map((code) => loadLanguage(code)));
});

describe('which language the element speaks', () => {
  it('narrows a regional tag to the language it ships', () => {
    expect(resolveLanguage('he-IL')).toMatchObject({ code: 'he', dir: 'rtl', unshipped: false });
    expect(resolveLanguage('fa-IR')).toMatchObject({ code: 'fa', dir: 'rtl' });
    expect(resolveLanguage('ar-EG')).toMatchObject({ code: 'ar', dir: 'rtl' });
    expect(resolveLanguage('RU')).toMatchObject({ code: 'ru', dir: 'ltr' });
  });

  it("gives each shipped language its script's direction", () => {
    for (const code of ['en', ...targetLocales])
      expect(resolveLanguage(code).dir, code).toBe(directionOf(code));
  });

  it('falls back to English, left to right, for an unshipped language, noting it', () => {
    expect(resolveLanguage('ur-PK')).toMatchObject({ code: 'en', dir: 'ltr', unshipped: true });
    expect(resolveLanguage('az-Arab')).toMatchObject({ code: 'en', unshipped: true });
  });

  it('is not fooled by words that name members of Object.prototype', () => {
    for (const lang of [
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      '',
      ' ',
      'x-!!',
    ]) {
      const s = stringsFor(lang);
      expect(s.lang).toBe('en');
      expect(s.layers).toBe('Layers');
    }
  });

  it('ships every language in lit-localize.json, each with its XLIFF file', () => {
    const config = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as {
      targetLocales: string[];
    };
    expect([...targetLocales]).toEqual(config.targetLocales);
    const files = readdirSync('xliff')
      .map((f) => f.replace(/\.xlf$/, ''))
      .sort();
    expect(files).toEqual([...config.targetLocales].sort());
  });
});

describe("the element's words in each language", () => {
  it("reads the toolbar in the reader's language", () => {
    expect(stringsFor('fa').layers).toBe('لایه‌ها');
    expect(stringsFor('he').layers).toBe('שכבות');
    expect(stringsFor('ar').showTable).toBe('إظهار الجدول');
    expect(stringsFor('ru').showTable).toBe('Показать таблицу');
    expect(stringsFor('az').layers).toBe('Qatlar');
    expect(stringsFor('hy').layers).toBe('Շերտեր');
    expect(stringsFor('tr').layers).toBe('Katmanlar');
  });

  it("picks plural forms by the language's rules and writes counts in its digits", () => {
    expect(stringsFor('en').ties(1)).toBe('1 tie');
    expect(stringsFor('en').ties(5)).toBe('5 ties');
    expect(stringsFor('ru').ties(1)).toBe('1 связь');
    expect(stringsFor('ru').ties(3)).toBe('3 связи');
    expect(stringsFor('ru').ties(5)).toBe('5 связей');
    expect(stringsFor('ru').ties(21)).toBe('21 связь');
    expect(stringsFor('fa').ties(12)).toBe('۱۲ پیوند');
    expect(stringsFor('fa').tiesShown(12, 74)).toBe('۱۲ از ۷۴ پیوند نمایش داده شده');
  });

  it('writes the distance to a far actor in the language, Persian digits in Persian', () => {
    expect(stringsFor('en').distant('9,800')).toBe('9,800 km away');
    expect(stringsFor('fa').placeTab(9800, 97)).toContain('۹٬۸۰۰');
    expect(stringsFor('he').distant('9,800')).toBe('במרחק 9,800 ק"מ');
  });
});

describe("numbers, figures and dates in the reader's language", () => {
  it('keeps English exactly as before', () => {
    expect(formatValue(69, '%')).toBe('69%');
    expect(formatValue(60, '%', 69, true)).toBe('60–69%');
    expect(formatFigure({ value: 1500, unit: 'troops', qualifier: 'over' })).toBe(
      'over 1,500 troops',
    );
    expect(formatDate('2025-10')).toBe('Oct 2025');
    expect(formatDate('2024-12-31')).toBe('31 Dec 2024');
    expect(formatPeriod({ from: '2020' })).toBe('from 2020');
  });

  it('writes Persian digits and the Persian percent sign in Persian', () => {
    expect(formatValue(69, '%', undefined, true, 'fa')).toBe('۶۹٪');
    expect(formatValue(20000, 'troops', undefined, false, 'fa')).toBe('۲۰٬۰۰۰ troops');
    expect(roundedNumber(2463.25, 'fa')).toBe('۲٬۴۶۳');
  });

  it('writes percentages and separators the way each language does', () => {
    expect(formatValue(69, '%', undefined, true, 'tr')).toBe('%69');
    expect(formatValue(1500, 'soldiers', undefined, false, 'ru')).toBe('1\u00a0500 soldiers');
    expect(formatValue(1500, 'soldiers', undefined, false, 'az')).toBe('1.500 soldiers');
  });

  it('says the qualifier in the language, not as an English prefix', () => {
    expect(formatFigure({ value: 69, unit: '%', qualifier: 'up to' }, 'he')).toBe('עד 69%');
    expect(formatFigure({ value: 60, unit: '%', qualifier: 'over' }, 'fa')).toBe('بیش از ۶۰٪');
    expect(formatFigure({ value: 60, unit: '%', qualifier: 'over' }, 'ru')).toBe('более 60\u00a0%');
    expect(formatFigure({ value: 60, unit: '%', qualifier: 'at least' }, 'tr')).toBe('en az %60');
    // A qualifier the messages do not know stays as the data writes it.
    expect(formatFigure({ value: 3, unit: 'ships', qualifier: 'prepared to dispatch' }, 'ru')).toBe(
      'prepared to dispatch 3 ships',
    );
  });

  it("dates in the Gregorian calendar, in the language's month names and digits", () => {
    expect(formatDate('2025-10', 'fa')).toBe('اکتبر ۲۰۲۵');
    expect(formatDate('2025-10', 'ru')).toMatch(/^октябрь 2025/);
    expect(formatDate('2024-12-31', 'he')).toContain('2024');
    expect(formatDate('2020', 'fa')).toBe('۲۰۲۰');
    expect(formatPeriod({ from: '2020', to: '2021' }, 'fa')).toBe('۲۰۲۰–۲۰۲۱');
  });
});

describe('actor names', () => {
  it("takes the dataset's name in the language, else CLDR's for a country, else the dataset's", () => {
    expect(actorName({ id: 'ISR', name: 'Israel', names: { he: 'ישראל (מהנתונים)' } }, 'he')).toBe(
      'ישראל (מהנתונים)',
    );
    expect(actorName({ id: 'ISR', name: 'Israel' }, 'fa')).toBe('اسرائیل');
    expect(actorName({ id: 'AZE', name: 'Azerbaijan' }, 'ru')).toBe('Азербайджан');
    expect(actorName({ id: 'ISF', name: 'International Stabilization Force' }, 'fa')).toBe(
      'International Stabilization Force',
    );
    expect(actorName({ id: 'ISR', name: 'Israel' }, 'en')).toBe('Israel');
  });
});

describe('the copied citation', () => {
  it("is written in the reader's language, the quote verbatim", async () => {
    const { citeTie } = await import('../../../src/components/internal/citation.ts');
    const dataset = {
      sources: [
        {
          id: 's',
          title: 'A report',
          publisher: 'unknown',
          published: '2025-10',
          url: 'https://example.org/a',
        },
      ],
    } as unknown as Parameters<typeof citeTie>[0];
    const tie = {
      summary: 'Israel supplies arms',
      status: 'reported',
      figure: { value: 69, unit: '%', qualifier: 'up to' },
      evidence: [{ source: 's', quote: 'up to 69%' }],
    } as unknown as Parameters<typeof citeTie>[1];
    expect(citeTie(dataset, tie)).toBe(
      'Israel supplies arms (reported)\nFigure: up to 69%.\n“up to 69%” (A report, publisher unknown, Oct 2025, https://example.org/a)',
    );
    const he = citeTie(dataset, tie, stringsFor('he'));
    expect(he).toContain('נתון: עד 69%.');
    expect(he).toContain('“up to 69%”');
    expect(he).toContain('מפרסם לא ידוע');
  });
});
