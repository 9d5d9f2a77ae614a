/**
 * The scene geometry of each dataset the element shows (anchors, edge ids, bend slots, curves:
 * scene/build-scene.ts), kept per dataset. A large dataset's geometry is computed before it is
 * shown, in slices that give the event loop a turn every SLICE_MS (on a large register most of it
 * is resampling curves), and so is a fetched one's of any size, in a task after its parse (no
 * start-up task much past 50 ms); a `data` object's at once, when
 * first asked for.
 */
import type { Dataset } from '../../data/types.ts';
import { places } from '../../geo/places.ts';
import type { FrameShape } from '../../scene/anchors.ts';
import { CLEARANCE_MAX_EDGES } from '../../scene/bends.ts';
import {
  sceneGeometry,
  sceneGeometrySteps,
  type SceneGeometry,
} from '../../scene/scene-geometry.ts';
import { timelineStopsOf } from '../../state/timeline-stops.ts';
import { runInSlices, yieldToMain } from './yield-to-main.ts';

/** From this many ties the geometry is prepared in slices before the dataset shows. */
export const SLICED_MIN_TIES = 5000;

const geometries = new WeakMap<Dataset, SceneGeometry>();
const tallGeometries = new WeakMap<Dataset, SceneGeometry>();

const store = (shape: FrameShape) => (shape === 'wide' ? geometries : tallGeometries);

/** The dataset's geometry for a map of the given shape (scene/anchors.ts): prepared, or computed now. */
export function geometryOf(dataset: Dataset, shape: FrameShape = 'wide'): SceneGeometry {
  const prepared = store(shape).get(dataset);
  if (prepared) return prepared;
  let geometry = geometries.get(dataset);
  if (!geometry) geometries.set(dataset, (geometry = sceneGeometry(dataset, places)));
  if (shape === 'wide') return geometry;
  // Without far actors and past the bend search's size, the tall layout is the wide one: a large
  // world-wide dataset is not computed twice on a phone.
  const tall =
    geometry.layout.margins.length === 0 && geometry.groups.length > CLEARANCE_MAX_EDGES
      ? geometry
      : sceneGeometry(dataset, places, 'tall');
  tallGeometries.set(dataset, tall);
  return tall;
}

/**
 * Whether the dataset's geometry is still to be prepared before it shows: a large one always; any
 * one from `minTies` (0 for a fetched body, whose parse and validation just took a task of its own).
 * Either shape prepared counts (the other, should the map turn, is computed when asked for).
 */
export function needsPreparing(dataset: Dataset, minTies = SLICED_MIN_TIES): boolean {
  return dataset.ties.length >= minTies && !geometries.has(dataset) && !tallGeometries.has(dataset);
}

/**
 * Computes the geometry in slices, for the map's shape as `shape()` says once the parse's task is
 * over (a phone's map is tall: preparing the wide layout there had the first resize compute the
 * tall one at once, in one long task, and draw the picture twice); false when `stale()` turned
 * true first (nothing is kept then).
 */
export async function prepareGeometry(
  dataset: Dataset,
  stale: () => boolean,
  shape: () => FrameShape | Promise<FrameShape> = () => 'wide',
): Promise<boolean> {
  // Not in the task that parsed and validated the dataset.
  await yieldToMain();
  if (stale()) return false;
  const mapShape = await shape();
  // Not in the frame whose resize report gave the shape either.
  await yieldToMain();
  if (stale()) return false;
  const kept = store(mapShape);
  const prepared = await runInSlices(sceneGeometrySteps(dataset, places, mapShape), stale);
  if (!prepared) return false;
  timelineStopsOf(dataset); // kept per dataset, so the first render does not pay for it
  // The frame renders in a task of its own, not after the last slice.
  await yieldToMain();
  if (stale()) return false;
  kept.set(dataset, prepared.value);
  return true;
}
