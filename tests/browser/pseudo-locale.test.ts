/**
 * Every word of the element's own chrome goes through its messages: under a pseudo-locale
 * (accented, bracketed English, made here from the XLIFF sources) no visible text node may keep
 * plain English letters once the dataset's own text is taken out.
 */
import { describe, expect, it } from 'vitest';
import xliff from '../../xliff/ar.xlf?raw';
import shipped from '../../data/azerbaijan-israel-usa.json';
import { str } from '@lit/localize';
import { registerLanguage } from '../../src/text/languages.ts';
import type { Templates } from '../../src/text/msg.ts';
import { formatDate } from '../../src/text/format.ts';
import '../../src/author/index.ts';
import { SHEET_FILES } from '../../src/import/columns.ts';
import { folder } from '../unit/import/sheet-folder.ts';
import sipriRegister from '../fixtures/sipri/trade-register.csv?raw';
import { lifecycleHooks, mount, nextEvent, shadow } from './helpers.ts';

lifecycleHooks();

const ACCENTS: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
};
const accent = (text: string): string =>
  text.replace(/[a-z]/gi, (c) => {
    const a = ACCENTS[c.toLowerCase()]!;
    return c === c.toLowerCase() ? a : a.toUpperCase();
  });

/** Each message's English source, accented and bracketed; placeholders kept in place. */
function pseudoTemplates(): Templates {
  const templates: Record<string, Templates[string]> = {};
  const doc = new DOMParser().parseFromString(xliff, 'application/xml');
  for (const unit of doc.querySelectorAll('trans-unit')) {
    const source = unit.querySelector('source')!;
    const strings: string[] = [''];
    const values: number[] = [];
    for (const node of source.childNodes) {
      if (node.nodeType === Node.TEXT_NODE)
        strings[strings.length - 1] += accent(node.textContent ?? '');
      else if ((node as Element).tagName === 'x') {
        values.push(Number((node as Element).getAttribute('id')));
        strings.push('');
      }
    }
    strings[0] = `⟦${strings[0]}`;
    strings[strings.length - 1] += '⟧';
    templates[unit.getAttribute('id')!] =
      values.length === 0
        ? strings[0]!
        : str(
            Object.assign([...strings], { raw: [...strings] }) as TemplateStringsArray,
            ...values,
          );
  }
  return templates;
}

/** The dataset's own words (names, titles, summaries, quotes, units…), which stay as written. */
function datasetWords(data: unknown = shipped): string[] {
  const words = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      words.add(value);
      // Dates are the language's through Intl (CLDR), not messages; a currency unit splits around its number.
      if (/^\d{4}(-\d{2}){0,2}$/.test(value)) words.add(formatDate(value, 'qps'));
      for (const part of value.split(' ')) if (/^(US\$|\$|€|£|¥)$/.test(part)) words.add(part);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(data);
  return [...words].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
}

/** What is left of `text` once the dataset's words (and ICU's root-locale month, "2025 M10") are taken out. */
function withoutDataset(text: string, dataset: string[]): string {
  for (const word of dataset) if (text.includes(word)) text = text.split(word).join(' ');
  return text.replace(/\bM\d{2}\b/g, ' ');
}

/**
 * The visible text nodes of the element's shadow root that still hold English letters.
 * `marked`: text inside an element whose `lang` names another language than the pseudo-locale's
 * is said to be in that language (the authoring page marks the validator's English that way).
 */
function unlocalised(root: ShadowRoot, dataset: string[], marked = false): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style, script, svg, [hidden], .visually-hidden')) continue;
    // A closed <select>'s options count: they show once it opens.
    if (
      !parent.checkVisibility?.({ visibilityProperty: true }) &&
      !(marked && parent.tagName === 'OPTION')
    )
      continue;
    if (marked && !(parent.closest('[lang]')?.getAttribute('lang') ?? 'qps').startsWith('qps'))
      continue;
    // The JSON path a problem is at, written as the data's keys spell it.
    if (parent.tagName === 'CODE' && /^\$/.test(node.textContent ?? '')) continue;
    // The data's own ids, keys and values inside a message are isolated (U+2068…U+2069).
    let text = (node.textContent ?? '').replace(/\u2068[^\u2068\u2069]*\u2069/g, ' ');
    // The author's own names: files ("ties.csv") and JSON paths ("$.ties[0].from").
    if (marked)
      text = text.replace(/\$[^\s,]*/g, ' ').replace(/\b[\w.-]+\.(csv|json|txt|png)\b/g, ' ');
    text = withoutDataset(text, dataset);
    if (/[A-Za-z]{2,}/.test(text))
      found.push(`${parent.className || parent.tagName}: ${node.textContent}`);
  }
  return found;
}

/** The shipped dataset with a dozen kinds of problem, errors and warnings. */
function invalidDataset(): unknown {
  const d = structuredClone(shipped) as unknown as {
    sources: Record<string, unknown>[];
    actors: Record<string, unknown>[];
    ties: Record<string, unknown>[];
    scenes?: Record<string, unknown>[];
  };
  const tie = (i: number) => d.ties[i]!;
  tie(0).from = 'XXX';
  tie(1).figure = { value: -3, unit: '%' };
  tie(2).when = { from: '2025', to: '2020' };
  tie(3).colour = 'red';
  tie(4).evidence = [];
  tie(5).layer = 'nope';
  tie(6).stance = 'friendly';
  (tie(7).evidence as Record<string, unknown>[])[0]!.lang = 'en_GB';
  d.actors[0]!.kind = 'planet';
  d.sources.push({ id: 'lonely', title: 'Unused', publisher: 'Nobody', published: 'someday' });
  if (d.scenes?.[0]) d.scenes[0].focus = 'NOWHERE';
  return d;
}

describe('the pseudo-locale', () => {
  it("tells an invalid dataset's problems in the element's language", async () => {
    registerLanguage('qps', pseudoTemplates());
    const { el } = mount((e) => {
      e.lang = 'qps-ploc';
      e.data = invalidDataset();
    });
    await nextEvent(el, 'ties-error');
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelectorAll('[part="error"] li').length).toBeGreaterThanOrEqual(10);
    // The sentences' words load with the first invalid dataset in another language than English.
    await expect.poll(() => unlocalised(root, datasetWords())).toEqual([]);
  });

  it("finds no unlocalised word of the element's chrome in its views", async () => {
    registerLanguage('qps', pseudoTemplates());
    const dataset = datasetWords();
    const { el } = mount((e) => {
      e.renderer = 'svg';
      e.lang = 'qps-ploc';
      e.data = structuredClone(shipped);
    });
    await nextEvent(el, 'ties-ready');
    const root = shadow(el);
    await expect.poll(() => root.querySelector('.toolbar')?.textContent ?? '').toContain('⟦');
    const problems = new Set<string>();
    const look = () => unlocalised(root, dataset).forEach((p) => problems.add(p));
    look();
    // The table.
    root.querySelector<HTMLElement>('.table-button')?.click();
    await el.updateComplete;
    look();
    // The filters.
    root.querySelector<HTMLElement>('.filters-button')?.click();
    await el.updateComplete;
    look();
    // An actor focused: the focus panel.
    el.focusActor = 'AZE';
    await el.updateComplete;
    await expect.poll(() => root.querySelector('.focus-panel')).toBeTruthy();
    look();
    // An edge's evidence card.
    await expect.poll(() => root.querySelector('[part="edge-button"]')).toBeTruthy();
    root.querySelector<HTMLElement>('[part="edge-button"]')?.click();
    await el.updateComplete;
    await expect.poll(() => root.querySelector('[part="evidence"]')).toBeTruthy();
    look();
    expect([...problems]).toEqual([]);
  });
});

/**
 * The authoring page in the pseudo-locale; `look` opens its details and gathers the text and
 * labels it shows that are neither the page's messages nor `dataset`'s words.
 */
function pseudoAuthor(dataset: string[]) {
  registerLanguage('qps', pseudoTemplates());
  const author = document.createElement('ties-author');
  author.renderer = 'svg';
  author.lang = 'qps-ploc';
  document.body.append(author);
  const root = shadow(author);
  const problems = new Set<string>();
  const look = async () => {
    for (const details of root.querySelectorAll('details')) details.open = true;
    await author.updateComplete;
    unlocalised(root, dataset, true).forEach((p) => problems.add(p));
    for (const el of root.querySelectorAll('[aria-label]')) {
      const label = withoutDataset(el.getAttribute('aria-label') ?? '', dataset);
      if (/[A-Za-z]{2,}/.test(label)) problems.add(`aria-label: ${el.getAttribute('aria-label')}`);
    }
  };
  return { author, root, problems, look };
}

describe('the pseudo-locale on the authoring page', () => {
  it("finds no unlocalised word of the page's own chrome in its views", async () => {
    // File names, JSON paths and the sheet files' names are the author's, not the page's words.
    const names = [
      'picture.png',
      'broken.json',
      'map.json',
      'gazette.txt',
      'Nothing of the dataset is quoted here.',
    ];
    const dataset = [...names, ...datasetWords()];
    const { author, root, problems, look } = pseudoAuthor(dataset);
    try {
      await author.updateComplete;
      // The empty page, the paste box open.
      await look();
      // A file the page does not read: a notice.
      await author.take([new File(['x'], 'picture.png')]);
      await look();
      // A dataset with an error and no map yet: the problem list and the map's placeholder.
      const broken = structuredClone(shipped) as { ties: { from: string }[] };
      broken.ties[0]!.from = 'XXX';
      await author.take([new File([JSON.stringify(broken)], 'broken.json')]);
      await look();
      expect(root.querySelector('.placeholder')).toBeTruthy();
      expect(root.querySelector('[part="problems"] li.error')).toBeTruthy();
      // Many kinds of problem: the validator's sentences are the page's, not English marked so.
      await author.take([new File([JSON.stringify(invalidDataset())], 'broken.json')]);
      await look();
      const told = [...root.querySelectorAll('[part="problems"] li[data-check="data"] .message')];
      expect(told.length).toBeGreaterThanOrEqual(10);
      for (const message of told) {
        expect(message.getAttribute('lang'), message.textContent ?? '').toBeNull();
        expect(message.textContent).toContain('⟦');
      }
      // The shipped dataset with a source text that quotes none of it: the summary, the quote
      // check's line, the languages, speaker notes, call-outs, files and the map.
      await author.take([
        new File([JSON.stringify(shipped)], 'map.json'),
        new File(['Nothing of the dataset is quoted here.'], 'gazette.txt'),
      ]);
      await look();
      // "Quote not found" is told in the page's language too.
      expect(
        root.querySelectorAll('[part="problems"] li[data-check="quotes"] .message:not([lang])')
          .length,
      ).toBeGreaterThan(0);
      for (const part of [
        'summary',
        'languages',
        'notes',
        'callouts',
        'files',
        'download',
        'briefing',
      ])
        expect(root.querySelector(`[part="${part}"]`), part).toBeTruthy();
      // The same with an error again: the map keeps its last version and says so.
      await author.take([new File([JSON.stringify(broken)], 'broken.json')]);
      await look();
      expect(root.querySelector('.stale')).toBeTruthy();
      expect([...problems]).toEqual([]);
    } finally {
      author.remove();
    }
  });
});

/** A text, its sidecar and a dataset quoting it wrongly in every way the quote checks know. */
function quoteFixture() {
  const text = [
    'Home | World | Business',
    'Photo: Ministers shake hands in Baku.',
    'Azerbaijan will supply oil to Israel, the ministry said on Monday.',
    'By Jane Roe',
  ].join('\n');
  const meta = {
    title: 'Gazette',
    publisher: 'Gazette Media',
    published: '2025-10-02',
    url: 'https://example.org/a',
    nonBody: [
      { kind: 'navigation', line: 1, text: 'Home | World | Business' },
      { kind: 'caption', line: 2, text: 'Photo: Ministers shake hands in Baku.' },
      { kind: 'byline', line: 4, text: 'By Someone Else' },
    ],
  };
  const tie = (id: string, evidence: Record<string, string>, more = {}) => ({
    id,
    layer: 'energy',
    from: 'AZE',
    to: 'ISR',
    stance: 'cooperative',
    summary: 'Oil',
    evidence: [evidence],
    ...more,
  });
  const map = {
    format: 'ties-map/1',
    title: 'Oil',
    sources: [
      {
        id: 'gz',
        title: 'The Gazette',
        publisher: 'Gazette Media',
        published: '2025-10-02',
        url: 'https://example.org/b',
      },
    ],
    layers: [{ id: 'energy', label: 'Energy' }],
    actors: [
      { id: 'AZE', name: 'Azerbaijan', kind: 'country' },
      { id: 'ISR', name: 'Israel', kind: 'country' },
    ],
    ties: [
      // Numbers and dates no quote states.
      tie(
        't1',
        { source: 'gz', quote: 'Azerbaijan will supply oil to Israel' },
        {
          summary: 'Azerbaijan supplies 40% of Israel’s oil since 2023',
          figure: { value: 40, unit: '%' },
          when: { from: '2025-08-14', to: '2026' },
        },
      ),
      // Site navigation; a caption not marked; marked, but in the body; marked, but a byline.
      tie('t2', { source: 'gz', quote: 'Home | World' }),
      tie('t3', { source: 'gz', quote: 'Ministers shake hands in Baku' }),
      tie('t4', { source: 'gz', quote: 'the ministry said on Monday', in: 'caption' }),
      tie('t5', { source: 'gz', quote: 'By Jane Roe', in: 'caption' }),
      // Not an evidence entry with a quote.
      tie('t6', { source: 'gz' }, { summary: 'Oil since 2024' }),
    ],
  };
  return { text, meta, map };
}

describe('the pseudo-locale on the authoring page: the checks beyond the validator', () => {
  it('tells every quote check, a Latin-1 file, an unplaced problem and a SIPRI file in the page’s language', async () => {
    const { text, meta, map } = quoteFixture();
    const files = folder();
    delete files.dataset; // no dataset.csv: the title has no cell to be placed in
    // The author's own names: the files dropped, the folder's files, column headers and tie id.
    const sheetWords = Object.values(SHEET_FILES).flatMap((f) => [...f.columns]);
    const dropped = ['map.json', 'gazette.txt', 'gazette.meta.json', 'trade-register.csv'];
    const names = [...dropped, ...Object.values(SHEET_FILES).map((f) => f.file), ...sheetWords];
    names.push('aze-isr-gasoline');
    const dataset = [...names, ...datasetWords(map), ...datasetWords()].sort(
      (a, b) => b.length - a.length,
    );
    const { author, root, problems, look } = pseudoAuthor(dataset);
    try {
      /** Each problem's sentence is the page's (no `lang` of its own), never English marked so. */
      const told = (selector: string) => {
        const messages = [...root.querySelectorAll(`[part="problems"] ${selector} .message`)];
        for (const message of messages) {
          expect(message.getAttribute('lang'), message.textContent ?? '').toBeNull();
          expect(message.textContent).toContain('⟦');
        }
        return messages.length;
      };
      await author.take([
        new File([JSON.stringify(map)], 'map.json'),
        new File([text], 'gazette.txt'),
        new File([JSON.stringify(meta)], 'gazette.meta.json'),
      ]);
      await look();
      // The sidecar's stale line, the six ties' quotes and numbers, the source's title and url.
      expect(told('li[data-check="quotes"]')).toBeGreaterThanOrEqual(13);
      // The CSV folder with a file saved as Latin-1 and no dataset.csv.
      const latin1 = new Uint8Array(
        [...files.sources!.replace('Text A', 'Cura?ao')].map((c) =>
          c === '?' ? 0xe7 : c.charCodeAt(0),
        ),
      );
      await author.take([
        new File([latin1], 'sources.csv'),
        new File([files.actors!], 'actors.csv'),
        new File([files.ties!], 'ties.csv'),
      ]);
      await look();
      expect(
        root.querySelector('[part="problems"] li.warning[data-file="sources.csv"]'),
      ).toBeTruthy();
      expect(root.querySelector('[part="problems"] li.error:not([data-file])')).toBeTruthy();
      expect(told('li')).toBeGreaterThanOrEqual(2);
      // A SIPRI register is read by the command line only: the page says so, in its words.
      await author.take([new File([sipriRegister], 'trade-register.csv')]);
      await look();
      expect([...problems]).toEqual([]);
    } finally {
      author.remove();
    }
  });
});
