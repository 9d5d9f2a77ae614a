/**
 * The base map as SVG: sea, land (actors' shapes and the focused one in their own colours),
 * borders, a stronger border round actors' shapes, and the marking of disputed and occupied
 * areas (edge-look.ts's DISPUTED_MARK), as render/maplibre/style.ts draws them.
 * Each country is one `<path data-shape-id>`, so a click on land names the country.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import type { Countries } from '../../geo/world.ts';
import { runSteps } from '../../scene/edge-groups.ts';
import type { Scene } from '../../scene/types.ts';
import { DISPUTED_MARK } from '../edge-look.ts';
import type { MapPalette } from '../renderer.ts';
import { num } from './escape.ts';
import { viewProjection } from './camera.ts';
import { el, type SvgNode } from './tree.ts';
import type { SvgView } from './view.ts';

export const BORDER_WIDTH = 0.6;
export const ACTOR_BORDER_WIDTH = 1.1;

/** Land colour per shape id, as MapLibre's feature states set it (see setCountryStates there). */
export function shapeColours(scene: Scene, palette: MapPalette): Map<string, string> {
  const colours = new Map<string, string>();
  for (const actor of scene.actors) {
    if (!actor.hasShape) continue;
    if (actor.emphasis === 'focus') colours.set(actor.id, palette.focusLand);
    else if (!actor.distant) colours.set(actor.id, palette.actorLand);
  }
  return colours;
}

/** Shapes whose border is drawn strong: the actors drawn where they are (not the distant ones). */
export function actorShapeIds(scene: Scene): Set<string> {
  return new Set(scene.actors.filter((a) => a.hasShape && !a.distant).map((a) => a.id));
}

/** Each feature's [west, south, east, north], from its raw coordinates (one crossing the antimeridian spans the world). */
const boxes = new WeakMap<object, [number, number, number, number]>();

function boxOf(country: Countries['features'][number]): [number, number, number, number] {
  let box = boxes.get(country);
  if (box) return box;
  box = [Infinity, Infinity, -Infinity, -Infinity];
  const rings: Position[][] =
    country.geometry.type === 'Polygon'
      ? country.geometry.coordinates
      : country.geometry.coordinates.flat();
  for (const ring of rings)
    for (const [lon = 0, lat = 0] of ring) {
      if (lon < box[0]) box[0] = lon;
      if (lat < box[1]) box[1] = lat;
      if (lon > box[2]) box[2] = lon;
      if (lat > box[3]) box[3] = lat;
    }
  boxes.set(country, box);
  return box;
}

/** Whether a lon/lat box may show in the projection's view (Mercator keeps west-east and north-south order). */
function mayShow(
  box: [number, number, number, number],
  projection: GeoProjection,
  width: number,
  height: number,
): boolean {
  const nw = projection([box[0], Math.min(box[3], 85)]);
  const se = projection([box[2], Math.max(box[1], -85)]);
  if (!nw || !se || ![...nw, ...se].every(Number.isFinite)) return true;
  return nw[0] <= width + 1 && se[0] >= -1 && nw[1] <= height + 1 && se[1] >= -1;
}

/** Countries handled between two yields of countryPathSteps. */
const COUNTRIES_PER_STEP = 16;
/** The last few views' paths, so paths prepared in slices (mount-renderer.ts) are not computed again. */
const recent: { countries: Countries; key: string; paths: Map<string, string> }[] = [];
const RECENT_VIEWS = 4;

/**
 * Each country's path in the view (countries wholly outside it have none), as a generator that
 * yields every few countries, so a caller may give the event loop a turn (the base map was most
 * of the picture's one long build task). A country whose box lies outside the view is not streamed
 * through the projection and its clip at all: on an article's map of the region that is half the
 * world's 242 shapes and half the time. The map returned is shared: not to be changed.
 */
export function* countryPathSteps(
  countries: Countries,
  view: SvgView,
): Generator<void, ReadonlyMap<string, string>, void> {
  const key = JSON.stringify([view.camera, view.width, view.height]);
  const known = recent.find((r) => r.countries === countries && r.key === key);
  if (known) return known.paths;
  const projection = viewProjection(view.camera, view.width, view.height);
  const path = geoPath(projection).digits(1);
  const paths = new Map<string, string>();
  let n = 0;
  for (const country of countries.features) {
    if (++n % COUNTRIES_PER_STEP === 0) yield;
    if (!mayShow(boxOf(country), projection, view.width, view.height)) continue;
    const d = path(country);
    if (d) paths.set(country.properties.id, d);
  }
  recent.unshift({ countries, key, paths });
  recent.length = Math.min(recent.length, RECENT_VIEWS);
  return paths;
}

/** countryPathSteps at once. */
export function countryPaths(countries: Countries, view: SvgView): ReadonlyMap<string, string> {
  return runSteps(countryPathSteps(countries, view));
}

export function seaNode(view: SvgView, palette: MapPalette): SvgNode {
  return el('rect', { class: 'sea', width: view.width, height: view.height, fill: palette.sea });
}

/**
 * Where a border line is at least this wide in device pixels, it covers the stair-steps of a
 * fill drawn without anti-aliasing (each edge pixel in or out), and the land is drawn so.
 */
const BORDER_COVERS_DEVICE_PX = 1;

/**
 * Whether the land fills may skip anti-aliasing at this device pixel ratio (a phone's 1.75 and
 * up: the 0.6 px border line drawn over every fill edge is a device pixel wide or more). An
 * anti-aliased fill of the region's shapes is most of what rastering the picture costs (on a
 * phone-sized article map under SwiftShader: about 280 of 330 ms; without it, 20 ms), and the
 * compositor of the tab's previous page, torn down about 1 s into the load, waits for that raster.
 */
export function crispLandAt(devicePixelRatio: number): boolean {
  return BORDER_WIDTH * devicePixelRatio >= BORDER_COVERS_DEVICE_PX;
}

/** The countries' fills (no stroke: the borders are their own layer, over every fill, as in MapLibre's style). */
export function landNode(
  paths: ReadonlyMap<string, string>,
  fills: ReadonlyMap<string, string>,
  palette: MapPalette,
  crisp = false,
): SvgNode {
  const land = [...paths].map(([id, d]) =>
    el('path', { 'data-shape-id': id, fill: fills.get(id) ?? palette.land, d }),
  );
  return el(
    'g',
    crisp ? { class: 'land', 'shape-rendering': 'crispEdges' } : { class: 'land' },
    land,
  );
}

/** Every country's outline as one stroke (MapLibre's 'borders' line layer), over all the fills. */
export function bordersNode(paths: ReadonlyMap<string, string>, palette: MapPalette): SvgNode {
  return el('path', {
    class: 'borders',
    'pointer-events': 'none',
    fill: 'none',
    stroke: palette.border,
    'stroke-width': BORDER_WIDTH,
    'stroke-linejoin': 'round',
    d: [...paths.values()].join('') || 'M0 0',
  });
}

export function actorBordersNode(
  paths: ReadonlyMap<string, string>,
  scene: Scene,
  palette: MapPalette,
): SvgNode {
  const d = [...actorShapeIds(scene)].map((id) => paths.get(id) ?? '').join('');
  return el('path', {
    class: 'actor-borders',
    'pointer-events': 'none',
    fill: 'none',
    stroke: palette.actorBorder,
    'stroke-width': ACTOR_BORDER_WIDTH,
    'stroke-linejoin': 'round',
    d: d || 'M0 0',
  });
}

const HATCH_ID = 'ties-disputed-hatch';

/** One tile of the hatch: a diagonal from bottom left to top right, continued across the tile's corners (as MapLibre's pattern image). */
function hatchPattern(palette: MapPalette): SvgNode {
  const n = DISPUTED_MARK.hatch;
  return el('pattern', { id: HATCH_ID, patternUnits: 'userSpaceOnUse', width: n, height: n }, [
    el('path', {
      d: `M0 ${n}L${n} 0M-1 1L1 -1M${n - 1} ${n + 1}L${n + 1} ${n - 1}`,
      stroke: palette.actorBorder,
      'stroke-width': 1,
      'stroke-opacity': DISPUTED_MARK.hatchOpacity,
    }),
  ]);
}

/** The view's disputed and occupied areas: each area hatched and outlined in short dashes, a tinted ring where the area has no shape of its own. */
export function marksNode(countries: Countries, view: SvgView, palette: MapPalette): SvgNode {
  const path = geoPath(viewProjection(view.camera, view.width, view.height)).digits(1);
  const areas = countries.marks.areas.features.flatMap((area) => {
    const d = path(area);
    return d
      ? [
          el('path', {
            'data-area': area.properties.id,
            fill: `url(#${HATCH_ID})`,
            'stroke-dasharray': DISPUTED_MARK.dash.join(' '),
            d,
          }),
        ]
      : [];
  });
  const rings = countries.marks.notes.map(({ id, at }) => {
    const { x, y } = view.project(at);
    return el('circle', {
      'data-area': id,
      cx: num(x),
      cy: num(y),
      r: DISPUTED_MARK.ringRadius,
      fill: palette.actorBorder,
      'fill-opacity': DISPUTED_MARK.ringFillOpacity,
    });
  });
  return el(
    'g',
    {
      class: 'disputed',
      'pointer-events': 'none',
      fill: 'none',
      stroke: palette.actorBorder,
      'stroke-width': DISPUTED_MARK.width,
    },
    [hatchPattern(palette), ...areas, ...rings],
  );
}

export function basemapNodes(
  countries: Countries,
  scene: Scene,
  view: SvgView,
  palette: MapPalette,
): SvgNode[] {
  const paths = countryPaths(countries, view);
  return [
    seaNode(view, palette),
    landNode(paths, shapeColours(scene, palette), palette),
    bordersNode(paths, palette),
    actorBordersNode(paths, scene, palette),
    marksNode(countries, view, palette),
  ];
}
