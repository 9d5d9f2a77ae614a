/**
 * Dataset text in several languages (docs/data.md, "Translations"): the validator's rules for
 * `translations`, actor `names` and quote translations, and what a reader of each language sees.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEvidence } from '../../src/data/evidence-check.ts';
import {
  datasetInLanguage,
  datasetLanguages,
  parseDataset,
  quoteTranslation,
  type Dataset,
} from '../../src/data/index.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const fixture = (): Json =>
  JSON.parse(
    readFileSync(new URL('../fixtures/valid-translated.json', import.meta.url), 'utf8'),
  ) as Json;
const problemsOf = (d: unknown) =>
  parseDataset(typeof d === 'string' ? d : JSON.stringify(d)).problems.map(
    (p) => `${p.severity} ${p.path}: ${p.message}`,
  );
const parsed = (d: Json): Dataset => {
  const { dataset, errors } = parseDataset(JSON.stringify(d));
  expect(errors).toEqual([]);
  return dataset as Dataset;
};

describe('the validator', () => {
  it('accepts translations, actor names and quote translations, crediting each quote translation', () => {
    const d = fixture();
    expect(problemsOf(d)).toEqual([]);
    const [ar, he] = parsed(d).ties[0]?.evidence[0]?.translations ?? [];
    // The Arabic quote translation takes its credit from translations.ar; the Hebrew one has its own.
    expect(ar).toMatchObject({
      lang: 'ar',
      translator: 'an AI language model',
      method: 'machine-assisted',
      reviewed: false,
    });
    expect(he).toMatchObject({ lang: 'he', translator: 'A. Editor', reviewed: 'B. Editor' });
  });

  it('refuses language tags that are not BCP 47, and names the canonical spelling', () => {
    const d = fixture();
    d.translations['ar_EG'] = d.translations.he;
    d.actors[1].names = { HE: 'ישראל' };
    d.ties[0].evidence[0].lang = 'en_GB';
    const problems = problemsOf(d);
    expect(problems).toContainEqual(
      expect.stringMatching(/^error \$\.translations\.ar_EG: .*language tag \(BCP 47\)/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^error \$\.actors\[1\]\.names\.HE: .*written "he"/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^error \$\.ties\[0\]\.evidence\[0\]\.lang: .*language tag/),
    );
  });

  it("locates unknown keys and ids that are not the dataset's", () => {
    const d = fixture();
    d.translations.ar.ties['usa-isf-backing'] = { summary: 'نص' };
    d.translations.ar.ties['isr-aze-arms'].summery = 'typo';
    d.translations.ar.scenes.arms.subtitle = 'x';
    const problems = problemsOf(d);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^error \$\.translations\.ar\.ties\["usa-isf-backing"\]: .*tie "usa-isf-backing", which is not defined/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^warning \$\.translations\.ar\.ties\["isr-aze-arms"\]\.summery: .*"summery"/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^warning \$\.translations\.ar\.scenes\.arms\.subtitle: /),
    );
  });

  it('needs to know who translated and whether anyone reviewed it', () => {
    const d = fixture();
    delete d.translations.ar.reviewed;
    d.translations.he.reviewed = true;
    const problems = problemsOf(d);
    expect(problems).toContainEqual(
      expect.stringMatching(/^error \$\.translations\.ar\.reviewed: .*or false when no one has/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^error \$\.translations\.he\.reviewed: .*got boolean true/),
    );
    // Without translations.ar, the Arabic quote translation credits no one.
    delete d.translations.ar;
    expect(problemsOf(d)).toContainEqual(
      expect.stringMatching(
        /^error \$\.ties\[0\]\.evidence\[0\]\.translations\[0\]: .*does not say "translator", "method", "reviewed"/,
      ),
    );
  });

  it('refuses a translated summary or quote that states a number the English does not, in any digits', () => {
    const d = fixture();
    d.translations.ar.ties['isr-aze-arms'].summary =
      'زوّدت إسرائيل أذربيجان بما يصل إلى ٧٠٪ من وارداتها من الأسلحة في ٢٠١٦–٢٠٢٠';
    d.ties[0].evidence[0].translations[1].text =
      "הנתון הגיע עד 69% מכלל הנשק שיובא לאזרבייג'ן בשנים 2016–2021";
    const problems = problemsOf(d);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^error \$\.translations\.ar\.ties\["isr-aze-arms"\]\.summary: .*the number 70, which the English summary does not/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^error \$\.ties\[0\]\.evidence\[0\]\.translations\[1\]\.text: .*the number 2021, which the quote does not/,
      ),
    );
  });

  it("reads keys named like Object.prototype members as the data's own words", () => {
    const text = JSON.stringify(fixture()).replace(
      '"translations":{"ar"',
      '"translations":{"__proto__":{},"constructor":{},"ar"',
    );
    const problems = problemsOf(text);
    expect(problems).toContainEqual(
      expect.stringMatching(/^error \$\.translations\.__proto__: .*language tag/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^error \$\.translations\.constructor: .*language tag/),
    );
    expect(({} as Json).translator).toBeUndefined();
  });
});

describe('the evidence checker', () => {
  it('holds the quote to the source verbatim and never the translations beneath it', () => {
    const d = fixture();
    const raw = `Arms\n\n${d.ties[0].evidence[0].quote}.\n`;
    expect(checkEvidence(d, [{ name: 'a.txt', raw }]).failures).toEqual([]);
    d.ties[0].evidence[0].quote = d.ties[0].evidence[0].translations[0].text;
    expect(
      checkEvidence(d, [{ name: 'a.txt', raw }]).failures.map((f) => f.message),
    ).toContainEqual(expect.stringMatching(/^quote not found/));
  });
});

describe('datasetInLanguage', () => {
  const dataset = () => parsed(fixture());

  it('gives the Arabic reader the translated texts and names, and keeps the quote verbatim', () => {
    const ar = datasetInLanguage(dataset(), 'ar-EG');
    expect(ar.title).toBe('عنوان الاختبار: إسرائيل وغزة');
    expect(ar.layers[0]).toMatchObject({
      label: 'الأسلحة',
      measure: { unit: '%', label: 'حصة واردات الأسلحة' },
    });
    expect(ar.ties[0]?.summary).toMatch(/^زوّدت/);
    expect(ar.ties[0]?.figure?.of).toBe('واردات أذربيجان من الأسلحة');
    expect(ar.scenes[0]).toMatchObject({ title: 'الأسلحة', caption: 'أسلحة إسرائيلية لأذربيجان' });
    expect(ar.actors.map((a) => a.name)).toEqual(['أذربيجان', 'Israel']);
    expect(ar.ties[0]?.evidence[0]?.quote).toBe(dataset().ties[0]?.evidence[0]?.quote);
  });

  it("falls back to English field by field, and leaves an English reader's dataset as it is", () => {
    const d = dataset();
    const he = datasetInLanguage(d, 'he');
    expect(he.title).toBe('בדיקה: ישראל ועזה');
    expect(he.ties[0]?.summary).toBe(d.ties[0]?.summary);
    expect(datasetInLanguage(d, 'en')).toBe(d);
    expect(datasetInLanguage(d, 'fa')).toBe(d);
    expect(datasetInLanguage(d, 'toString')).toBe(d);
  });

  it("picks the quote translation of the reader's language, none for a reader of the quote's own", () => {
    const evidence = dataset().ties[0]?.evidence[0];
    if (!evidence) throw new Error('fixture has no evidence');
    expect(quoteTranslation(evidence, 'he-IL')?.text).toMatch(/^הנתון/);
    expect(quoteTranslation(evidence, 'en')).toBeUndefined();
    expect(quoteTranslation(evidence, 'fa')).toBeUndefined();
    expect(datasetLanguages(dataset())).toEqual(['ar', 'he']);
  });
});

describe('the shipped Gaza dataset', () => {
  const gaza = parseDataset(readFileSync('data/gaza-stabilisation-force.json', 'utf8'))
    .dataset as Dataset;

  it.each(['ar', 'he'])(
    'is translated into %s in full, and says the translation is machine-assisted and unreviewed',
    (lang) => {
      const translation = gaza.translations?.[lang];
      expect(translation).toMatchObject({ method: 'machine-assisted', reviewed: false });
      expect(translation?.note).toMatch(/not reviewed by a native speaker/);
      expect(translation?.title).toBeTruthy();
      expect(translation?.description).toBeTruthy();
      for (const layer of gaza.layers)
        expect(translation?.layers?.[layer.id]).toMatchObject({
          label: expect.any(String),
          measure: expect.any(String),
        });
      for (const tie of gaza.ties) {
        expect(translation?.ties?.[tie.id]?.summary, tie.id).toBeTruthy();
        if (tie.figure?.of !== undefined)
          expect(translation?.ties?.[tie.id]?.of, tie.id).toBeTruthy();
        for (const evidence of tie.evidence) {
          expect(evidence.lang).toBe('en');
          expect(quoteTranslation(evidence, lang)?.reviewed, `${tie.id}: ${evidence.quote}`).toBe(
            false,
          );
        }
      }
      for (const actor of gaza.actors) expect(actor.names?.[lang], actor.id).toBeTruthy();
    },
  );
});
