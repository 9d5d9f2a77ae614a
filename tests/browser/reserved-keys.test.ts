/**
 * Ids named like `Object.prototype`'s members (`toString`, `__proto__`, `constructor`, `valueOf`,
 * `hasOwnProperty`) are legal strings: a dataset using them for actors of every kind, ties, a layer,
 * a source and a scene validates and draws, through `data` and through `src`, in an element whose
 * `lang` is one of them too. Before, such a dataset left the element empty or "Loading the map…"
 * for ever, with neither `ties-ready` nor `ties-drawn`.
 */
import { describe, expect, it } from 'vitest';
import shipped from '../../data/azerbaijan-israel-usa.json';
import type { Dataset } from '../../src/data/types.ts';
import { mount, nextEvent, shadow, tableRowIds } from './helpers.ts';
import { controlledFetchHooks } from './controllers/controlled-fetch.ts';

/** The shipped map plus actors, ties, a layer, a source and a scene with reserved ids. */
function reservedDataset(): Dataset {
  const data = structuredClone(shipped) as unknown as Dataset;
  const quote = data.ties[0]!.evidence[0]!.quote;
  data.sources.push({
    id: 'toString',
    title: 'A source named toString',
    publisher: 'unknown',
    published: '2025',
  });
  data.layers.push({ id: 'constructor', label: 'Constructor layer' });
  data.actors.push(
    { id: 'toString', name: 'Country toString', kind: 'country', point: [44, 38] },
    { id: '__proto__', name: 'Territory __proto__', kind: 'territory', point: [36, 33] },
    { id: 'constructor', name: 'Organisation constructor', kind: 'organisation', point: [40, 30] },
  );
  const base = data.ties[0]!;
  data.ties.push(
    {
      ...base,
      id: 'valueOf',
      layer: 'constructor',
      from: 'AZE',
      to: 'toString',
      evidence: [{ source: 'toString', quote }],
    },
    { ...base, id: 'hasOwnProperty', from: 'toString', to: '__proto__' },
    { ...base, id: '__proto__', layer: 'arms', from: '__proto__', to: 'constructor' },
  );
  data.scenes!.push({
    id: 'toString',
    title: 'A scene named toString',
    layers: ['constructor'],
    focus: 'constructor',
  });
  return data;
}

const RESERVED_TIES = ['valueOf', 'hasOwnProperty', '__proto__'];

const fetches = controlledFetchHooks();

async function expectDrawn(
  el: HTMLElement,
  events: { type: string }[],
  drawn: Promise<CustomEvent>,
): Promise<void> {
  await drawn;
  expect(events.map((e) => e.type)).toContain('ties-ready');
  expect(events.filter((e) => e.type === 'ties-error')).toEqual([]);
  const root = shadow(el);
  for (const id of RESERVED_TIES) expect(tableRowIds(el), id).toContain(id);
  for (const id of RESERVED_TIES) {
    const edge = [...root.querySelectorAll<SVGElement>('g[data-tie-ids]')].find((g) =>
      g.dataset['tieIds']!.split(' ').includes(id),
    );
    expect(edge, `the edge of tie ${id}`).toBeDefined();
    // A layer named "constructor" takes a palette colour, not Object's source text.
    expect(edge!.getAttribute('stroke'), id).toMatch(/^#[0-9a-f]{6}$/i);
  }
  for (const id of ['toString', '__proto__', 'constructor'])
    expect(root.querySelector(`[data-actor-id="${id}"]`), id).not.toBeNull();
  expect(root.querySelector('[part="ties-table"]')!.textContent).toContain('Constructor layer');
}

describe('ids named like Object.prototype members', () => {
  it('validate and draw through data, in lang="constructor"', async () => {
    const { el, events } = mount(
      (e) => {
        e.setAttribute('lang', 'constructor');
        e.setAttribute('renderer', 'svg');
        e.data = reservedDataset();
      },
      { width: 1000, height: 560 },
    );
    await expectDrawn(el, events, nextEvent(el, 'ties-drawn'));
    // lang="constructor" is a language the element has no words for: it writes English.
    expect(shadow(el).querySelector('[part="map"]')!.getAttribute('aria-label')).toContain(
      shipped.title,
    );
    // The scene named toString is a presenter step like any other.
    el.setAttribute('scene', 'toString');
    await expect
      .poll(() => shadow(el).querySelector('[part="caption"]')?.textContent)
      .toContain('A scene named toString');
  });

  it('validate and draw through src', async () => {
    const { el, events } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.src = '/slow/reserved.json';
      },
      { width: 1000, height: 560 },
    );
    const drawn = nextEvent(el, 'ties-drawn');
    (await fetches().next()).answer(JSON.stringify(reservedDataset()));
    await expectDrawn(el, events, drawn);
  });
});
