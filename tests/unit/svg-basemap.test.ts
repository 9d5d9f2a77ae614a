/** The SVG base map over the full shipped geodata: countries in view, clipped, coloured as actors. */
import { expect, it } from 'vitest';
import { countryPaths, landNode, shapeColours } from '../../src/render/svg/basemap.ts';
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
  const numbers = [...paths.values()].join(' ').match(/-?\d+(\.\d+)?/g)!.map(Number);
  expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-4);
  expect(Math.max(...numbers)).toBeLessThanOrEqual(484);
  const fills = shapeColours(scene, THEMES.light.palette);
  const land = landNode(paths, fills, THEMES.light.palette);
  const fillOf = (id: string) => land.children.map((c) => (typeof c === 'string' ? null : c.attrs)).find((a) => a?.['data-shape-id'] === id)?.['fill'];
  expect(fillOf('AZE')).toBe(THEMES.light.palette.actorLand);
  expect(fillOf('TUR')).toBe(THEMES.light.palette.land);
});
