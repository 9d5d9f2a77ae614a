/**
 * The authoring page (`<ties-author>`, author.html), driven as an author would: File objects
 * dropped on it or chosen in its file input, then what the page shows: the map's table and legend,
 * the problem list with file, row and column, the quote checks, the download link.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/author/index.ts';
import type { TiesAuthor } from '../../src/author/ties-author/ties-author.component.ts';
import type { TiesMap } from '../../src/components/ties-map/ties-map.component.ts';
import { importSheets } from '../../src/import/sheets.ts';
import { folder, sheet, tieRow } from '../unit/import/sheet-folder.ts';
import exampleActors from '../../examples/sheet/actors.csv?raw';
import exampleDataset from '../../examples/sheet/dataset.csv?raw';
import exampleLayers from '../../examples/sheet/layers.csv?raw';
import exampleScenes from '../../examples/sheet/scenes.csv?raw';
import exampleSources from '../../examples/sheet/sources.csv?raw';
import exampleTies from '../../examples/sheet/ties.csv?raw';
import minimalJson from '../fixtures/valid-minimal.json?raw';
import unknownCountryJson from '../fixtures/invalid/unknown-country.json?raw';
import gazetteText from '../fixtures/quotes/sources/gazette.txt?raw';
import gazetteMeta from '../fixtures/quotes/sources/gazette.meta.json?raw';
import { nextEvent, shadow, tableRowIds } from './helpers.ts';

const EXAMPLE = {
  'actors.csv': exampleActors,
  'dataset.csv': exampleDataset,
  'layers.csv': exampleLayers,
  'scenes.csv': exampleScenes,
  'sources.csv': exampleSources,
  'ties.csv': exampleTies,
};
const exampleFiles = () =>
  Object.entries(EXAMPLE).map(([name, text]) => new File([text], name, { type: 'text/csv' }));
const exampleDatasetBuilt = () =>
  importSheets({
    actors: exampleActors,
    dataset: exampleDataset,
    layers: exampleLayers,
    scenes: exampleScenes,
    sources: exampleSources,
    ties: exampleTies,
  }).dataset!;

let author: TiesAuthor;
let uncaught: string[];
const onError = (e: ErrorEvent) => uncaught.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));

beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  author = document.createElement('ties-author');
  // Passed on to <ties-map> (which draws with WebGL until its SVG renderer is wired in).
  author.renderer = 'svg';
  document.body.append(author);
});

afterEach(() => {
  author.remove();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
});

function transfer(files: File[]): DataTransfer {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  return dt;
}

/** Drops the files on the drop zone, as a drag from the desktop does, and waits until they are read. */
async function drop(files: File[]): Promise<void> {
  const zone = shadow(author).querySelector('[part="drop-zone"]')!;
  zone.dispatchEvent(
    new DragEvent('drop', {
      dataTransfer: transfer(files),
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
  await author.settled;
}

/** Chooses the files in the "Choose files" input. */
async function choose(files: File[]): Promise<void> {
  const input = shadow(author).querySelector<HTMLInputElement>('#choose-files')!;
  input.files = transfer(files).files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await author.settled;
}

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const map = () => shadow(author).querySelector<TiesMap>('ties-map');

interface ShownProblem {
  severity: string;
  place: string;
  message: string;
}

function problems(): ShownProblem[] {
  return [...shadow(author).querySelectorAll<HTMLElement>('[part="problems"] li')].map((li) => ({
    severity: li.dataset['severity']!,
    place: li.querySelector('.place')!.textContent!.trim(),
    message: li.querySelector('.message')!.textContent!.trim(),
  }));
}

const places = () => problems().map((p) => p.place);
const summary = () =>
  shadow(author).querySelector('[part="summary"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const downloadLink = () => shadow(author).querySelector<HTMLAnchorElement>('a[part="download"]');

describe('<ties-author>: a clean folder', () => {
  it('draws the map, its legend and table from the dropped CSV files, and redraws when a file changes', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const ready = nextEvent(author, 'ties-ready');
    const drawn = nextEvent(author, 'ties-drawn');
    await drop(exampleFiles());
    await ready;
    await drawn;
    expect(summary()).toContain('No problems.');
    expect(problems()).toEqual([]);
    const el = map()!;
    const ids = exampleDatasetBuilt().ties.map((t) => t.id!);
    expect(tableRowIds(el).sort()).toEqual([...ids].sort());
    const legend = shadow(el).querySelector('[part="legend"]')!.textContent!;
    for (const label of ['Energy', 'Arms', 'Diplomatic']) expect(legend).toContain(label);

    // The author edits ties.csv (drops the diplomatic rows) and drops it again: the same map redraws.
    const diplomatic = new Set(
      exampleDatasetBuilt()
        .ties.filter((t) => t.layer === 'diplomatic')
        .map((t) => t.id),
    );
    const [header, ...rows] = csvParseRows(exampleTies.replace(/^\uFEFF/, ''));
    const edited = csvFormatRows([header!, ...rows.filter((r) => !diplomatic.has(r[0]!))]);
    const kept = ids.filter((id) => !diplomatic.has(id));
    expect(kept.length).toBeLessThan(ids.length);
    const again = nextEvent(author, 'ties-ready');
    await drop([csv('ties.csv', edited)]);
    await again;
    expect(map()).toBe(el);
    expect(tableRowIds(el).sort()).toEqual([...kept].sort());
    // Nothing was fetched: the files were read in the page.
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(uncaught).toEqual([]);
  });

  it('takes files chosen in the file input, and a sheet exported as "Name - ties.csv"', async () => {
    const files = folder({ ties: sheet('ties', [tieRow({ value: '69%' })]) });
    await choose([
      csv('sources.csv', files.sources!),
      csv('actors.csv', files.actors!),
      csv('My map - ties.csv', files.ties!),
      csv('dataset.csv', files.dataset!),
    ]);
    // Problems name the file as the author has it.
    expect(places()).toEqual(['My map - ties.csv, row 2, column value']);
    const ready = nextEvent(author, 'ties-ready');
    await choose([csv('My map - ties.csv', sheet('ties', [tieRow()]))]);
    await ready;
    expect(tableRowIds(map()!)).toEqual(['aze-isr-gasoline']);
    expect(
      [...shadow(author).querySelectorAll('[part="files"] .name')].map((n) => n.textContent),
    ).toContain('My map - ties.csv');
  });
});

describe('<ties-author>: problems', () => {
  it('lists every row-level error kind with its file, row and column, markup shown as text', async () => {
    const IMG = '<img src=x onerror="window.__authorPwned=1">';
    const files = folder({
      actors: sheet('actors', [
        { id: 'AZE', name: 'Azerbaijan', kind: 'country' },
        { id: 'ISR', name: 'Israel', kind: 'country' },
        { id: 'EU', name: 'EU', kind: 'organisation', lon: '4.35' },
        { id: 'XXZ', name: 'Nowhere', kind: 'country' },
        { id: 'ORG', name: 'Org', kind: 'organisation' },
      ]),
      sources: sheet('sources', [
        { id: 'src-a', title: 'Text A', publisher: 'Publisher A', published: '2025-10' },
        { id: 'src-a', title: 'Text A again', publisher: 'Publisher A', published: '2025-10' },
      ]),
      ties: sheet('ties', [
        tieRow({ value: '69%' }),
        tieRow({
          from: '',
          to: 'AZE',
          value: '',
          unit: '',
          qualifier: '',
          summary: '',
          layer: '',
          quote: 'another',
        }),
        tieRow({ id: '' }),
        tieRow({ id: 'b', value: '1,500' }),
        tieRow({ id: 'c', to: IMG }),
        tieRow({ id: 'd', when_from: '2025-13', stance: 'friendly' }),
        tieRow({ id: 'e', source: 'src-zz' }),
      ]),
      scenes: sheet('scenes', [
        { id: 's1', title: 'One', west: '10', south: '20' },
        { id: 's2', title: 'Two', ties: 'no-such-tie' },
      ]),
    });
    await drop(Object.entries(files).map(([kind, text]) => csv(`${kind}.csv`, text!)));
    const shown = problems();
    const at = (place: string) => shown.find((p) => p.place === place);
    const expected: [string, RegExp][] = [
      ['sources.csv, row 3, column id', /src-a/],
      ['actors.csv, row 4, column lat', /lon but no lat/],
      ['actors.csv, row 5, column id', /XXZ/],
      ['actors.csv, row 6, column lon', /point/],
      ['ties.csv, row 2, column value', /"69%" is not a number; write 69 and put % in unit/],
      ['ties.csv, row 3, column to', /has "AZE" here but "ISR" in row 2/],
      ['ties.csv, row 4, column id', /no tie id/],
      ['ties.csv, row 5, column value', /without thousands separators/],
      ['ties.csv, row 6, column to', /<img src=x onerror/],
      ['ties.csv, row 7, column when_from', /2025-13/],
      ['ties.csv, row 7, column stance', /friendly/],
      ['ties.csv, row 8, column source', /src-zz/],
      ['scenes.csv, row 2, column east', /west, south, east, north/],
      ['scenes.csv, row 3, column ties', /no-such-tie/],
    ];
    for (const [place, message] of expected) {
      expect(at(place), `${place} in ${JSON.stringify(places())}`).toMatchObject({
        severity: 'error',
      });
      expect(at(place)!.message).toMatch(message);
    }
    expect(at('ties.csv, row 6, column to')).toBeDefined();
    expect(shown.filter((p) => p.severity === 'warning')).toEqual([
      {
        severity: 'warning',
        place: 'ties.csv, row 6, column to',
        message: expect.stringContaining('contains markup ("<img src=x onerror='),
      },
    ]);
    expect(summary()).toMatch(/^\d+ errors, 1 warning\. Fix the errors to download the dataset\./);
    expect(downloadLink()).toBeNull();
    // The hostile actor id is text in the list, not an element.
    expect(shadow(author).querySelector('[part="problems"] img')).toBeNull();
    expect((window as { __authorPwned?: unknown }).__authorPwned).toBeUndefined();
    expect(map()).toBeNull();
  });

  it('a missing file, a missing column and an unknown column, each at its file (and row 1)', async () => {
    const files = folder();
    const ties = files
      .ties!.replace(/^id,/, 'id,colour,')
      .replace(/\n(aze-isr-gasoline),/, '\n$1,red,');
    await drop([
      csv('sources.csv', files.sources!.replace('publisher', 'publishr')),
      csv('ties.csv', ties),
      csv('dataset.csv', files.dataset!),
    ]);
    expect(problems()).toEqual([
      {
        severity: 'error',
        place: 'sources.csv, row 1',
        message: expect.stringContaining('no column "publisher"'),
      },
      {
        severity: 'error',
        place: 'actors.csv',
        message: expect.stringContaining('the folder has no actors.csv'),
      },
      {
        severity: 'warning',
        place: 'sources.csv, row 1, column publishr',
        message: expect.stringContaining('not a column sources.csv defines'),
      },
      {
        severity: 'warning',
        place: 'ties.csv, row 1, column colour',
        message: expect.stringContaining('not a column ties.csv defines'),
      },
    ]);
  });

  it('reads a spreadsheet export with a BOM, CRLF line ends, quoted commas, doubled quotes and line breaks', async () => {
    const files = folder();
    const ties =
      '\uFEFF' +
      [
        'id,layer,from,to,summary,value,unit,qualifier,source,quote',
        'aze-isr-gasoline,energy,AZE,ISR,"Azerbaijan supplies over 60% of Israel’s gasoline, the ""lifeline"" of its army.",60,%,over,src-a,"Azerbaijan supplies over 60% of Israel’s gasoline,',
        'the ""lifeline"""',
        'b,energy,AZE,ISR,A second tie,12%,%,,src-a,a quote',
      ].join('\r\n') +
      '\r\n';
    const ready = nextEvent(author, 'ties-ready');
    await drop([
      csv('sources.csv', files.sources!),
      csv('actors.csv', files.actors!),
      csv('dataset.csv', files.dataset!),
      csv('ties.csv', ties),
    ]);
    // The row after the quoted line break is the spreadsheet's row 3, and the BOM did not hide "id".
    expect(problems()).toEqual([
      {
        severity: 'error',
        place: 'ties.csv, row 3, column value',
        message: expect.stringContaining('"12%" is not a number'),
      },
    ]);
    const fixed = nextEvent(author, 'ties-ready');
    await drop([csv('ties.csv', ties.replace(',12%,', ',12,'))]);
    await Promise.race([ready, fixed]);
    expect(problems()).toEqual([]);
    expect(tableRowIds(map()!)).toEqual(['aze-isr-gasoline', 'b']);
    expect(shadow(map()!).querySelector('table[part="ties-table"]')!.textContent).toContain(
      'the "lifeline" of its army',
    );
  });
});

describe('<ties-author>: a Latin-1 export', () => {
  it('reads a CSV that is not UTF-8 as Latin-1 and warns at that file', async () => {
    const files = folder();
    const latin1 = new Uint8Array(
      [...files.sources!.replace('Text A', 'Cura?ao')].map((c) =>
        c === '?' ? 0xe7 : c.charCodeAt(0),
      ),
    );
    const ready = nextEvent(author, 'ties-ready');
    await drop([
      new File([latin1], 'sources.csv'),
      csv('actors.csv', files.actors!),
      csv('ties.csv', files.ties!),
      csv('dataset.csv', files.dataset!),
    ]);
    await ready;
    expect(problems()).toEqual([
      {
        severity: 'warning',
        place: 'sources.csv',
        message: expect.stringContaining('is not UTF-8; read as Latin-1'),
      },
    ]);
    expect(shadow(map()!).querySelector('table[part="ties-table"]')!.textContent).toContain(
      'Curaçao',
    );
  });
});

describe('<ties-author>: a dataset JSON', () => {
  it('draws a dropped dataset JSON; an invalid one is listed by JSON path and the map keeps the last good one', async () => {
    const ready = nextEvent(author, 'ties-ready');
    await drop([new File([minimalJson], 'minimal.json', { type: 'application/json' })]);
    await ready;
    const ids = (JSON.parse(minimalJson) as { ties: { id: string }[] }).ties.map((t) => t.id);
    expect(tableRowIds(map()!)).toEqual(ids);
    expect(downloadLink()!.download).toBe('fixture-azerbaijan-and-israel.json');

    await drop([new File([unknownCountryJson], 'edited.json', { type: 'application/json' })]);
    const shown = problems();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown[0]).toMatchObject({
      severity: 'error',
      place: expect.stringMatching(/^edited\.json, \$\.actors\[\d+\]/),
    });
    expect(shadow(author).querySelector('.stale')!.textContent).toContain(
      'last version without errors',
    );
    expect(tableRowIds(map()!)).toEqual(ids);
    // The files list holds the newer JSON only.
    expect(
      [...shadow(author).querySelectorAll('[part="files"] .name')].map((n) => n.textContent),
    ).toEqual(['edited.json']);
  });
});

describe('<ties-author>: quote checks', () => {
  it('runs the quote checks on dropped source texts: a near miss names its cell, the closest passage and the first differing character', async () => {
    const meta = JSON.parse(gazetteMeta) as { title: string; publisher: string; published: string };
    const quote =
      "Israel's arms made up 60–69% of Azerbaijan’s military imports in the years before 2020.";
    const files = folder({
      sources: sheet('sources', [
        { id: 'gazette', title: meta.title, publisher: meta.publisher, published: meta.published },
      ]),
      ties: sheet('ties', [
        tieRow({
          id: 'troops',
          layer: 'arms',
          summary: 'Over 1,500 Azerbaijani soldiers served abroad from 2002 to 2018.',
          value: '',
          unit: '',
          qualifier: '',
          source: 'gazette',
          quote: 'Over 1,500 Azerbaijani soldiers served abroad from 2002 to 2018.',
        }),
        tieRow({
          id: 'share',
          layer: 'arms',
          from: 'ISR',
          to: 'AZE',
          summary: 'Israel’s arms made up 60–69% of Azerbaijan’s military imports.',
          value: '60',
          upper: '69',
          unit: '%',
          qualifier: '',
          source: 'gazette',
          quote,
        }),
      ]),
    });
    await drop(Object.entries(files).map(([kind, text]) => csv(`${kind}.csv`, text!)));
    expect(problems()).toEqual([]);
    expect(summary()).toContain('Drop the source texts');

    await drop([
      new File([gazetteText], 'gazette.txt', { type: 'text/plain' }),
      new File([gazetteMeta], 'gazette.meta.json', { type: 'application/json' }),
    ]);
    expect(summary()).toContain('2 quotes checked against 1 text: 1 failure.');
    const shown = problems();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.place).toBe('ties.csv, row 3, column quote');
    // The tie is named once, before the sentence: its cell's place does not say it.
    expect(shown[0]!.message).toMatch(/^tie "share": quote not found in gazette\.txt /);
    expect(shown[0]!.message).toContain(
      'closest passage in gazette.txt: “Israel’s arms made up 60–69%',
    );
    expect(shown[0]!.message).toMatch(
      /first difference at character 7 of the quote: it has .* where the text has .*’/,
    );
    // The dataset itself is valid: the map draws and can be downloaded; the quote check is the author's to fix.
    expect(downloadLink()).not.toBeNull();
  });
});

describe('<ties-author>: download', () => {
  it('"Download dataset" is a Blob URL of the same dataset npm run import writes, and follows the files', async () => {
    await drop(exampleFiles());
    const link = downloadLink()!;
    expect(link.href).toMatch(/^blob:/);
    expect(link.download).toBe('azerbaijan-and-israel-a-spreadsheet-example.json');
    const text = await (await fetch(link.href)).text();
    expect(text).toBe(`${JSON.stringify(exampleDatasetBuilt(), null, 2)}\n`);
    expect(JSON.parse(text)).toEqual(map()!.data);

    // A JSON dataset downloads as itself (pretty-printed), and the old URL is let go.
    const old = link.href;
    await drop([new File([minimalJson], 'minimal.json')]);
    const again = downloadLink()!.href;
    expect(again).not.toBe(old);
    expect(JSON.parse(await (await fetch(again)).text())).toEqual(JSON.parse(minimalJson));
    await expect(fetch(old)).rejects.toThrow();
  });
});

describe('<ties-author>: bad files', () => {
  it('an unknown, an oversized and a malformed file get a clear message and the page keeps working', async () => {
    author.maxSize = 0.001; // about 1 KB
    const ready = nextEvent(author, 'ties-ready');
    await drop([
      new File(
        ['{"format":"ties-map/1","sources":[],"actors":[],"ties":[],"title":"Tiny"}'],
        'tiny.json',
      ),
    ]);
    await ready;
    expect(tableRowIds(map()!)).toEqual([]);

    const notices = () =>
      [...shadow(author).querySelectorAll('[part="notices"] li')].map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );
    await drop([
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])], 'photo.png', {
        type: 'image/png',
      }),
      new File([minimalJson], 'big.json'),
    ]);
    expect(notices()).toEqual([
      expect.stringMatching(/^photo\.png not a file the page reads/),
      expect.stringMatching(
        /^big\.json is \d+ KB, over the page's limit of 1 KB; it is not read\./,
      ),
    ]);
    expect(tableRowIds(map()!)).toEqual([]);

    // A JSON file that does not parse is refused where it fails; the dataset it would replace stays.
    await drop([
      new File(['{"format": "ties-map/1"\n  "title": "Broken"}'], 'broken.json'),
      new File(['[1, 2]'], 'list.json'),
    ]);
    expect(notices()).toEqual([
      expect.stringMatching(
        /^broken\.json is not valid JSON \(Expected ',' or '}'.*\): line 2, character 3; the page keeps the files it had\.$/,
      ),
      'list.json is JSON, but not an object ({ … }); the page keeps the files it had.',
    ]);
    expect(
      [...shadow(author).querySelectorAll('[part="files"] .name')].map((n) => n.textContent),
    ).toEqual(['tiny.json']);
    expect(tableRowIds(map()!)).toEqual([]);
    expect(problems()).toEqual([]);

    // Still working: a good file after the bad ones draws.
    author.maxSize = 20;
    const next = nextEvent(author, 'ties-ready');
    await drop([new File([minimalJson], 'minimal.json')]);
    await next;
    expect(tableRowIds(map()!)).toHaveLength(
      (JSON.parse(minimalJson) as { ties: unknown[] }).ties.length,
    );
    expect(problems()).toEqual([]);

    // A sidecar whose entries are not { kind, line, text } is said, not a crash.
    await drop([
      new File([gazetteText], 'gazette.txt'),
      new File(
        ['{"title": "x", "nonBody": [1, {"kind": "caption", "line": "five", "text": "x"}]}'],
        'gazette.meta.json',
      ),
    ]);
    expect(problems()).toContainEqual({
      severity: 'warning',
      place: 'gazette.meta.json',
      message: '2 of its nonBody entries are not { kind, line, text }; they are left out.',
    });
    expect(tableRowIds(map()!)).toHaveLength(
      (JSON.parse(minimalJson) as { ties: unknown[] }).ties.length,
    );
    expect(uncaught).toEqual([]);
  });
});

describe('<ties-author>: pasted text', () => {
  async function paste(text: string, as = 'auto'): Promise<void> {
    const root = shadow(author);
    root.querySelector<HTMLTextAreaElement>('#paste-text')!.value = text;
    root.querySelector<HTMLSelectElement>('#paste-as')!.value = as;
    root.querySelector<HTMLButtonElement>('#paste-use')!.click();
    await author.settled;
  }

  it('pasted CSV rows are the file their header names; pasted JSON is a dataset', async () => {
    const files = folder();
    await drop([
      csv('sources.csv', files.sources!),
      csv('actors.csv', files.actors!),
      csv('dataset.csv', files.dataset!),
    ]);
    expect(places()).toContain('ties.csv');
    const ready = nextEvent(author, 'ties-ready');
    await paste(files.ties!);
    await ready;
    expect(tableRowIds(map()!)).toEqual(['aze-isr-gasoline']);
    expect(
      [...shadow(author).querySelectorAll('[part="files"] .name')].map((n) => n.textContent),
    ).toContain('pasted ties.csv');

    await paste('just some words');
    expect(shadow(author).querySelector('[part="notices"]')!.textContent).toContain(
      'not the header of any file of the folder',
    );

    const json = nextEvent(author, 'ties-ready');
    await paste(minimalJson);
    await json;
    expect(tableRowIds(map()!)).toHaveLength(
      (JSON.parse(minimalJson) as { ties: unknown[] }).ties.length,
    );
  });
});

describe('<ties-author>: a dataset in several languages', () => {
  it('names its languages with how each was translated, and locates a translation problem at its cell', async () => {
    const SUMMARY_AR = 'أذربيجان تزوّد إسرائيل بأكثر من ٧٠٪ من البنزين.';
    const files = folder({
      dataset: sheet(
        'dataset',
        [
          {
            title: 'Test map',
            'title@ar': 'خريطة',
            'translator@ar': 'an AI language model',
            'method@ar': 'machine-assisted',
            'reviewed@ar': 'false',
          },
        ],
        ['title', 'description', 'title@ar', 'translator@ar', 'method@ar', 'reviewed@ar'],
      ),
      ties: sheet(
        'ties',
        [tieRow({ 'summary@ar': SUMMARY_AR })],
        [...Object.keys(tieRow()), 'summary@ar'],
      ),
    });
    await drop(Object.entries(files).map(([kind, text]) => csv(`${kind}.csv`, text!)));
    const languages =
      shadow(author).querySelector('[part="languages"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(languages).toContain('ar (machine-assisted, not reviewed)');
    expect(problems()).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        place: 'ties.csv, row 2, column summary@ar',
        message: expect.stringContaining('the number 70'),
      }),
    );
  });
});

describe("<ties-author>: in the reader's language", () => {
  it('speaks the language of its nearest ancestor, right to left in Arabic, and hands it to the map', async () => {
    const article = document.createElement('article');
    article.lang = 'ar-EG';
    document.body.append(article);
    article.append(author);
    const root = shadow(author);
    // Arabic's messages load on first use; until then the page reads English.
    await expect.poll(() => root.querySelector('h1')?.textContent).toBe('تحرير ties-map');
    expect(root.querySelector('.page')!.getAttribute('dir')).toBe('rtl');
    await choose([new File([minimalJson], 'tiny.json')]);
    expect(summary()).toContain('لا توجد مشكلات.');
    expect(map()!.getAttribute('lang')).toBe('ar-EG');
    expect(shadow(author).querySelector('[part="download"]')!.textContent).toBe(
      'نزّل مجموعة البيانات',
    );
    // A language switcher on the page: the page follows, left to right in Russian.
    article.lang = 'ru';
    await expect.poll(() => root.querySelector('h1')?.textContent).toBe('Редактор ties-map');
    expect(root.querySelector('.page')!.getAttribute('dir')).toBe('ltr');
    expect(summary()).toContain('Проблем нет.');
    article.remove();
  });
});
