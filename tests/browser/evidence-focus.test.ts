import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import shipped from '../../data/azerbaijan-israel-usa.json';
import { syntheticDataset } from '../../bench/synthetic.ts';
import { FOCUS_PAGE } from '../../src/components/parts/focus-panel.ts';
import { mount, nextEvent, shadow } from './helpers.ts';

const SHIPPED_URL = '/data/azerbaijan-israel-usa.json';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

async function drawnMap() {
  const mounted = mount((e) => (e.src = SHIPPED_URL), { width: 1000, height: 560 });
  await nextEvent(mounted.el, 'ties-drawn');
  return mounted;
}

function active(el: HTMLElement): HTMLElement | null {
  return shadow(el).activeElement as HTMLElement | null;
}

const tiesOf = (from: string, to: string, layer: string) =>
  shipped.ties.filter((t) => t.from === from && t.to === to && t.layer === layer);

describe('evidence card', () => {
  it('opens from an edge handle with Enter, lists every tie with figure and quotes, and fires ties-select', async () => {
    const { el, events } = await drawnMap();
    const handle = shadow(el).querySelector<HTMLElement>(
      '[part="edge-button"][data-edge-id="ISR>AZE:arms"]',
    )!;
    handle.focus();
    // Focus previews the edge.
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="evidence"]')!.classList.contains('preview')).toBe(true);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const card = shadow(el).querySelector<HTMLElement>('[part="evidence"]')!;
    expect(card.getAttribute('role')).toBe('dialog');
    const expected = tiesOf('ISR', 'AZE', 'arms');
    expect(expected.length).toBeGreaterThan(1);
    expect(
      [...card.querySelectorAll<HTMLElement>('article[data-tie-id]')].map(
        (a) => a.dataset['tieId'],
      ),
    ).toEqual(expected.map((t) => t.id));
    for (const tie of expected) {
      const article = card.querySelector(`article[data-tie-id="${tie.id}"]`)!;
      expect(article.textContent).toContain(tie.summary);
      for (const evidence of tie.evidence)
        expect(article.textContent).toContain(`“${evidence.quote}”`);
      if (!tie.figure) expect(article.textContent).toContain('no figure in the sources');
    }
    const select = events.filter((e) => e.type === 'ties-select').at(-1)!;
    expect(select.detail).toEqual({ ties: expected.map((t) => t.id) });
    // Sources without a known URL are never links.
    expect(card.querySelectorAll('a').length).toBe(0);
    expect(card.textContent).toContain('publisher unknown');
  });

  it('shows the ties of one relation side by side, a range as "60–69%", never averaged', async () => {
    const { el } = await drawnMap();
    shadow(el)
      .querySelector<HTMLElement>('[part="edge-button"][data-edge-id="ISR>AZE:arms"]')!
      .click();
    await el.updateComplete;
    const articles = [...shadow(el).querySelectorAll<HTMLElement>('[part="evidence"] article')];
    // Two texts give Israel's share (OC Media: "up to 69%", Huseynov: "60–69%"): one tie, both quotes.
    const share = articles.find((a) => a.dataset['tieId'] === 'isr-aze-arms-share-2016-2020')!;
    const customer = articles.find(
      (a) => a.dataset['tieId'] === 'isr-aze-largest-defence-customer',
    )!;
    expect(share.querySelector('.figure')!.textContent).toContain(
      "60–69% of Azerbaijan's arms imports",
    );
    expect(share.textContent).toContain('up to 69%');
    expect(share.querySelectorAll('blockquote').length).toBe(2);
    const a = share.getBoundingClientRect();
    const b = customer.getBoundingClientRect();
    expect(Math.abs(a.left - b.left)).toBeGreaterThan(50); // in different columns
  });

  it('says the status of a tie that is not stated as a fact, in the card and the table, and marks a caption quote', async () => {
    const { el } = await drawnMap();
    shadow(el)
      .querySelector<HTMLElement>('[part="edge-button"][data-edge-id="IDN>ISF:diplomatic"]')!
      .click();
    await el.updateComplete;
    const offer = shadow(el).querySelector<HTMLElement>(
      '[part="evidence"] article[data-tie-id="idn-isf-20000-troops"]',
    )!;
    expect(offer.querySelector('.figure')!.textContent).toContain('potential');
    shadow(el)
      .querySelector<HTMLElement>('[part="edge-button"][data-edge-id="USA>ISF:diplomatic"]')!
      .click();
    await el.updateComplete;
    const backing = shadow(el).querySelector<HTMLElement>(
      '[part="evidence"] article[data-tie-id="usa-isf-backing"]',
    )!;
    const footers = [...backing.querySelectorAll('blockquote footer')].map((f) => f.textContent!);
    expect(footers.filter((f) => f.includes('photo caption')).length).toBe(1);
    expect(backing.querySelector('.figure')!.textContent).not.toMatch(
      /stated|reported|planned|potential/,
    );
    const row = (id: string) =>
      shadow(el).querySelector(`tr[data-tie-id="${id}"] td`)!.textContent!;
    expect(row('pak-isf-contender')).toContain('(reported)');
    expect(row('aze-eu-gas-target-20-bcm-2027')).toContain('(planned)');
    expect(row('usa-isf-backing')).not.toMatch(/\((reported|planned|potential)\)/);
  });

  it('opens from a table row, copies a plain-text citation, and Escape returns focus to the row', async () => {
    const { el } = await drawnMap();
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void written.push(t) },
    });
    shadow(el).querySelector<HTMLButtonElement>('.table-button')!.click();
    await el.updateComplete;
    const tie = shipped.ties.find((t) => t.id === 'isr-aze-arms-share-2016-2020')!;
    const rowButton = shadow(el).querySelector<HTMLButtonElement>(
      `tr[data-tie-id="${tie.id}"] button.evidence-button`,
    )!;
    rowButton.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const card = shadow(el).querySelector<HTMLElement>('[part="evidence"]')!;
    expect(card.querySelector(`article[data-tie-id="${tie.id}"]`)).not.toBeNull();
    card.querySelector<HTMLButtonElement>(`article[data-tie-id="${tie.id}"] .copy`)!.click();
    await expect.poll(() => written.length).toBe(1);
    expect(written[0]).toContain(tie.summary);
    expect(written[0]).toContain(`“${tie.evidence[0]!.quote}”`);
    expect(written[0]).toContain('OC Media');
    expect(written[0]).toContain('up to 69%');
    await expect
      .poll(() => shadow(el).querySelector('[part="announcer"]')!.textContent)
      .toContain('copied');

    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="evidence"]')).toBeNull();
    await expect.poll(() => active(el)).toBe(rowButton);
  });
});

describe('focus an actor', () => {
  it('highlights its ties, lists them with totals per layer and unit, announces it, and Escape clears it', async () => {
    const { el } = await drawnMap();
    const label = shadow(el).querySelector<HTMLButtonElement>('[data-actor-id="ARM"]')!;
    label.focus();
    // Listen before pressing: the focus draw can finish before userEvent's round trip returns.
    const drawn = nextEvent(el, 'ties-drawn');
    await userEvent.keyboard('{Enter}');
    await drawn;
    expect(el.getAttribute('focus')).toBe('ARM');
    const panel = shadow(el).querySelector<HTMLElement>('[part="focus-panel"]')!;
    const mine = shipped.ties.filter((t) => t.from === 'ARM' || t.to === 'ARM');
    // Ties with a figure are listed; each layer's ties without one fold into a count that lists them.
    expect(panel.querySelectorAll('button[data-tie-id]').length).toBe(
      mine.filter((t) => t.figure).length,
    );
    for (const more of panel.querySelectorAll<HTMLButtonElement>('button.focus-more')) more.click();
    await expect.poll(() => panel.querySelectorAll('button[data-tie-id]').length).toBe(mine.length);
    expect(panel.querySelector('h3')!.textContent).toContain(`Armenia: ${mine.length} ties`);
    const arms = mine.filter((t) => t.layer === 'arms');
    expect(panel.querySelector('[data-layer="arms"] .totals')!.textContent).toContain(
      `${arms.length} ties`,
    );
    // Other actors' labels are dimmed, Armenia's is marked.
    expect(label.dataset['emphasis']).toBe('focus');
    expect(
      shadow(el).querySelector<HTMLElement>('[data-actor-id="IDN"]')!.dataset['emphasis'],
    ).toBe('dim');
    await expect
      .poll(() => shadow(el).querySelector('[part="announcer"]')!.textContent)
      .toContain('Armenia focused');

    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.getAttribute('focus')).toBeNull();
    expect(shadow(el).querySelector('[part="focus-panel"]')).toBeNull();
  });

  it("lists a hub's first ties per layer and all of them on request, the keyboard going on at the first added", async () => {
    // 2,000 ties among 20 actors: each has about 200, some 60 in a layer.
    const data = syntheticDataset(2000, 20, 7);
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.data = data;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const hub = data.actors[0]!.id;
    el.setAttribute('focus', hub);
    await nextEvent(el, 'ties-drawn');
    const mine = data.ties.filter((t) => t.from === hub || t.to === hub);
    const layer = data.layers.find(
      (l) => mine.filter((t) => t.layer === l.id).length > FOCUS_PAGE,
    )!.id;
    const section = () =>
      shadow(el).querySelector<HTMLElement>(`[part="focus-panel"] section[data-layer="${layer}"]`)!;
    const count = Number(/(\d+) ties/.exec(section().querySelector('.totals')!.textContent!)![1]);
    expect(count).toBeGreaterThan(FOCUS_PAGE);
    expect(section().querySelectorAll('button[data-tie-id]').length).toBe(FOCUS_PAGE);
    const more = section().querySelector<HTMLButtonElement>('button.focus-more')!;
    expect(more.textContent).toBe(`Show all ${count}`);

    more.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => section().querySelectorAll('button[data-tie-id]').length).toBe(count);
    expect(section().querySelector('button.focus-more')).toBeNull();
    expect(active(el)).toBe(section().querySelectorAll('button[data-tie-id]')[FOCUS_PAGE]);

    // Another actor starts with its first ties again.
    el.setAttribute('focus', data.actors[1]!.id);
    await nextEvent(el, 'ties-drawn');
    expect(section().querySelector('button.focus-more')).not.toBeNull();
    expect(section().querySelectorAll('button[data-tie-id]').length).toBe(FOCUS_PAGE);
  });

  it('follows the focus attribute, and limits the edge handles to the focused actor', async () => {
    const { el } = await drawnMap();
    el.setAttribute('focus', 'IRN');
    await nextEvent(el, 'ties-drawn');
    const handles = [
      ...shadow(el).querySelectorAll<HTMLElement>('[part="edge-button"][data-edge-id]'),
    ].map((h) => h.dataset['edgeId']!);
    expect(handles.length).toBeGreaterThan(0);
    for (const id of handles) expect(id).toMatch(/(^IRN>|>IRN:)/);
  });
});

describe('keyboard path', () => {
  it('tabs through layer toggles, the table button, actors and edges, with arrows between actors', async () => {
    const { el } = await drawnMap();
    // The phone's fold button is not shown at this width.
    const toggles = [...shadow(el).querySelectorAll<HTMLElement>('.toolbar button')].filter((b) =>
      b.checkVisibility(),
    );
    toggles[0]!.focus();
    for (const expected of toggles.slice(1)) {
      await userEvent.tab();
      expect(active(el)).toBe(expected);
    }
    // Then the actor search and the filters, the timeline and the scene bar (with the presenter
    // console's button), then the actors.
    const between: string[] = [];
    for (let i = 0; i < 10 && !active(el)?.dataset['actorId']; i++) {
      await userEvent.tab();
      if (!active(el)?.dataset['actorId']) between.push(active(el)!.className || active(el)!.id);
    }
    expect(between).toEqual([
      'actor-search',
      'filters-button',
      'play',
      'as-of-slider',
      'next',
      'present',
      'console-button',
    ]);
    const firstActor = active(el)!;
    expect(firstActor.dataset['actorId']).toBe(shipped.actors[0]!.id);
    // Arrow keys move west to east between actors.
    const byLon = [...shadow(el).querySelectorAll<HTMLElement>('[data-actor-id]')];
    await userEvent.keyboard('{ArrowRight}');
    expect(active(el)!.dataset['actorId']).toBeDefined();
    expect(active(el)).not.toBe(firstActor);
    expect(byLon.length).toBe(shipped.actors.length);
    // After the actors come the edges.
    for (let i = 0; i < shipped.actors.length; i++) await userEvent.tab();
    expect(active(el)!.dataset['edgeId']).toBeDefined();
    // Focus is visible: the focused handle gets an outline.
    expect(getComputedStyle(active(el)!).outlineStyle).not.toBe('none');
  });

  it('announces layer changes in the live region', async () => {
    const { el } = await drawnMap();
    shadow(el).querySelector<HTMLButtonElement>('button[data-layer="arms"]')!.click();
    const armsCount = shipped.ties.filter((t) => t.layer === 'arms').length;
    await expect
      .poll(() => shadow(el).querySelector('[aria-live="polite"]')!.textContent)
      .toContain(`Arms hidden; ${shipped.ties.length - armsCount} ties visible`);
  });
});
