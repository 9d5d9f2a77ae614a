/**
 * SvgRenderer mounted on its own in a plain div (not through <ties-map>): pointer hits report the
 * scene's edge ids and country ids as the WebGL renderer does, and no MapLibre code is loaded.
 * Clicks and hovers are real pointer input at projected positions (Playwright) on the renderer's
 * container, so the browser's own hit testing on its layers decides what is under the pointer.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { parseDataset, type Dataset } from '../../src/data/index.ts';
import { places } from '../../src/geo/places.ts';
import { loadCountries, type Countries } from '../../src/geo/world.ts';
import type { RendererEvents } from '../../src/render/renderer.ts';
import type { SvgRenderer as SvgRendererClass } from '../../src/render/svg/svg-renderer.ts';
import { THEMES } from '../../src/render/themes.ts';
import { buildScene, sceneBasis } from '../../src/scene/build-scene.ts';
import type { LonLat, Scene, SceneEdge } from '../../src/scene/types.ts';
import { INITIAL_VIEW } from '../../src/state/view-state.ts';
import fixture from '../fixtures/valid-minimal.json';
import shipped from '../../data/azerbaijan-israel-usa.json';

// The browser keeps 250 resource timings by default, fewer than the test runner's own modules:
// make room, then load the renderer, so every module it pulls in is on record.
performance.setResourceTimingBufferSize(100_000);
let SvgRenderer: typeof SvgRendererClass;
let countries: Countries;
let dataset: Dataset;
let scene: Scene;
const cleanup: (() => void)[] = [];

beforeAll(async () => {
  ({ SvgRenderer } = await import('../../src/render/svg/svg-renderer.ts'));
  countries = await loadCountries();
  dataset = parseDataset(fixture).dataset!;
  scene = buildScene(sceneBasis(dataset, places), INITIAL_VIEW);
});

afterEach(() => {
  for (const undo of cleanup.splice(0)) undo();
});

function mountRenderer(camera?: { center: LonLat; zoom: number }, shown: Scene = scene) {
  const container = document.createElement('div');
  container.style.width = '640px';
  container.style.height = '400px';
  document.body.append(container);
  const calls: {
    edgeClick: string[];
    edgeHover: (string | null)[];
    shapeClick: (string | null)[];
    move: number;
  } = { edgeClick: [], edgeHover: [], shapeClick: [], move: 0 };
  const events: RendererEvents = {
    edgeClick: (id) => calls.edgeClick.push(id),
    edgeHover: (id) => calls.edgeHover.push(id),
    shapeClick: (id) => calls.shapeClick.push(id),
    move: () => calls.move++,
    contextLost: () => undefined,
    contextRestored: () => undefined,
  };
  const renderer = new SvgRenderer(
    {
      container,
      countries,
      events,
      reducedMotion: () => true,
      palette: THEMES.light.palette,
      initialScene: shown,
      ...(camera ? { camera } : {}),
    },
    shown.frame,
    36,
  );
  cleanup.push(() => {
    renderer.destroy();
    container.remove();
  });
  const svg = container.querySelector('svg')!;
  const at = (point: LonLat) => renderer.project(point);
  return { renderer, container, svg, calls, at };
}

/** The middle of an edge on screen, and the unit normal there (arrowheads sit at the recipient's end, where edges meet). */
function middleOf(edge: SceneEdge, at: (p: LonLat) => { x: number; y: number }) {
  const i = edge.path.length >> 1;
  const p = at(edge.path[i]!),
    a = at(edge.path[i - 1]!),
    b = at(edge.path[i + 1]!);
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  return { point: p, normal: { x: -(b.y - a.y) / length, y: (b.x - a.x) / length } };
}

describe('SvgRenderer', () => {
  it('reports the edge under a click by its scene id, and the country or the sea elsewhere', async () => {
    const { renderer, container, calls, at } = mountRenderer();
    await renderer.draw(scene);
    const arms = scene.edges.find((e) => e.id === 'ISR>AZE:arms')!;
    await userEvent.click(container, { position: middleOf(arms, at).point });
    expect(calls.edgeClick).toEqual(['ISR>AZE:arms']);
    // Central Turkey and the sea off Lebanon, both away from every edge.
    await userEvent.click(container, { position: at([32.5, 39.2]) });
    await userEvent.click(container, { position: at([34.0, 33.0]) });
    expect(calls.shapeClick).toEqual(['TUR', null]);
    expect(calls.edgeClick).toEqual(['ISR>AZE:arms']);
  });

  it('takes a click just beside an edge as a click on it (the pointer target is wider than the stroke)', async () => {
    const { renderer, container, calls, at } = mountRenderer();
    await renderer.draw(scene);
    const arms = scene.edges.find((e) => e.id === 'ISR>AZE:arms')!;
    const energy = scene.edges.find((e) => e.id === 'AZE>ISR:energy')!;
    // 7.5 px across the edge from its middle: outside its 10 px stroke, inside its 18 px target;
    // on the side away from the energy edge of the same pair.
    const { point: middle, normal } = middleOf(arms, at);
    const sides = [1, -1].map((sign) => ({
      x: middle.x + sign * 7.5 * normal.x,
      y: middle.y + sign * 7.5 * normal.y,
    }));
    const other = middleOf(energy, at).point;
    const beside = sides.sort(
      (p, q) => Math.hypot(q.x - other.x, q.y - other.y) - Math.hypot(p.x - other.x, p.y - other.y),
    )[0]!;
    expect(arms.width).toBe(10);
    await userEvent.click(container, { position: beside });
    expect(calls.edgeClick).toEqual(['ISR>AZE:arms']);
  });

  it('reports hover entering an edge and leaving it', async () => {
    const { renderer, container, calls, at } = mountRenderer();
    await renderer.draw(scene);
    const energy = scene.edges.find((e) => e.id === 'AZE>ISR:energy')!;
    await userEvent.hover(container, { position: middleOf(energy, at).point });
    await userEvent.hover(container, { position: at([32.5, 39.2]) });
    expect(calls.edgeHover).toEqual(['AZE>ISR:energy', null]);
  });

  it('draws each edge as one element with its tie ids and its width in CSS px', async () => {
    const { renderer, container } = mountRenderer();
    await renderer.draw(scene);
    const drawn = [...container.querySelectorAll<SVGGElement>('[data-edge-id]')];
    expect(
      drawn.map((g) => [
        g.dataset['edgeId'],
        g.dataset['tieIds'],
        Number(g.getAttribute('stroke-width')),
      ]),
    ).toEqual(scene.edges.map((e) => [e.id, e.tieIds.join(' '), Math.round(e.width * 100) / 100]));
    const focused = buildScene(sceneBasis(dataset, places), { ...INITIAL_VIEW, focus: 'AZE' });
    await renderer.draw(focused);
    expect(
      container.querySelector('[data-edge-id="ISR>ISF:diplomatic"]')!.getAttribute('opacity'),
    ).toBe('0.15');
    // The focused country is drawn in the focus colour by a layer of its own, over the base map's land.
    const focusLand = container.querySelector('svg.ties-svg-focus [data-focus-shape="AZE"]')!;
    expect(focusLand.getAttribute('fill')).toBe(THEMES.light.palette.focusLand);
    expect(focusLand.getAttribute('d')).toBe(
      container.querySelector('[data-shape-id="AZE"]')!.getAttribute('d'),
    );
    expect(container.querySelectorAll('svg.ties-svg-focus path')).toHaveLength(1);
    await renderer.draw(scene);
    expect(container.querySelectorAll('svg.ties-svg-focus path')).toHaveLength(0);
  });

  it('starts from a given camera, keeps it on resize, and recolours on a palette change', async () => {
    const camera = { center: [40, 35] as LonLat, zoom: 4 };
    const { renderer, container, calls } = mountRenderer(camera);
    expect(renderer.camera()).toEqual(camera);
    expect(renderer.project([40, 35])).toEqual({ x: 320, y: 200 });
    container.style.width = '500px';
    renderer.resize();
    expect(renderer.camera()).toEqual(camera);
    expect(renderer.project([40, 35])).toEqual({ x: 250, y: 200 });
    expect(container.querySelector('svg')!.getAttribute('width')).toBe('500');
    expect(calls.move).toBe(1);
    renderer.setPalette(THEMES.dark.palette);
    expect(container.querySelector('.sea')!.getAttribute('fill')).toBe(THEMES.dark.palette.sea);
    expect(container.querySelector('[data-shape-id="TUR"]')!.getAttribute('fill')).toBe(
      THEMES.dark.palette.land,
    );
  });

  it('snapshots the picture at twice its size', async () => {
    const { renderer, at } = mountRenderer();
    await renderer.draw(scene);
    const canvas = await renderer.snapshot();
    expect([canvas.width, canvas.height]).toEqual([1280, 800]);
    const colourAt = (point: LonLat) => {
      const { x, y } = at(point);
      const [r, g, b] = canvas
        .getContext('2d')!
        .getImageData(Math.round(x * 2), Math.round(y * 2), 1, 1).data;
      return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
    };
    // The sea off Lebanon and central Turkey, at twice the density.
    expect(colourAt([34.0, 33.0])).toBe(THEMES.light.palette.sea);
    expect(colourAt([32.5, 39.2])).toBe(THEMES.light.palette.land);
  });

  it("covers the land beyond the region with the panel where far actors' tabs sit", async () => {
    // The shipped map: the United States in the strip above the region, India and Indonesia in
    // the one to its east. A tab drawn straight on the land reads as an actor of that land.
    const wide = buildScene(sceneBasis(parseDataset(shipped).dataset!, places), INITIAL_VIEW);
    const { renderer, at } = mountRenderer(undefined, wide);
    await renderer.draw(wide);
    const canvas = await renderer.snapshot();
    const ctx = canvas.getContext('2d')!;
    const colour = (x: number, y: number) =>
      `#${[...ctx.getImageData(Math.round(x * 2), Math.round(y * 2), 1, 1).data.slice(0, 3)]
        .map((v) => v.toString(16).padStart(2, '0'))
        .join('')}`;
    const far = wide.actors.filter((a) => a.distant);
    expect(far.map((a) => a.id).sort()).toEqual(['IDN', 'IND', 'USA']);
    expect(wide.margins.map((m) => m.side).sort()).toEqual(['east', 'north']);
    const halo = THEMES.light.palette.halo;
    for (const strip of wide.margins) {
      // A point a few px inside the strip's inner edge, by the picture's edge.
      const [sw, ne] = [at(strip.bounds[0]), at(strip.bounds[1])];
      const probe =
        strip.side === 'north'
          ? { x: 4, y: sw.y - 4 }
          : { x: 636, y: (sw.y + Math.max(0, ne.y)) / 2 };
      expect(colour(probe.x, probe.y), `${strip.side} strip at ${probe.x},${probe.y}`).toBe(halo);
    }
    // Beside each tab's marker, on its panel: nothing of the land under it shows.
    for (const actor of far) {
      const { x, y } = at(actor.anchor);
      expect(colour(x, y - 9), actor.id).toBe(halo);
    }
  });

  it("on a phone's pixel density fills the land without anti-aliasing under one border line, and a click still names the country", async () => {
    const ratio = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio')!;
    cleanup.push(() => Object.defineProperty(window, 'devicePixelRatio', ratio));
    const layersAt = async (dpr: number) => {
      Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => dpr });
      const mounted = mountRenderer();
      await mounted.renderer.draw(scene);
      return mounted;
    };
    const desktop = await layersAt(1);
    expect(desktop.svg.querySelector('g.land')!.hasAttribute('shape-rendering')).toBe(false);
    const { renderer, container, svg, calls, at } = await layersAt(1.75);
    const land = svg.querySelector('g.land')!;
    expect(land.getAttribute('shape-rendering')).toBe('crispEdges');
    // The borders: one stroke over every fill (as MapLibre's 'borders' layer), not a stroke on each fill;
    // the marking of disputed areas over the actor borders.
    const lines = container.querySelector('svg.ties-svg-lines')!;
    expect([...svg.children, ...lines.children].map((c) => c.getAttribute('class'))).toEqual([
      'sea',
      'land',
      'borders',
      'actor-borders',
      'disputed',
      'margins',
    ]);
    expect(land.hasAttribute('stroke')).toBe(false);
    expect(lines.querySelector('.borders')!.getAttribute('pointer-events')).toBe('none');
    await userEvent.click(container, { position: at([32.5, 39.2]) });
    expect(calls.shapeClick).toEqual(['TUR']);
    renderer.setPalette(THEMES.dark.palette);
    expect(container.querySelector('.borders')!.getAttribute('stroke')).toBe(
      THEMES.dark.palette.border,
    );
  });

  it('loads no MapLibre module', () => {
    const requested = performance.getEntriesByType('resource').map((e) => e.name);
    // The record holds the renderer's own module graph.
    expect(requested.some((url) => url.includes('/src/render/svg/svg-renderer.ts'))).toBe(true);
    expect(requested.some((url) => url.includes('/src/render/edge-look.ts'))).toBe(true);
    expect(requested.filter((url) => /maplibre/i.test(url))).toEqual([]);
  });
});
