/**
 * Untrusted text: every string of a dataset renders as text, never as markup, and a URL other than
 * http(s) is a validation error, so the element never renders one as a link. Markup, script tags
 * and `javascript:` URLs go through every field; nothing may execute and no such link may appear.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import fixture from '../fixtures/second-map.json';
import type { Dataset } from '../../src/data/types.ts';
import type { TiesMap } from '../../src/components/ties-map/ties-map.component.ts';
import { edgeId as sceneEdgeId } from '../../src/data/edge-id.ts';

// The browser keeps 250 resource timings by default, fewer than the test runner's own modules:
// make room, so a request for the broken image would be on record.
performance.setResourceTimingBufferSize(100_000);
import { mount, nextEvent, shadow, tableRowIds } from './helpers.ts';

type Pwned = { __pwned?: unknown };
const win = window as unknown as Pwned;

// Each would run script if it reached the DOM as markup: onerror fires on the broken image, onload
// on the inserted svg, and the attribute breakout would end an attribute value and open an element.
const IMG = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const IFRAME = '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>';
// Entities must stay as typed, not decode to markup.
const ENTITY = '&lt;b&gt;bold&lt;/b&gt; &amp;';

/** A field-specific marker followed by every payload, so a failure says which field leaked. */
function hostileText(field: string): string {
  return `${field} ${IMG}${SCRIPT}${SVG}${IFRAME}<b>b</b> ${ENTITY}`;
}

/** Element names the component itself never creates; any of them in the shadow root came from data. */
const FORBIDDEN = new Set([
  'img',
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'style',
  'image',
  'foreignobject',
  'math',
  'b',
  'form',
  'input',
  'video',
  'audio',
  'source',
]);

/** Attributes that navigate or load: a script or data URL in any of them would be live. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcdoc',
  'action',
  'formaction',
  'poster',
  'data',
  'ping',
]);

function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...allElements(element.shadowRoot));
  }
  return out;
}

function describeElement(e: Element): string {
  return `<${e.localName} ${[...e.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>`;
}

/** Waits long enough for a broken image's onerror or an inserted svg's onload to have fired. */
async function settle(el: TiesMap): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  await new Promise((resolve) => setTimeout(resolve, 150));
}

const FILTER_INPUTS = new Set(['status', 'stance', 'source', 'direction', 'min']);

/** Nothing from the data became an element, an event handler or a non-http(s) link, and nothing ran. */
async function expectInert(el: TiesMap): Promise<void> {
  await settle(el);
  const elements = allElements(shadow(el));
  expect(elements.length).toBeGreaterThan(0);
  // The element's own inputs are the as-of slider, the actor search and the filter controls in the
  // filters part; any other input would have come from data.
  const own = (e: Element) =>
    e.localName === 'input' &&
    ((e.id === 'as-of-slider' && e.getAttribute('type') === 'range') ||
      (e.id === 'actor-search' && e.getAttribute('role') === 'combobox') ||
      (e.closest('[part="filters"]') !== null && FILTER_INPUTS.has(e.getAttribute('name') ?? '')));
  const forbidden = elements.filter((e) => FORBIDDEN.has(e.localName.toLowerCase()) && !own(e));
  expect(forbidden.map(describeElement), 'elements created from data').toEqual([]);
  const handlers = elements.filter((e) =>
    [...e.attributes].some((a) => a.name.toLowerCase().startsWith('on')),
  );
  expect(handlers.map(describeElement), 'elements with on* attributes').toEqual([]);
  // The legend and the card draw their own svg icons (aria-hidden, no handlers); any other svg came from data.
  const strayIcons = elements.filter(
    (e) => e.localName === 'svg' && e.getAttribute('aria-hidden') !== 'true',
  );
  expect(
    strayIcons.map(describeElement),
    'svg elements that are not the element’s own icons',
  ).toEqual([]);
  const scriptish = elements.filter((e) =>
    [...e.attributes].some(
      (a) =>
        URL_ATTRIBUTES.has(a.name.toLowerCase()) &&
        /^\s*(javascript|data|vbscript):/i.test(a.value),
    ),
  );
  expect(scriptish.map(describeElement), 'attributes holding script or data URLs').toEqual([]);
  const links = elements.filter((e) => e.localName === 'a');
  for (const a of links)
    expect(
      new URL(a.getAttribute('href') ?? '', 'https://invalid.example').protocol,
      describeElement(a),
    ).toMatch(/^https?:$/);
  expect(shadow(el).querySelector('a[href^="javascript" i], a[href^="data" i]')).toBeNull();
  // Nothing leaked into the light DOM either, and the broken image was never requested.
  expect(el.children.length).toBe(0);
  expect(document.body.querySelector('img, iframe, svg[onload]')).toBeNull();
  expect(
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /\/x(\?|$)/.test(n)),
  ).toEqual([]);
  expect(win.__pwned).toBeUndefined();
}

/** The second fixture with a payload in every string a reader can see. Ids stay as they are. */
function hostileDataset(hostile: (field: string) => string = hostileText): Dataset {
  const data = structuredClone(fixture) as unknown as Dataset;
  data.title = hostile('Title');
  data.description = hostile('Description');
  data.layers = [
    { id: 'energy', label: hostile('LayerEnergy') },
    { id: 'arms', label: hostile('LayerArms') },
    { id: 'diplomatic', label: hostile('LayerDiplomatic') },
  ];
  for (const actor of data.actors) actor.name = hostile(`Actor${actor.id}`);
  data.sources.forEach((source, i) => {
    source.title = hostile(`SourceTitle${i}`);
    source.publisher = hostile(`Publisher${i}`);
    source.note = hostile(`Note${i}`);
  });
  data.ties.forEach((tie, i) => {
    tie.summary = hostile(`Summary${i}`);
    if (tie.figure) {
      tie.figure.unit = hostile(`Unit${tie.layer}${tie.figure.unit}`);
      tie.figure.of = hostile(`Of${i}`);
      tie.figure.qualifier = hostile(`Qualifier${i}`);
    }
    tie.evidence.forEach((evidence, j) => (evidence.quote = hostile(`Quote${i}.${j}`)));
  });
  return data;
}

const HOSTILE = hostileDataset();
const actorName = (id: string) => HOSTILE.actors.find((a) => a.id === id)!.name;
const layerLabel = (id: string) => HOSTILE.layers.find((l) => l.id === id)!.label;
const sourceOf = (id: string) => HOSTILE.sources.find((s) => s.id === id)!;

/** Every part of a figure a reader sees (formatted around them: "about 30 % of …"). */
function figureParts(tie: Dataset['ties'][number]): string[] {
  if (!tie.figure) return ['no figure in the sources'];
  return [tie.figure.unit, tie.figure.of!, tie.figure.qualifier!];
}

async function drawnHostile(data: Dataset = HOSTILE) {
  const mounted = mount((e) => (e.data = structuredClone(data)), { width: 1000, height: 560 });
  await nextEvent(mounted.el, 'ties-drawn');
  return mounted;
}

async function openEdge(el: TiesMap, edgeId: string): Promise<HTMLElement> {
  const handle = [
    ...shadow(el).querySelectorAll<HTMLElement>('[part="edge-button"][data-edge-id]'),
  ].find((h) => h.dataset['edgeId'] === edgeId);
  expect(handle, `edge handle ${edgeId}`).toBeDefined();
  handle!.focus();
  handle!.click();
  await el.updateComplete;
  const card = shadow(el).querySelector<HTMLElement>('[part="evidence"]');
  expect(card, `evidence card of ${edgeId}`).not.toBeNull();
  expect(card!.getAttribute('role')).toBe('dialog');
  return card!;
}

async function closeCard(el: TiesMap): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('[part="evidence"] button.close')!.click();
  await el.updateComplete;
  // The handle gets focus back and previews the edge; leave it so the next card opens cleanly.
  (shadow(el).activeElement as HTMLElement | null)?.blur();
  await el.updateComplete;
}

beforeEach(async () => {
  await page.viewport(1280, 900);
  delete win.__pwned;
});
afterEach(() => {
  document.body.replaceChildren();
  delete win.__pwned;
});

describe('dataset strings render as text', () => {
  it('title, description, layer toggles, legend, actor labels and edge handles show the payloads literally', async () => {
    const { el, events } = await drawnHostile();
    expect(events.some((e) => e.type === 'ties-error')).toBe(false);
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent).toBe(HOSTILE.title);
    expect(root.querySelector('header p')!.textContent).toBe(HOSTILE.description);
    expect(root.querySelector('[part="map"]')!.getAttribute('aria-label')).toContain(HOSTILE.title);

    for (const layer of HOSTILE.layers) {
      const toggle = root.querySelector<HTMLElement>(`button[data-layer="${layer.id}"]`)!;
      expect(toggle.textContent, layer.id).toContain(layer.label);
    }
    const legend = root.querySelector('[part="legend"]')!.textContent!;
    for (const layer of HOSTILE.layers) expect(legend).toContain(layer.label);
    // The width keys name each layer's measure unit; every other unit is written on the map, as text.
    const figures = [...root.querySelectorAll<HTMLElement>('[part="edge-label"]')];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(figure.children.length, figure.textContent!).toBe(0);
    const written =
      legend +
      figures.map((f) => f.textContent).join(' ') +
      root.querySelector('[part="ties-table"]')!.textContent!;
    for (const tie of HOSTILE.ties) if (tie.figure) expect(written).toContain(tie.figure.unit);
    expect(legend).toContain(
      HOSTILE.ties.find((t) => t.layer === 'arms' && t.figure)!.figure!.unit,
    );

    for (const actor of HOSTILE.actors) {
      const label = root.querySelector<HTMLElement>(`[data-actor-id="${actor.id}"]`)!;
      expect(label, actor.id).not.toBeNull();
      expect(label.textContent, actor.id).toContain(actor.name);
      expect(label.textContent, actor.id).toContain('<img src=x');
    }
    const handles = [...root.querySelectorAll<HTMLElement>('[part="edge-button"][data-edge-id]')];
    expect(handles.length).toBeGreaterThan(0);
    for (const handle of handles) {
      const [pair, layer] = handle.dataset['edgeId']!.split(':');
      const [from, to] = pair!.split('>').map(decodeURIComponent);
      expect(handle.getAttribute('aria-label')).toContain(layerLabel(decodeURIComponent(layer!)));
      expect(handle.getAttribute('aria-label')).toContain(actorName(from!));
      expect(handle.getAttribute('aria-label')).toContain(actorName(to!));
    }
    await expectInert(el);
  });

  it('the table shows summaries, actor names, layer labels, figures, source titles and publishers as text', async () => {
    const { el } = await drawnHostile();
    shadow(el).querySelector<HTMLButtonElement>('.table-button')!.click();
    await el.updateComplete;
    const table = shadow(el).querySelector('table[part="ties-table"]')!;
    expect(table.querySelector('caption')!.textContent).toContain(HOSTILE.title);
    expect(tableRowIds(el)).toEqual(HOSTILE.ties.map((t) => t.id));
    for (const tie of HOSTILE.ties) {
      const cells = [...table.querySelectorAll(`tr[data-tie-id="${tie.id}"] td`)].map(
        (td) => td.textContent!,
      );
      expect(cells[0], tie.id).toContain(tie.summary);
      expect(cells[1]!.trim(), tie.id).toBe(actorName(tie.from));
      expect(cells[2]!.trim(), tie.id).toBe(actorName(tie.to));
      expect(cells[3]!.trim(), tie.id).toBe(layerLabel(tie.layer));
      for (const part of figureParts(tie)) expect(cells[4], tie.id).toContain(part);
      for (const evidence of tie.evidence) {
        const source = sourceOf(evidence.source);
        expect(cells[6], tie.id).toContain(source.title);
        expect(cells[6], tie.id).toContain(source.publisher);
      }
    }
    await expectInert(el);
  });

  it('the evidence card shows headings, summaries, figures, quotes, source titles and publishers as text, from every edge', async () => {
    const { el } = await drawnHostile();
    const edgeIds = [
      ...shadow(el).querySelectorAll<HTMLElement>('[part="edge-button"][data-edge-id]'),
    ].map((h) => h.dataset['edgeId']!);
    expect(edgeIds.length).toBe(HOSTILE.ties.length); // the fixture has one tie per edge
    for (const edgeId of edgeIds) {
      const card = await openEdge(el, edgeId);
      const tie = HOSTILE.ties.find((t) => sceneEdgeId(t.from, t.to, t.layer) === edgeId)!;
      expect(card.querySelector('#evidence-heading')!.textContent).toBe(
        `${layerLabel(tie.layer)}: ${actorName(tie.from)} → ${actorName(tie.to)}`,
      );
      const article = card.querySelector(`article[data-tie-id="${tie.id}"]`)!;
      expect(article.querySelector('.summary')!.textContent).toBe(tie.summary);
      for (const part of figureParts(tie))
        expect(article.querySelector('.figure')!.textContent, edgeId).toContain(part);
      const quotes = [...article.querySelectorAll('blockquote')];
      expect(quotes.length).toBe(tie.evidence.length);
      tie.evidence.forEach((evidence, i) => {
        expect(quotes[i]!.querySelector('p')!.textContent).toBe(`“${evidence.quote}”`);
        const source = sourceOf(evidence.source);
        const footer = quotes[i]!.querySelector('footer')!;
        expect(footer.textContent).toContain(source.title);
        expect(footer.textContent).toContain(source.publisher);
        // No url: the title is a citation, never a link.
        expect(footer.querySelector('a')).toBeNull();
        expect(footer.querySelector('cite')!.textContent).toBe(source.title);
      });
      // The announcement quotes the heading as text too.
      await expect
        .poll(() => shadow(el).querySelector('[part="announcer"]')!.textContent)
        .toContain(actorName(tie.from));
      await expectInert(el);
      await closeCard(el);
    }
  });

  it('the evidence card opened from a table row, and its hover preview, show the payloads as text', async () => {
    const { el } = await drawnHostile();
    shadow(el).querySelector<HTMLButtonElement>('.table-button')!.click();
    await el.updateComplete;
    const tie = HOSTILE.ties.find((t) => t.id === 'nor-ltu-power')!;
    shadow(el)
      .querySelector<HTMLButtonElement>(`tr[data-tie-id="${tie.id}"] button.evidence-button`)!
      .click();
    await el.updateComplete;
    const card = shadow(el).querySelector<HTMLElement>('[part="evidence"]')!;
    expect(card.querySelector('.summary')!.textContent).toBe(tie.summary);
    expect(card.querySelector('blockquote p')!.textContent).toBe(`“${tie.evidence[0]!.quote}”`);
    await expectInert(el);
    await closeCard(el);

    // Preview: keyboard focus on a handle shows the card without quotes.
    const handle = shadow(el).querySelector<HTMLElement>(
      '[part="edge-button"][data-edge-id="RUS>UKR:diplomatic"]',
    )!;
    handle.focus();
    await el.updateComplete;
    const preview = shadow(el).querySelector<HTMLElement>('[part="evidence"].preview')!;
    expect(preview).not.toBeNull();
    const adversarial = HOSTILE.ties.find((t) => t.id === 'rus-ukr-hostility')!;
    expect(preview.querySelector('.summary')!.textContent).toBe(adversarial.summary);
    expect(preview.querySelector('#evidence-heading')!.textContent).toContain(actorName('RUS'));
    await expectInert(el);
  });

  it('the focus panel shows the actor’s name, layer labels, other actors and figures as text, for every actor', async () => {
    const { el } = await drawnHostile();
    for (const actor of HOSTILE.actors) {
      const drawn = nextEvent(el, 'ties-drawn');
      el.focusActor = actor.id;
      await drawn;
      const panel = shadow(el).querySelector<HTMLElement>('[part="focus-panel"]')!;
      expect(panel, actor.id).not.toBeNull();
      expect(panel.querySelector('h3')!.textContent).toContain(actor.name);
      const mine = HOSTILE.ties.filter((t) => t.from === actor.id || t.to === actor.id);
      // Ties without a figure fold into a count: unfolded, every tie is listed.
      for (const more of panel.querySelectorAll<HTMLButtonElement>('button.focus-more'))
        more.click();
      await expect
        .poll(() => panel.querySelectorAll('button.tie-link').length, { message: actor.id })
        .toBe(mine.length);
      for (const tie of mine) {
        const link = panel.querySelector(`button.tie-link[data-tie-id="${tie.id}"]`)!;
        expect(link.textContent).toContain(actorName(tie.from === actor.id ? tie.to : tie.from));
        for (const part of figureParts(tie)) expect(link.textContent, tie.id).toContain(part);
        const section = panel.querySelector(`section[data-layer="${tie.layer}"]`)!;
        expect(section.querySelector('h4')!.textContent).toContain(layerLabel(tie.layer));
        if (tie.figure)
          expect(section.querySelector('.totals')!.textContent).toContain(tie.figure.unit);
      }
      await expectInert(el);
    }
  });

  it('focusing an actor by its label announces its name as text, and a tie opened from the panel shows its card as text', async () => {
    const { el } = await drawnHostile();
    const drawn = nextEvent(el, 'ties-drawn');
    shadow(el).querySelector<HTMLElement>('[data-actor-id="NATO"]')!.click();
    await drawn;
    expect(el.focusActor).toBe('NATO');
    await expect
      .poll(() => shadow(el).querySelector('[part="announcer"]')!.textContent)
      .toContain(actorName('NATO'));
    // A tie without a figure: listed once its layer's fold is opened.
    for (const more of shadow(el).querySelectorAll<HTMLButtonElement>(
      '[part="focus-panel"] button.focus-more',
    ))
      more.click();
    await el.updateComplete;
    shadow(el)
      .querySelector<HTMLButtonElement>(
        '[part="focus-panel"] button.tie-link[data-tie-id="nato-ltu-guarantee"]',
      )!
      .click();
    await el.updateComplete;
    const card = shadow(el).querySelector<HTMLElement>('[part="evidence"]')!;
    expect(card.querySelector('#evidence-heading')!.textContent).toContain(actorName('NATO'));
    expect(card.querySelector('.figure')!.textContent).toContain('no figure in the sources');
    await expectInert(el);
  });

  it('ids with markup stay attribute values: labels, handles, rows and cards work and nothing runs', async () => {
    const data = structuredClone(fixture) as unknown as Dataset;
    const actorId = `"><img src=x onerror=window.__pwned=1>`;
    const layerId = `"><svg/onload=window.__pwned=1>`;
    const sourceId = `<script>window.__pwned=1</script>`;
    data.layers = [
      { id: 'energy', label: 'Energy' },
      { id: 'arms', label: 'Arms' },
      { id: layerId, label: 'Diplomatic' },
    ];
    for (const actor of data.actors) if (actor.id === 'NATO') actor.id = actorId;
    data.sources[1]!.id = sourceId;
    data.ties.forEach((tie, i) => {
      tie.id = `tie-${i}-${IMG}`;
      if (tie.from === 'NATO') tie.from = actorId;
      if (tie.layer === 'diplomatic') tie.layer = layerId;
      for (const evidence of tie.evidence)
        if (evidence.source === 'fixture-b') evidence.source = sourceId;
    });
    const { el, events } = await drawnHostile(data);
    expect(events.some((e) => e.type === 'ties-error')).toBe(false);
    expect(tableRowIds(el)).toEqual(data.ties.map((t) => t.id));
    const label = [...shadow(el).querySelectorAll<HTMLElement>('[data-actor-id]')].find(
      (l) => l.dataset['actorId'] === actorId,
    );
    expect(label, 'label of the organisation with a hostile id').toBeDefined();
    expect(label!.textContent).toContain('NATO');
    expect(
      shadow(el).querySelector(`button[data-layer="${CSS.escape(layerId)}"]`)!.textContent,
    ).toContain('Diplomatic');
    await expectInert(el);

    const edgeId = sceneEdgeId(actorId, 'LTU', layerId);
    const card = await openEdge(el, edgeId);
    expect(card.dataset['tieIds']).toBe(data.ties.find((t) => t.from === actorId)!.id);
    expect(card.querySelector('#evidence-heading')!.textContent).toBe(
      'Diplomatic: NATO → Lithuania',
    );
    await expectInert(el);
    await closeCard(el);

    const drawn = nextEvent(el, 'ties-drawn');
    label!.click();
    await drawn;
    expect(el.getAttribute('focus')).toBe(actorId);
    expect(shadow(el).querySelector('[part="focus-panel"] h3')!.textContent).toContain('NATO');
    await expectInert(el);
  });
});

describe('the error panel shows hostile values as text', () => {
  it('quotes an undefined actor id and a malformed URL holding markup, as text', async () => {
    const broken = structuredClone(fixture) as unknown as Dataset;
    broken.ties[0]!.to = IMG;
    broken.sources[0]!.url = `${SVG}${IMG}`;
    broken.title = hostileText('Title');
    const { el } = mount((e) => (e.data = broken));
    const error = await nextEvent(el, 'ties-error');
    expect(error.detail.type).toBe('data');
    const paths = (error.detail.errors as { path: string }[]).map((p) => p.path);
    expect(paths).toContain('$.ties[0].to');
    expect(paths).toContain('$.sources[0].url');
    await el.updateComplete;
    const panel = shadow(el).querySelector('[part="error"][role="alert"]')!;
    expect(panel.textContent).toContain(IMG);
    expect(panel.textContent).toContain('"><svg onload=');
    await expectInert(el);
  });

  it('quotes a src URL holding markup, as text, when it cannot be loaded', async () => {
    const url = `/no-such-dataset.json?q=${IMG}`;
    const { el } = mount((e) => (e.src = url));
    const error = await nextEvent(el, 'ties-error');
    expect(error.detail.type).toBe('fetch');
    await el.updateComplete;
    const panel = shadow(el).querySelector('[part="error"][role="alert"]')!;
    expect(panel.textContent).toContain(IMG);
    await expectInert(el);
  });
});

describe('source URLs', () => {
  const rejected = [
    'javascript:window.__pwned=1',
    'JavaScript:window.__pwned=1',
    '  javascript:window.__pwned=1',
    'java\tscript:window.__pwned=1',
    'javascript://example.org/%0Awindow.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>',
    'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/0b7e7a0e-0000-0000-0000-000000000000',
    '//example.org/protocol-relative',
    '/relative/path',
    'example.org/no-scheme',
  ];

  it.each(rejected)(
    '%j is a data error at $.sources[0].url, and no link is rendered',
    async (url) => {
      const data = structuredClone(fixture) as unknown as Dataset;
      data.sources[0]!.url = url;
      const { el, events } = mount((e) => (e.data = data));
      const error = await nextEvent(el, 'ties-error');
      expect(error.detail.type).toBe('data');
      const errors = error.detail.errors as { path: string; message: string }[];
      expect(errors.map((p) => p.path)).toEqual(['$.sources[0].url']);
      expect(errors[0]!.message).toMatch(/url/i);
      expect(events.some((e) => e.type === 'ties-ready')).toBe(false);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"][role="alert"]')!.textContent).toContain(
        '$.sources[0].url',
      );
      expect(shadow(el).querySelectorAll('a').length).toBe(0);
      expect(shadow(el).querySelector('a[href^="javascript" i]')).toBeNull();
      await expectInert(el);
    },
  );

  it('a valid https URL with markup in its query is a link in the evidence card, opening safely in a new tab', async () => {
    const data = structuredClone(fixture) as unknown as Dataset;
    const url = 'https://example.org/a?x=<b>';
    data.sources[0]!.url = url;
    data.sources[1]!.url = 'http://example.org/plain';
    const { el, events } = await drawnHostile(data);
    expect(events.some((e) => e.type === 'ties-error')).toBe(false);
    const card = await openEdge(el, 'NOR>DEU:energy');
    const link = card.querySelector<HTMLAnchorElement>('blockquote footer a')!;
    expect(link).not.toBeNull();
    expect(link.getAttribute('href')).toBe(url);
    expect(link.protocol).toBe('https:');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.textContent).toBe(data.sources[0]!.title);
    expect(link.querySelector('b')).toBeNull();
    await expectInert(el);
    await closeCard(el);

    const plain = await openEdge(el, 'RUS>UKR:diplomatic');
    const httpLink = plain.querySelector<HTMLAnchorElement>('blockquote footer a')!;
    expect(httpLink.getAttribute('href')).toBe('http://example.org/plain');
    expect(httpLink.getAttribute('rel')).toBe('noopener noreferrer');
    expect(httpLink.getAttribute('target')).toBe('_blank');
    // The table names sources but links none of them.
    expect(shadow(el).querySelectorAll('table[part="ties-table"] a').length).toBe(0);
    await expectInert(el);
  });

  it('replacing a dataset that has a link with one whose URL is javascript: leaves no link behind', async () => {
    const good = structuredClone(fixture) as unknown as Dataset;
    good.sources[0]!.url = 'https://example.org/source';
    const { el } = await drawnHostile(good);
    await openEdge(el, 'NOR>DEU:energy');
    expect(shadow(el).querySelectorAll('a[href]').length).toBeGreaterThan(0);

    const bad = structuredClone(good);
    bad.sources[0]!.url = 'javascript:window.__pwned=1';
    const error = nextEvent(el, 'ties-error');
    el.data = bad;
    const detail = (await error).detail as { type: string; errors: { path: string }[] };
    expect(detail.type).toBe('data');
    expect(detail.errors.map((e) => e.path)).toEqual(['$.sources[0].url']);
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('a').length).toBe(0);
    expect(shadow(el).querySelector('[part="evidence"]')).toBeNull();
    await expectInert(el);
  });
});

describe("untrusted text keeps to the element's box", () => {
  const LAYOUTS: [string, (field: string) => string][] = [
    ['a 3,000-character unbroken token', (field) => `${field}${'W'.repeat(3000)}`],
    // Thirty different marks on each letter of a word, from U+0340 up: double-width ones (U+035C–U+0362) included.
    [
      '30 stacked combining marks',
      (field) =>
        `${field} ${`a${Array.from({ length: 30 }, (_, i) => String.fromCodePoint(0x340 + i)).join('')}`.repeat(24)}`,
    ],
    ['bidirectional controls', (field) => `${field} \u202Egnp.exe\u202C`],
  ];
  for (const [name, make] of LAYOUTS) {
    it(`${name} in every field leaves the page as wide as the viewport, with the table shown and a card open`, async () => {
      const data = hostileDataset(make);
      const { el } = await drawnHostile(data);
      shadow(el).querySelector<HTMLButtonElement>('.table-button')!.click();
      await el.updateComplete;
      const edgeId = shadow(el).querySelector<HTMLElement>('[part="edge-button"][data-edge-id]')!
        .dataset['edgeId']!;
      await openEdge(el, edgeId);
      const page = document.documentElement;
      expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
      expect(el.getBoundingClientRect().width).toBe(1000);
      // The element's own box holds its text: nothing sticks out to the side of it either.
      for (const part of ['frame', 'evidence', 'ties-table', 'legend']) {
        const box = shadow(el).querySelector<HTMLElement>(`[part="${part}"]`)!;
        expect(box.getBoundingClientRect().right, part).toBeLessThanOrEqual(
          el.getBoundingClientRect().right + 1,
        );
      }
    });
  }

  it('the card writes bidirectional controls as code points, so "gnp.exe" cannot read "exe.png"', async () => {
    const { el } = await drawnHostile(hostileDataset((field) => `${field} \u202Egnp.exe\u202C`));
    const tie = HOSTILE.ties[0]!;
    const card = await openEdge(el, sceneEdgeId(tie.from, tie.to, tie.layer));
    const text = card.textContent!;
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(card.querySelector('blockquote p')!.textContent).toContain('[U+202E]gnp.exe[U+202C]');
    expect(card.querySelector('#evidence-heading')!.textContent).toContain(
      '[U+202E]gnp.exe[U+202C]',
    );
  });
});
