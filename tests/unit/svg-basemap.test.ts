/** The SVG base map over the full shipped geodata: countries in view, clipped, coloured as actors. */
import { expect, it } from 'vitest';
import {
  basemapNodes,
  countryPathSteps,
  countryPaths,
  crispLandAt,
  landNode,
  shapeColours,
} from '../../src/render/svg/basemap.ts';
import { fitCamera } from '../../src/render/svg/camera.ts';
import { svgView } from '../../src/render/svg/view.ts';
import { THEMES } from '../../src/render/themes.ts';
import { buildScene, sceneBasis } from '../../src/scene/build-scene.ts';
import { places } from '../../src/geo/places.ts';
import { INITIAL_VIEW } from '../../src/state/view-state.ts';
import { loadDataset, world } from './render-svg/helpers.ts';

it('draws the countries in view, clipped to it, with the actors in their own colour', () => {
  const dataset = loadDataset('tests/fixtures/valid-minimal.json');
  const scene = buildScene(sceneBasis(dataset, places), INITIAL_VIEW);
  const view = svgView(fitCamera(scene.frame, 480, 320, 36), 480, 320);
  const paths = countryPaths(world, view);
  expect(paths.has('AZE') && paths.has('ISR') && paths.has('TUR')).toBe(true);
  expect(paths.has('BRA') || paths.has('AUS') || paths.has('USA')).toBe(false);
  // Clipped a few px outside the view: no coordinate strays far off-screen.
  const numbers = [...paths.values()]
    .join(' ')
    .match(/-?\d+(\.\d+)?/g)!
    .map(Number);
  expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-4);
  expect(Math.max(...numbers)).toBeLessThanOrEqual(484);
  const fills = shapeColours(scene, THEMES.light.palette);
  const land = landNode(paths, fills, THEMES.light.palette);
  const fillOf = (id: string) =>
    land.children
      .map((c) => (typeof c === 'string' ? null : c.attrs))
      .find((a) => a?.['data-shape-id'] === id)?.['fill'];
  expect(fillOf('AZE')).toBe(THEMES.light.palette.actorLand);
  expect(fillOf('TUR')).toBe(THEMES.light.palette.land);
});

it('skips only countries that draw nothing in view: every other path is the one the whole projection draws', async () => {
  const { geoPath } = await import('d3-geo');
  const { viewProjection } = await import('../../src/render/svg/camera.ts');
  const dataset = loadDataset('data/azerbaijan-israel-usa.json');
  const scene = buildScene(sceneBasis(dataset, places), INITIAL_VIEW);
  // A phone's map, a wide one, a world view across the antimeridian's neighbourhood and a zoom into the Caucasus.
  const cameras = [
    fitCamera(scene.frame, 378, 510, 36),
    fitCamera(scene.frame, 1000, 560, 36),
    { center: [170, 10] as [number, number], zoom: 1 },
    { center: [46, 41] as [number, number], zoom: 6 },
  ];
  for (const camera of cameras) {
    const view = svgView(camera, 600, 400);
    const all = geoPath(viewProjection(camera, 600, 400)).digits(1);
    const paths = countryPaths(world, view);
    for (const country of world.features) {
      const whole = all(country);
      const id = country.properties.id;
      if (paths.has(id)) expect(paths.get(id)).toBe(whole);
      else if (whole) {
        // Left out: its clipped outline lies in the clip's margin, outside the picture.
        const n = whole.match(/-?\d+(\.\d+)?/g)!.map(Number);
        const inside = n.some(
          (x, i) => i % 2 === 0 && x > -1 && x < 601 && n[i + 1]! > -1 && n[i + 1]! < 401,
        );
        expect(inside, `${id} left out but drawn in view at ${JSON.stringify(camera)}`).toBe(false);
      }
    }
  }
});

it('draws the borders as one stroke over the fills, and fills without anti-aliasing only where that line is a device pixel wide', () => {
  const dataset = loadDataset('tests/fixtures/valid-minimal.json');
  const scene = buildScene(sceneBasis(dataset, places), INITIAL_VIEW);
  const view = svgView(fitCamera(scene.frame, 480, 320, 36), 480, 320);
  const layers = basemapNodes(world, scene, view, THEMES.light.palette);
  expect(layers.map((n) => n.attrs['class'])).toEqual([
    'sea',
    'land',
    'borders',
    'actor-borders',
    'disputed',
  ]);
  // Static output (files, print) keeps anti-aliased fills.
  expect(layers[1]!.attrs['shape-rendering']).toBeUndefined();
  expect(
    landNode(countryPaths(world, view), new Map(), THEMES.light.palette, true).attrs[
      'shape-rendering'
    ],
  ).toBe('crispEdges');
  expect([1, 1.5, 1.75, 2, 3].map(crispLandAt)).toEqual([false, false, true, true, true]);
});

it('prepares the paths step by step, and a view prepared so is not projected again', () => {
  const dataset = loadDataset('data/azerbaijan-israel-usa.json');
  const scene = buildScene(sceneBasis(dataset, places), INITIAL_VIEW);
  const view = svgView(fitCamera(scene.frame, 378, 510, 36), 378, 510);
  const steps = countryPathSteps(world, view);
  let yields = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) yields++;
  expect(yields).toBeGreaterThan(10);
  expect(countryPaths(world, view)).toBe(step.value);
  expect(countryPaths(world, svgView(view.camera, 380, 510))).not.toBe(step.value);
});
