/**
 * The placement audit: does every mark sit on the thing it names? Measured on the geometry each
 * renderer draws, independently of how the scene and the label layout chose it:
 * - `html`: the element's map (MapLibre's camera framing, as fitCamera reproduces it, with the
 *   element's HTML labels laid out as label-positions.ts lays them out, sizes estimated);
 * - `svg`: the static SVG document's map (npm run render, the export), read from its element tree.
 * What lies under a point is found with d3-geo's geoContains on the base map's shapes, not with
 * the project's own land index, and the margin panels (the frame around the map) hide the land.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoBounds, geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { parseDataset } from '../../../src/data/index.ts';
import type { Bounds, Dataset, SceneStep } from '../../../src/data/types.ts';
import { places } from '../../../src/geo/places.ts';
import { countriesFromTopology } from '../../../src/geo/world-decode.ts';
import type { Countries } from '../../../src/geo/world.ts';
import { importSipri } from '../../../src/import/sipri/import-sipri.ts';
import { cueSize, CUE_BOX, CUE_CHEVRON } from '../../../src/render/edge-look.ts';
import { buildStyle } from '../../../src/render/maplibre/style.ts';
import { FRAME_PADDING } from '../../../src/render/renderer.ts';
import { THEMES } from '../../../src/render/themes.ts';
import {
  cameraScale,
  fitCamera,
  projectPoint,
  unprojectPoint,
} from '../../../src/render/svg/camera.ts';
import { estimateTextWidth } from '../../../src/render/svg/actors.ts';
import { staticSvg } from '../../../src/render/svg/static-svg.ts';
import type { SvgNode } from '../../../src/render/svg/tree.ts';
import { frameShapeFor, type PlaceIndex } from '../../../src/scene/anchors.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { sceneGeometry } from '../../../src/scene/scene-geometry.ts';
import { actorLabelBox, layoutLabels } from '../../../src/scene/label-layout.ts';
import {
  arrowHeadBoxes,
  edgeGuide,
  edgeLabelBox,
  layoutEdgeLabels,
} from '../../../src/scene/edge-label-layout.ts';
import { screenGround } from '../../../src/scene/leader-lines.ts';
import { landIndex } from '../../../src/scene/land.ts';
import type { LonLat, Scene } from '../../../src/scene/types.ts';
import { viewOfScene } from '../../../src/state/scene-view.ts';
import { INITIAL_VIEW, type SceneView } from '../../../src/state/view-state.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const world: Countries = countriesFromTopology(
  JSON.parse(readFileSync(`${root}geodata/world.topo.json`, 'utf8')) as Topology,
);
const shapes = world.features.map((f) => ({ id: f.properties.id, f, box: geoBounds(f) }));

/** The id of the base-map shape under a point (geoContains), or null for the sea. */
function shapeAt([lon, lat]: LonLat): string | null {
  for (const {
    id,
    f,
    box: [[w, s], [e, n]],
  } of shapes) {
    if (lat < s || lat > n || (w <= e && (lon < w || lon > e))) continue;
    if (geoContains(f, [lon, lat])) return id;
  }
  return null;
}

export interface View {
  name: string;
  /** The map's size in CSS px (what the element's map region measures at that screen). */
  width: number;
  height: number;
  /** Presenter mode: the last scene, labels at the projector's ~22 px type. */
  presenter?: boolean;
  /** A scene of the dataset by its index (a story's section); the presenter's is the last. */
  scene?: number;
}

/** The maps of a 1280 × 800 and a 1920 × 1080 desktop, the demo article's 736 px column, a 400 × 800 phone, and a presenter at 1920 × 1080. */
export const VIEWS: readonly View[] = [
  { name: '1280x800', width: 1248, height: 496 },
  { name: 'article', width: 736, height: 496 },
  { name: '1920x1080', width: 1888, height: 640 },
  { name: '400x800', width: 368, height: 498 },
  { name: 'presenter', width: 1872, height: 760, presenter: true },
];

export function loadFixture(name: string): Dataset {
  if (name === 'sipri') {
    const { dataset } = importSipri(
      readFileSync(`${root}tests/fixtures/sipri/trade-register.csv`, 'latin1'),
      { file: 'trade-register.csv' },
    );
    return parseDataset(dataset).dataset!;
  }
  const file = {
    shipped: 'data/azerbaijan-israel-usa.json',
    gaza: 'data/gaza-stabilisation-force.json',
    mixed: 'tests/fixtures/mixed-units.json',
  }[name]!;
  return parseDataset(readFileSync(`${root}${file}`, 'utf8')).dataset!;
}

export const FIXTURES = ['shipped', 'gaza', 'mixed', 'sipri'] as const;

type Box = { left: number; top: number; width: number; height: number };
type XY = { x: number; y: number };

/** What one renderer draws, in screen px of the map. */
export interface Drawn {
  scene: Scene;
  width: number;
  height: number;
  project(p: LonLat): XY;
  unproject(x: number, y: number): LonLat;
  labels: { id: string; box: Box; leader: boolean }[];
  figures: { edge: string; box: Box }[];
  arrows: { edge: string; at: XY; radius: number }[];
  /** The margin panels hide the land under them (opaque): a mark there lies on the frame. */
  marginsHide: boolean;
}

/** Opaque enough that the land under a panel cannot be seen. */
const HIDES = 0.95;

function viewOf(dataset: Dataset, view: View): { state: SceneView; step: SceneStep | undefined } {
  const step =
    view.scene !== undefined
      ? dataset.scenes[view.scene]
      : view.presenter
        ? dataset.scenes.at(-1)
        : undefined;
  return { state: step ? viewOfScene(dataset, step) : INITIAL_VIEW, step };
}

/** The chevron's half-width, as a share of the cue's size: arrowheads closer than two of these overlap. */
const CUE_HALF =
  (Math.max(...CUE_CHEVRON.map((p) => p[0])) - Math.min(...CUE_CHEVRON.map((p) => p[0]))) /
  2 /
  CUE_BOX;

function arrowsOf(scene: Scene, project: (p: LonLat) => XY): Drawn['arrows'] {
  return scene.edges.map((e) => ({
    edge: e.id,
    at: project(e.arrow.at),
    radius: cueSize(e.width) * CUE_HALF,
  }));
}

/** The element's map: fitCamera (MapLibre's framing), HTML labels as label-positions.ts places them. */
export function htmlDrawn(dataset: Dataset, view: View): Drawn {
  const { state, step } = viewOf(dataset, view);
  const index = places as unknown as PlaceIndex;
  const geometry = sceneGeometry(dataset, index, frameShapeFor(view.width, view.height));
  const camera = fitCamera(
    step?.camera ?? geometry.layout.frame,
    view.width,
    view.height,
    FRAME_PADDING,
  );
  // The element builds its scene for the camera it frames (view-store.ts).
  const scene = buildScene(
    sceneBasis(dataset, index, {}, geometry),
    state,
    view.width,
    undefined,
    cameraScale(camera),
  );
  const project = (p: LonLat) => projectPoint(camera, view.width, view.height, p);
  const unproject = (x: number, y: number) => unprojectPoint(camera, view.width, view.height, x, y);
  // The element's label type: 0.8 rem (12.8 px), 0.72 rem on a narrow map, the presenter's ~22 px.
  const type = view.presenter ? 22 : view.width <= 480 ? 11.52 : 12.8;
  const k = type / 12.8;
  const phone = view.width <= 480;
  const actors = scene.actors.filter((a) => {
    const { x, y } = project(a.anchor);
    return x >= -20 && y >= -20 && x <= view.width + 20 && y <= view.height + 20;
  });
  const boxes = actors.map((a) => {
    const km = a.distant && !phone ? ` ${a.distant.km.toLocaleString('en-US')} km away` : '';
    const width = Math.round(
      estimateTextWidth(a.name, type, true) +
        (a.distant ? type * 1.1 : 0) +
        estimateTextWidth(km, type, false) +
        12 * k,
    );
    return actorLabelBox(a, project(a.anchor), width, Math.round(24 * k));
  });
  const placed = layoutLabels(
    boxes,
    view.width,
    view.height,
    screenGround(scene.margins, unproject, landIndex(world)),
    arrowHeadBoxes(scene.edges, project, view.width, view.height),
  );
  const labels: Drawn['labels'] = [];
  const rects: Box[] = [];
  boxes.forEach((b, i) => {
    const p = placed[i]!;
    if (p.gaveWay) return;
    const box = { left: p.left, top: p.top, width: b.width, height: b.height };
    labels.push({ id: b.id, box, leader: p.leader !== undefined });
    rects.push(box);
  });
  const edgeType = 0.75 * 16 * k;
  const edgeBoxes = scene.edges.flatMap((e) => {
    const box = e.label
      ? edgeLabelBox(
          e,
          project,
          estimateTextWidth(e.label.text, edgeType, !e.tentative) + 8 * k,
          Math.round(edgeType * 1.2 + 4),
        )
      : null;
    return box ? [box] : [];
  });
  const edgePlaced = layoutEdgeLabels(
    edgeBoxes,
    rects,
    view.width,
    view.height,
    edgeGuide(scene.edges, project) ?? undefined,
  );
  const figures: Drawn['figures'] = [];
  for (const box of edgeBoxes) {
    const p = edgePlaced.get(box.id);
    if (p)
      figures.push({
        edge: box.id,
        box: { left: p.left, top: p.top, width: box.width, height: box.height },
      });
  }
  // The WebGL style's margin panel, as the element's map draws it.
  const margins = buildStyle(world, THEMES.light.palette).layers.find(
    (l) => l.id === 'margins',
  ) as { paint: { 'fill-opacity': number } };
  return {
    scene,
    width: view.width,
    height: view.height,
    project,
    unproject,
    labels,
    figures,
    arrows: arrowsOf(scene, project),
    marginsHide: margins.paint['fill-opacity'] >= HIDES,
  };
}

function find(node: SvgNode, test: (n: SvgNode) => boolean, out: SvgNode[] = []): SvgNode[] {
  if (test(node)) out.push(node);
  for (const child of node.children) if (typeof child !== 'string') find(child, test, out);
  return out;
}
const rectOf = (n: SvgNode): Box => ({
  left: Number(n.attrs['x']),
  top: Number(n.attrs['y']),
  width: Number(n.attrs['width']),
  height: Number(n.attrs['height']),
});

/** The static SVG's map (npm run render at the view's size), read from the document's tree. */
export function svgDrawn(dataset: Dataset, view: View): Drawn {
  const { state, step } = viewOf(dataset, view);
  const out = staticSvg({
    dataset,
    countries: world,
    view: state,
    step,
    width: view.width,
    height: view.height + 260,
    theme: 'light',
  }) as ReturnType<typeof staticSvg> & { node?: SvgNode };
  const map = find(out.node!, (n) => n.tag === 'svg' && n.attrs['class'] === 'map')[0]!;
  const width = Number(map.attrs['width']),
    height = Number(map.attrs['height']);
  const camera = fitCamera(step?.camera ?? out.scene.frame, width, height, FRAME_PADDING);
  const project = (p: LonLat) => projectPoint(camera, width, height, p);
  const leaders = new Set(
    find(map, (n) => n.tag === 'line' && n.attrs['data-leader-for'] !== undefined).map((n) =>
      String(n.attrs['data-leader-for']),
    ),
  );
  const labels = find(map, (n) => n.tag === 'g' && n.attrs['data-label-for'] !== undefined).map(
    (g) => {
      const id = String(g.attrs['data-label-for']);
      return {
        id,
        box: rectOf(
          g.children.find((c): c is SvgNode => typeof c !== 'string' && c.tag === 'rect')!,
        ),
        leader: leaders.has(id),
      };
    },
  );
  const figures = find(
    map,
    (n) => n.tag === 'g' && n.attrs['data-edge-label-for'] !== undefined,
  ).map((g) => ({
    edge: String(g.attrs['data-edge-label-for']),
    box: rectOf(g.children.find((c): c is SvgNode => typeof c !== 'string' && c.tag === 'rect')!),
  }));
  const panel = find(map, (n) => n.tag === 'g' && n.attrs['class'] === 'margins')[0];
  const marginsHide = Number(panel?.attrs['fill-opacity'] ?? 1) >= HIDES;
  return {
    scene: out.scene,
    width,
    height,
    project,
    unproject: (x, y) => unprojectPoint(camera, width, height, x, y),
    labels,
    figures,
    arrows: arrowsOf(out.scene, project),
    marginsHide,
  };
}

/** What a reader sees under a screen point: 'frame' on a margin panel, off the map, else the shape's id or null (sea). */
function under(d: Drawn, x: number, y: number): string | null | 'frame' {
  if (x < 0 || y < 0 || x > d.width || y > d.height) return 'frame';
  const p = d.unproject(x, y);
  if (
    d.marginsHide &&
    d.scene.margins.some(
      ({ bounds: [[w, s], [e, n]] }: { bounds: Bounds }) =>
        p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n,
    )
  )
    return 'frame';
  return shapeAt(p);
}

function distanceToBox(p: XY, b: Box): number {
  const dx = Math.max(b.left - p.x, 0, p.x - (b.left + b.width));
  const dy = Math.max(b.top - p.y, 0, p.y - (b.top + b.height));
  return Math.hypot(dx, dy);
}

function distanceToPath(p: XY, path: readonly XY[]): number {
  let best = Infinity;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!,
      b = path[i]!;
    const dx = b.x - a.x,
      dy = b.y - a.y;
    const t = Math.max(
      0,
      Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)),
    );
    best = Math.min(best, Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
  }
  return best;
}

/** A label this far from its anchor (px) is displaced: it needs a leader line. */
export const DISPLACED = 20;

/** A hub's label lies at most this far from its anchor (px): a reader follows the leader to it. */
export const HUB_LEADER_MAX = 100;
/** The actors with the most ties on the map are its hubs (and the focused one): each keeps its label. */
const HUBS = 3;

/**
 * An arrowhead's tip lies at most this far from its recipient's marker edge (px): 28 px by a lone
 * actor, plus the 62 px a crowded hub's slots may need (fifteen arrowheads about 20 px across round
 * Armenia and Azerbaijan need a ring of about 48 px, and a neighbouring ring may push one further
 * out along its spoke). Half of a map's arrowheads lie within ARRIVAL_MEDIAN_GAP.
 */
export const ARRIVAL_MAX_GAP = 90;
export const ARRIVAL_MEDIAN_GAP = 60;
/** A map whose default frame is wider than this (degrees) shows the world: a register, whose crowded rings the arrival check leaves out. */
const WORLD_WIDE = 120;

/** Every placement rule a mark breaks, as "RULE: what, where" lines. */
export function audit(d: Drawn): string[] {
  const found: string[] = [];
  // Arrowheads end by their recipients, so a reader can tell which actor each points at.
  const [[west], [east]] = d.scene.frame;
  if (east - west <= WORLD_WIDE) {
    const gaps = arrivalGaps(d);
    for (const { edge, to, gap } of gaps)
      if (gap > ARRIVAL_MAX_GAP)
        found.push(`arrowhead far from its recipient: ${edge} ${Math.round(gap)} px from ${to}`);
    const sorted = gaps.map((g) => g.gap).sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1] ?? 0;
    if (median > ARRIVAL_MEDIAN_GAP)
      found.push(`arrowheads far from their recipients: median ${Math.round(median)} px`);
  }
  // A marked area's note names its ring: an area under a panel has no ring to be seen.
  for (const note of d.scene.annotations ?? []) {
    if (note.note !== 'border') continue;
    const at = d.project(note.anchor);
    if (under(d, at.x, at.y) === 'frame')
      found.push(`note of a hidden area: ${note.id} under a panel or off the map`);
  }
  const actors = new Map(d.scene.actors.map((a) => [a.id, a]));
  // The actors a reader looks for first (the hubs, the focused actor) are labelled, close to their anchor.
  const inView = (p: XY) => p.x >= 0 && p.y >= 0 && p.x <= d.width && p.y <= d.height;
  const onMap = d.scene.actors.filter((a) => !a.distant && inView(d.project(a.anchor)));
  const hubs = [...onMap]
    .sort((a, b) => b.tieCount - a.tieCount)
    .slice(0, HUBS)
    .filter((a) => a.tieCount > 2);
  for (const a of new Set([...hubs, ...onMap.filter((x) => x.emphasis === 'focus')])) {
    const label = d.labels.find((l) => l.id === a.id);
    const away = label ? distanceToBox(d.project(a.anchor), label.box) : Infinity;
    if (!label) found.push(`hub without a label: ${a.id}`);
    else if (away > HUB_LEADER_MAX)
      found.push(`hub label far from its actor: ${a.id} ${Math.round(away)} px away`);
  }
  // Markers, tabs and the anchors edges meet at: on their own shape, their own point, or the frame.
  for (const a of d.scene.actors) {
    const at = d.project(a.anchor);
    if (at.x < 0 || at.y < 0 || at.x > d.width || at.y > d.height) continue;
    const ground = under(d, at.x, at.y);
    if (a.distant && ground !== 'frame')
      found.push(`tab off the frame: ${a.id} on ${ground ?? 'sea'}`);
    if (!a.distant && a.hasShape && ground !== a.id && ground !== null)
      found.push(`marker on another's land: ${a.id} on ${ground}`);
  }
  // Actor labels: on their own land, the sea or the frame, else joined by a leader; displaced ones joined.
  for (const { id, box, leader } of d.labels) {
    const actor = actors.get(id)!;
    const anchor = d.project(actor.anchor);
    const away = distanceToBox(anchor, box);
    if (away > DISPLACED && !leader)
      found.push(`displaced label without a leader: ${id} ${Math.round(away)} px away`);
    if (leader) continue;
    // Its pin's own label, beside the pin, names the pin; a shape's label must lie on its shape or the sea.
    const inset = 3;
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.left + box.width - inset, box.top + inset],
      [box.left + inset, box.top + box.height - inset],
      [box.left + box.width - inset, box.top + box.height - inset],
    ] as const;
    if (!actor.hasShape) continue;
    const foreign = new Set(
      points.map(([x, y]) => under(d, x, y)).filter((g) => g !== null && g !== 'frame' && g !== id),
    );
    if (foreign.size > 0)
      found.push(`label on another's land: ${id} on ${[...foreign].sort().join(' ')}`);
  }
  // Figure labels: nearer their own edge than any other.
  const paths = new Map(d.scene.edges.map((e) => [e.id, e.path.map(d.project)]));
  for (const { edge, box } of d.figures) {
    const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    const own = distanceToPath(centre, paths.get(edge)!);
    let nearest = edge,
      best = own;
    for (const [id, path] of paths) {
      if (id === edge) continue;
      const dist = distanceToPath(centre, path);
      if (dist < best - 1) {
        best = dist;
        nearest = id;
      }
    }
    if (nearest !== edge)
      found.push(
        `figure nearer another edge: ${edge} (${Math.round(own)} px) by ${nearest} (${Math.round(best)} px)`,
      );
  }
  // Arrowheads: none over another, none over an actor label.
  const arrows = d.arrows.filter(
    ({ at }) => at.x >= 0 && at.y >= 0 && at.x <= d.width && at.y <= d.height,
  );
  for (let i = 0; i < arrows.length; i++) {
    const a = arrows[i]!;
    for (let j = i + 1; j < arrows.length; j++) {
      const b = arrows[j]!;
      if (Math.hypot(a.at.x - b.at.x, a.at.y - b.at.y) < a.radius + b.radius)
        found.push(`arrowheads overlap: ${a.edge} and ${b.edge}`);
    }
    for (const { id, box } of d.labels) {
      if (distanceToBox(a.at, box) < a.radius * 0.75)
        found.push(`arrowhead over a label: ${a.edge} over ${id}`);
    }
  }
  return found;
}

/** The shipped map's hubs: the actors most edges arrive at (the Caucasus pair, and Israel, Gaza, Syria and the stabilisation force). */
export const SHIPPED_HUBS = ['AZE', 'ARM', 'ISR', 'PS-GZA', 'SYR', 'ISF'] as const;

/**
 * Each of `ids` whose label is missing or lies further than `max` px from its anchor (the leader a
 * reader follows from the label to its marker), as "what, where" lines.
 */
export function hubLabelsFar(d: Drawn, ids: readonly string[], max: number): string[] {
  const found: string[] = [];
  for (const id of ids) {
    const actor = d.scene.actors.find((a) => a.id === id);
    if (!actor) continue;
    const label = d.labels.find((l) => l.id === id);
    if (!label) {
      found.push(`hub without a label: ${id}`);
      continue;
    }
    const away = distanceToBox(d.project(actor.anchor), label.box);
    if (away > max) found.push(`hub label ${Math.round(away)} px from its marker: ${id}`);
  }
  return found;
}

/** A marker's outer radius on screen (px): a point actor's circle and ring, a tab's, a register's total circle; a country's anchor is a point. */
function markerRadius(actor: Scene['actors'][number]): number {
  if (actor.total && actor.total.radius > 0) return actor.total.radius;
  if (actor.distant) return 4 + 2;
  return actor.hasShape ? 0 : 6 + 2;
}

/** How far ahead of the cue's centre its chevron's tip lies, as a share of the cue's size. */
const CUE_TIP = (CUE_BOX / 2 - Math.min(...CUE_CHEVRON.map((p) => p[1]))) / CUE_BOX;

/**
 * Each label of a dimmed actor (context in a focused view or a scene) further than `max` px from
 * its anchor, as "what, where" lines.
 */
export function contextLabelsFar(d: Drawn, max: number): string[] {
  const found: string[] = [];
  for (const label of d.labels) {
    const actor = d.scene.actors.find((a) => a.id === label.id);
    if (actor?.emphasis !== 'dim') continue;
    const away = distanceToBox(d.project(actor.anchor), label.box);
    if (away > max) found.push(`context label ${Math.round(away)} px from its marker: ${label.id}`);
  }
  return found;
}

/** Each drawn arrowhead's tip and its distance (px) to its recipient's marker edge. */
export function arrivalGaps(d: Drawn): { edge: string; to: string; gap: number }[] {
  const actors = new Map(d.scene.actors.map((a) => [a.id, a]));
  const out: { edge: string; to: string; gap: number }[] = [];
  for (const e of d.scene.edges) {
    const to = actors.get(e.to);
    if (!to) continue;
    const at = d.project(e.arrow.at);
    if (at.x < 0 || at.y < 0 || at.x > d.width || at.y > d.height) continue;
    const b = (e.arrow.bearing * Math.PI) / 180;
    const ahead = cueSize(e.width) * CUE_TIP;
    const tip = { x: at.x + Math.sin(b) * ahead, y: at.y - Math.cos(b) * ahead };
    const anchor = d.project(to.anchor);
    out.push({
      edge: e.id,
      to: e.to,
      gap: Math.max(0, Math.hypot(tip.x - anchor.x, tip.y - anchor.y) - markerRadius(to)),
    });
  }
  return out;
}
