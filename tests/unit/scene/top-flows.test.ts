/**
 * Top flows first (scene/top-flows.ts): on a crowded layer the largest edges in the measure draw in
 * full with their labels and the rest recede (thin, light, no halo, no arrowhead, no label), in the
 * scene, the edge look both renderers read, the WebGL instances and the standalone SVG; the shipped
 * story map draws as before.
 */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { sipriLikeDataset } from '../../../bench/sipri-like.ts';
import { parseDataset } from '../../../src/data/index.ts';
import { places } from '../../../src/geo/places.ts';
import { countriesFromTopology } from '../../../src/geo/world-decode.ts';
import { edgeLook, RECEDE_OPACITY } from '../../../src/render/edge-look.ts';
import { EdgeInstances, LOOK_FLOATS } from '../../../src/render/maplibre/gpu-edges/instances.ts';
import { staticSvg } from '../../../src/render/svg/static-svg.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { measureValue, topFlowBudget } from '../../../src/scene/top-flows.ts';
import { INITIAL_VIEW } from '../../../src/state/view-state.ts';
import { audit, svgDrawn } from './placement.ts';

const register = sipriLikeDataset();
const basis = sceneBasis(register, places);
const topology = JSON.parse(
  readFileSync(new URL('../../../geodata/world.topo.json', import.meta.url), 'utf8'),
) as Topology;

// The register's geometry is laid out once, on first use: slow on a loaded machine.
describe('top flows first', { timeout: 120_000 }, () => {
  it("budgets by the map's area: 20 edges in full at 1280×720, more on a larger map, never crowded under 60 edges", () => {
    expect(topFlowBudget(1280, 720)).toEqual({ crowded: 60, legible: 20 });
    expect(topFlowBudget(1920, 1080).legible).toBe(46);
    expect(topFlowBudget(400, 600)).toEqual({ crowded: 60, legible: 10 });
  });

  it('a 636-tie register at 1280×720 draws its twenty largest flows in full, labelled, and the rest recede', () => {
    expect(register.ties).toHaveLength(636);
    const scene = buildScene(basis, INITIAL_VIEW, 1280, 720);
    const full = scene.edges.filter((e) => !e.recede);
    const receded = scene.edges.filter((e) => e.recede);
    expect(full).toHaveLength(20);
    expect(full.every((e) => e.label !== null)).toBe(true);
    expect(receded.every((e) => e.label === null)).toBe(true);
    // The twenty are the largest in the measure (TIV m).
    const tiesById = new Map(register.ties.map((t) => [t.id, t]));
    const value = (e: (typeof full)[number]) =>
      measureValue(
        e.tieIds.flatMap((id) => tiesById.get(id) ?? []),
        basis.measures.get('arms'),
      );
    const smallestFull = Math.min(...full.map(value));
    expect(receded.every((e) => value(e) <= smallestFull)).toBe(true);
    // Receding edges lie under the others; the legend counts what receded.
    expect(scene.edges.findIndex((e) => !e.recede)).toBe(receded.length);
    expect(scene.legend.topFlows).toEqual([
      {
        layer: 'arms',
        drawn: 20,
        receded: receded.length,
        recededTies: receded.reduce((n, e) => n + e.tieIds.length, 0),
      },
    ]);
    // A larger map shows more; "Show all" draws every edge in full and still says what would recede.
    expect(buildScene(basis, INITIAL_VIEW, 1920, 1080).edges.filter((e) => !e.recede)).toHaveLength(
      46,
    );
    const all = buildScene(basis, { ...INITIAL_VIEW, allFlows: true }, 1280, 720);
    expect(all.edges.some((e) => e.recede)).toBe(false);
    expect(all.legend.allFlows).toBe(true);
  });

  it('the render of the register at 1280×720 writes the figure of each of its twenty largest flows, each nearest its own edge', () => {
    // The static picture's map is what a 1280×720 document leaves under the title and over the legend.
    const drawn = svgDrawn(register, { name: 'register', width: 1280, height: 460 });
    const full = drawn.scene.edges.filter((e) => !e.recede);
    expect(full).toHaveLength(20);
    const labelled = new Set(drawn.figures.map((f) => f.edge));
    expect(full.filter((e) => labelled.has(e.id)).map((e) => e.id)).toEqual(full.map((e) => e.id));
    // Every figure lies nearer its own edge than any other (the faint ones included), and the hubs keep their labels.
    const breaches = audit(drawn).filter((line) => !line.startsWith('arrowheads overlap'));
    expect(breaches).toEqual([]);
  });

  it("the focused actor's edges never recede", () => {
    const scene = buildScene(basis, { ...INITIAL_VIEW, focus: 'BEL' }, 1280, 720);
    const belgian = scene.edges.filter((e) => e.from === 'BEL' || e.to === 'BEL');
    expect(belgian.length).toBeGreaterThan(0);
    expect(belgian.some((e) => e.recede)).toBe(false);
  });

  it('a receding edge looks thin and light, with no halo and no arrowhead, in the look and in the WebGL instances', () => {
    const scene = buildScene(basis, INITIAL_VIEW, 1280, 720);
    const receded = scene.edges.find((e) => e.recede)!;
    const look = edgeLook(receded);
    expect(look.width).toBe(1);
    expect(look.opacity).toBe(RECEDE_OPACITY);
    expect(look.halo).toEqual({ width: 0, opacity: 0 });
    expect(look.cue.size).toBe(0);
    const instances = new EdgeInstances();
    instances.update({ ...scene, edges: [receded] });
    const [stroke, , , , , halo, cue] = instances.look.subarray(0, LOOK_FLOATS);
    expect([stroke, halo, cue]).toEqual([1, 0, 0]);
    expect(instances.state[1]).toBe(Math.round(RECEDE_OPACITY * 255));
    expect(instances.state[2]).toBe(0); // the halo's alpha
  });

  it('the standalone SVG (npm run render) draws the receding edges faint, without cues, and says so in its legend', () => {
    const picture = staticSvg({
      dataset: register,
      countries: countriesFromTopology(topology, 'de-facto'),
      view: INITIAL_VIEW,
      width: 1280,
      height: 720,
      theme: 'light',
    });
    const receded = [...picture.svg.matchAll(/data-edge-id="([^"]+)"[^>]*data-recede="true"/g)].map(
      (m) => m[1],
    );
    const cues = [...picture.svg.matchAll(/data-cue-for="([^"]+)"/g)].map((m) => m[1]);
    expect(receded).toHaveLength(picture.scene.edges.length - 20);
    expect(cues).toHaveLength(20);
    expect(cues.some((id) => receded.includes(id))).toBe(false);
    expect(picture.svg).toContain('Arms: the 20 largest in the measure drawn in full; + ');
  });

  it('the shipped story map has no crowded layer: every edge draws in full at 1280×720 and on a phone', () => {
    const shipped = parseDataset(
      readFileSync(new URL('../../../data/azerbaijan-israel-usa.json', import.meta.url), 'utf8'),
    ).dataset!;
    const shippedBasis = sceneBasis(shipped, places);
    for (const [w, h] of [
      [1280, 720],
      [375, 320],
    ] as const) {
      const scene = buildScene(shippedBasis, INITIAL_VIEW, w, h);
      expect(scene.edges.some((e) => e.recede)).toBe(false);
      expect(scene.legend.topFlows).toEqual([]);
    }
  });
});
