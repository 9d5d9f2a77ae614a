/**
 * The edges' custom layer (render/maplibre/gpu-edges/): the pointer finds edges on the map canvas,
 * a layer toggle sends no geometry to the GPU, a lost context comes back with its edges, and
 * 10,000 ties draw.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import shipped from '../../data/azerbaijan-israel-usa.json';
import { syntheticDataset } from '../../bench/synthetic.ts';
import type { TiesMap } from '../../src/components/ties-map/ties-map.component.ts';
import type { Scene, SceneEdge } from '../../src/scene/types.ts';
import { LAYER_COLOURS } from '../../src/scene/palette.ts';
import { maxStrokeWidth } from '../../src/scene/widths.ts';
import { CURVE_VERTICES } from '../../src/render/maplibre/gpu-edges/shaders.ts';
import { countColour, mapPixels, mount, nextEvent, shadow } from './helpers.ts';

const SHIPPED_URL = '/data/azerbaijan-israel-usa.json';
const EDGE = 'ISR>AZE:arms';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

/** The scene the element has drawn (its view store's derived state). */
function currentScene(el: TiesMap): Scene {
  return (el as unknown as { derived: { scene: Scene } }).derived.scene;
}

function sceneEdge(el: TiesMap, id: string): SceneEdge {
  return currentScene(el).edges.find((e) => e.id === id)!;
}

/** Client coordinates of a point a third of the way along an edge's curve. */
/** A point of the edge's curve where no other edge is drawn over it (the one the layer picks there). */
/** The WebGL edge layer's picker (not public API: the test reads what the pointer would find). */
const pickerOf = (el: TiesMap) =>
  (el.mapRenderer as unknown as { edgeLayer: { pick(p: { x: number; y: number }): string | null } })
    .edgeLayer;

function pointOnEdge(el: TiesMap, id: string): { clientX: number; clientY: number } {
  const edge = sceneEdge(el, id);
  const layer = pickerOf(el);
  const box = shadow(el).querySelector('canvas')!.getBoundingClientRect();
  const samples = [1 / 3, 1 / 2, 2 / 3, 1 / 4, 3 / 4].map((f) =>
    el.mapRenderer!.project(edge.path[Math.round((edge.path.length - 1) * f)]!),
  );
  const { x, y } = samples.find((p) => layer.pick(p) === id) ?? samples[0]!;
  return { clientX: box.left + x, clientY: box.top + y };
}

type Point = { x: number; y: number };

/**
 * A point along the edge where the edge itself is picked within 1 px all round (so a pixel's
 * rounding between the canvas and MapLibre's container cannot pick a crossing edge), or null.
 */
function clearPointOn(el: TiesMap, id: string): { clientX: number; clientY: number } | null {
  const edge = sceneEdge(el, id);
  const layer = pickerOf(el);
  const box = shadow(el).querySelector('canvas')!.getBoundingClientRect();
  // The GPU layer draws the quadratic through the path's ends and the edge's control point.
  const [a, c, b] = [edge.path[0]!, edge.control, edge.path[edge.path.length - 1]!].map((q) =>
    el.mapRenderer!.project(q),
  ) as [Point, Point, Point];
  for (let t = 0.1; t < 0.9; t += 0.05) {
    const u = 1 - t;
    const p = {
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    };
    if (p.x < 4 || p.y < 4 || p.x > box.width - 4 || p.y > box.height - 4) continue;
    const around = [
      [0, 0],
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ].map(([dx, dy]) => layer.pick({ x: p.x + dx!, y: p.y + dy! }));
    if (around.every((picked) => picked === id))
      return { clientX: box.left + p.x, clientY: box.top + p.y };
  }
  return null;
}

/** A mouse move or click dispatched on the map canvas itself (the labels above it are not the subject). */
function pointer(el: TiesMap, at: { clientX: number; clientY: number }, types: string[]): void {
  const canvas = shadow(el).querySelector('canvas')!;
  for (const type of types)
    canvas.dispatchEvent(new MouseEvent(type, { ...at, bubbles: true, composed: true, button: 0 }));
}

const card = (el: TiesMap) => shadow(el).querySelector<HTMLElement>('[part="evidence"]');
const cardTies = (el: TiesMap) =>
  [...(card(el)?.querySelectorAll<HTMLElement>('article[data-tie-id]') ?? [])].map(
    (a) => a.dataset['tieId'],
  );
const tiesOf = (id: string) =>
  shipped.ties.filter((t) => `${t.from}>${t.to}:${t.layer}` === id).map((t) => t.id);

async function drawnShipped(): Promise<TiesMap> {
  const { el } = mount(
    (e) => {
      e.setAttribute('renderer', 'webgl'); // the GPU edge layer is MapLibre's
      e.src = SHIPPED_URL;
    },
    { width: 1000, height: 560 },
  );
  await nextEvent(el, 'ties-drawn');
  return el;
}

async function loseAndRestore(el: TiesMap): Promise<void> {
  const canvas = shadow(el).querySelector('canvas')!;
  const lose = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
  const back = nextEvent(el, 'ties-drawn');
  canvas.addEventListener('webglcontextlost', () => setTimeout(() => lose.restoreContext(), 0), {
    once: true,
  });
  lose.loseContext();
  await back;
}

describe('edges drawn by the GPU layer', () => {
  it('previews an edge under the pointer and opens its card on a click on the map', async () => {
    const el = await drawnShipped();
    const at = pointOnEdge(el, EDGE);
    pointer(el, at, ['mousemove']);
    await el.updateComplete;
    expect(shadow(el).querySelector('canvas')!.style.cursor).toBe('pointer');
    expect(card(el)!.classList.contains('preview')).toBe(true);
    expect(cardTies(el)).toEqual(tiesOf(EDGE));

    pointer(el, at, ['mousedown', 'mouseup', 'click']);
    await el.updateComplete;
    expect(card(el)!.getAttribute('role')).toBe('dialog');
    expect(cardTies(el)).toEqual(tiesOf(EDGE));

    // Off every edge: the pointer is plain again.
    const box = shadow(el).querySelector('canvas')!.getBoundingClientRect();
    pointer(el, { clientX: box.left + 3, clientY: box.bottom - 3 }, ['mousemove']);
    expect(shadow(el).querySelector('canvas')!.style.cursor).toBe('');
  });

  it('sends no edge geometry to the GPU when a layer is toggled: only a few bytes an edge', async () => {
    const el = await drawnShipped();
    const energy = LAYER_COLOURS[0]!;
    const before = countColour(await mapPixels(el), energy, 20);
    expect(before).toBeGreaterThan(30);
    const edges = currentScene(el).edges.length;

    // Every way data reaches the GPU, but MapLibre's per-frame uniform blocks: buffers and textures.
    const proto = WebGL2RenderingContext.prototype as unknown as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    const byteSize = (data: unknown, offset = 0, length?: number): number => {
      if (typeof data === 'number') return data;
      if (!ArrayBuffer.isView(data)) return (data as ArrayBuffer | null)?.byteLength ?? 0;
      const per = (data as Uint8Array).BYTES_PER_ELEMENT ?? 1;
      return (length ?? data.byteLength / per - offset) * per;
    };
    const texelBytes = (width: unknown, height: unknown, data: unknown) =>
      ArrayBuffer.isView(data)
        ? Number(width) * Number(height) * 4 * ((data as Uint8Array).BYTES_PER_ELEMENT ?? 1)
        : 0;
    // Where each call's data and its offset and length stand (WebGL picks an overload by their number).
    const measure: Record<string, (gl: WebGL2RenderingContext, a: unknown[]) => number> = {
      bufferData: (gl, a) =>
        a[0] === gl.UNIFORM_BUFFER
          ? 0
          : byteSize(a[1], a[3] as number | undefined, a[4] as number | undefined),
      bufferSubData: (gl, a) =>
        a[0] === gl.UNIFORM_BUFFER
          ? 0
          : byteSize(a[2], a[3] as number | undefined, a[4] as number | undefined),
      texImage2D: (_gl, a) => (a.length >= 9 ? texelBytes(a[3], a[4], a[8]) : 0),
      texSubImage2D: (_gl, a) => (a.length >= 9 ? texelBytes(a[4], a[5], a[8]) : 0),
    };
    const originals = Object.fromEntries(Object.keys(measure).map((name) => [name, proto[name]!]));
    let bytes = 0;
    for (const [name, size] of Object.entries(measure)) {
      proto[name] = function (this: WebGL2RenderingContext, ...args: unknown[]) {
        bytes += size(this, args);
        return originals[name]!.apply(this, args);
      };
    }
    try {
      const drawn = nextEvent(el, 'ties-drawn');
      shadow(el).querySelector<HTMLButtonElement>('button[data-layer="energy"]')!.click();
      await drawn;
    } finally {
      Object.assign(proto, originals);
    }
    expect(countColour(await mapPixels(el), energy, 20)).toBeLessThan(before / 5);
    // Visibility and opacity are 4 bytes an edge; the curves (32 bytes an edge) stay where they are.
    expect(bytes).toBeLessThanOrEqual(4 * edges);
  });

  it('comes back with its edges, their emphasis and picking after the context is lost and restored', async () => {
    const el = await drawnShipped();
    const energy = LAYER_COLOURS[0]!;
    const before = countColour(await mapPixels(el), energy, 20);
    const focused = nextEvent(el, 'ties-drawn');
    el.focusActor = 'ARM'; // Armenia has no energy tie: energy edges dim
    await focused;
    await loseAndRestore(el);
    const after = await mapPixels(el);
    expect(countColour(after, energy, 20)).toBeLessThan(before * 0.5);
    expect(countColour(after, LAYER_COLOURS[1]!, 20), 'arms edges are drawn again').toBeGreaterThan(
      30,
    );
    el.focusActor = null;
    await nextEvent(el, 'ties-drawn');
    expect(countColour(await mapPixels(el), energy, 20)).toBeGreaterThan(before * 0.8);

    pointer(el, pointOnEdge(el, EDGE), ['mousedown', 'mouseup', 'click']);
    await el.updateComplete;
    expect(cardTies(el)).toEqual(tiesOf(EDGE));
  });

  it('draws its first picture once: no second full frame of edges after the first', async () => {
    // Each frame of edges is two curve draws (halos, strokes) over every edge's strip: counted
    // here at the context, from before the map exists. At 10,000 edges under SwiftShader a frame
    // costs about a second of CPU, which whatever the reader does next waits for.
    const drawArrays = WebGL2RenderingContext.prototype.drawArrays;
    let curveDraws = 0;
    WebGL2RenderingContext.prototype.drawArrays = function (
      this: WebGL2RenderingContext,
      mode: number,
      first: number,
      count: number,
    ) {
      if (mode === this.TRIANGLE_STRIP && count > 0 && count % CURVE_VERTICES === 0) curveDraws++;
      drawArrays.call(this, mode, first, count);
    };
    try {
      const el = await drawnShipped();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(currentScene(el).edges.length).toBeGreaterThan(10);
      expect(curveDraws / 2).toBe(1);
    } finally {
      WebGL2RenderingContext.prototype.drawArrays = drawArrays;
    }
  });

  it('lays its scene out again for the new size when the element is resized after its map started', async () => {
    const el = await drawnShipped();
    const widest = () => Math.max(...currentScene(el).edges.map((e) => e.width));
    const wide = widest();
    const redrawn = nextEvent(el, 'ties-drawn');
    el.style.width = '400px';
    el.style.setProperty('--ties-map-height', '600px');
    await redrawn;
    // A phone-sized map has thinner strokes (scene/widths.ts) and its far actors above and below.
    expect(widest()).toBeLessThan(wide);
    expect(widest()).toBeLessThanOrEqual(maxStrokeWidth(400) + 0.01);
  });

  it("compiles 11 shader programs for its first picture: the plain MapLibre page's 6, the edges' 2, the markers' and the disputed areas' hatch and dashes", async () => {
    // Each program is a synchronous compile of tens of ms under SwiftShader; a layer whose
    // constant paint differs in kind from its twin's data-driven one would cost one more (the
    // disputed areas' rings share the markers' program; their hatch and dashed outline cannot).
    const proto = WebGL2RenderingContext.prototype;
    const link = proto.linkProgram;
    let programs = 0;
    proto.linkProgram = function (this: WebGL2RenderingContext, program: WebGLProgram) {
      programs++;
      return link.call(this, program);
    };
    try {
      await drawnShipped();
    } finally {
      proto.linkProgram = link;
    }
    expect(programs).toBe(11);
  });

  it('puts the labels where MapLibre draws their points, after a zoom, a pan and a resize', async () => {
    const el = await drawnShipped();
    const map = (el.mapRenderer as unknown as { map: import('maplibre-gl').Map }).map;
    const points: [number, number][] = [
      [49.9, 40.4],
      [34.8, 31.8],
      [-77, 38.9],
      [51.4, 35.7],
      [44.5, 40.2],
      [170, -60],
      [-170, 80],
    ];
    const agree = () => {
      for (const p of points) {
        const ours = el.mapRenderer!.project(p);
        const theirs = map.project(p);
        expect(Math.abs(ours.x - theirs.x), `x of ${p}`).toBeLessThan(0.01);
        expect(Math.abs(ours.y - theirs.y), `y of ${p}`).toBeLessThan(0.01);
      }
    };
    agree();
    map.jumpTo({ center: [20, 10], zoom: 4.3 });
    agree();
    map.panBy([130, -70], { animate: false });
    agree();
    const resized = new Promise((resolve) => map.once('resize', resolve));
    el.style.width = '640px';
    await resized;
    agree();
  });

  it('draws 10,000 ties, and a layer toggle takes its edges off the picture', async () => {
    const data = syntheticDataset(10_000, 200, 42);
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'webgl');
        e.data = data;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn', 120_000);
    const pixels = await mapPixels(el);
    for (const colour of LAYER_COLOURS.slice(0, 3))
      expect(countColour(pixels, colour, 20), colour).toBeGreaterThan(1000);
    const drawn = nextEvent(el, 'ties-drawn', 120_000);
    shadow(el).querySelector<HTMLButtonElement>('button[data-layer="arms"]')!.click();
    await drawn;
    const toggled = await mapPixels(el);
    expect(countColour(toggled, LAYER_COLOURS[1]!, 20)).toBeLessThan(
      countColour(pixels, LAYER_COLOURS[1]!, 20) / 5,
    );
    expect(countColour(toggled, LAYER_COLOURS[0]!, 20)).toBeGreaterThan(1000);
    // The pointer finds one of the last of the thousands of edges too (the last few are the top
    // flows, which other edges may cross at every sampled point).
    const last = currentScene(el)
      .edges.slice(-200)
      .reverse()
      .find((e) => clearPointOn(el, e.id) !== null)!;
    expect(last).toBeDefined();
    pointer(el, clearPointOn(el, last.id)!, ['mousemove']);
    await el.updateComplete;
    expect(card(el)?.dataset['tieIds']).toBe(last.tieIds.join(' '));
  }, 300_000);
});
