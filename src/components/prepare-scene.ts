/**
 * The scene geometry of each dataset the element shows (anchors, edge ids, bend slots, curves:
 * scene/build-scene.ts), kept per dataset. A large dataset's geometry is computed before it is
 * shown, in slices that give the event loop a turn every SLICE_MS (at 60,000 ties the whole is
 * 0.3–1 s, most of it resampling 43,000 curves); a small one's at once, when first asked for.
 */
import type { Dataset } from '../data/types.ts';
import { places } from '../geo/places.ts';
import type { FrameShape } from '../scene/anchors.ts';
import { CLEARANCE_MAX_EDGES } from '../scene/bends.ts';
import { sceneGeometry, sceneGeometrySteps, type SceneGeometry } from '../scene/build-scene.ts';
import { timelineStopsOf } from '../state/timeline-stops.ts';

/** From this many ties the geometry is prepared in slices before the dataset shows. */
export const SLICED_MIN_TIES = 5000;
/** Work between two turns of the event loop: well under a frame's budget of 50 ms. */
const SLICE_MS = 12;

const geometries = new WeakMap<Dataset, SceneGeometry>();
const tallGeometries = new WeakMap<Dataset, SceneGeometry>();

/** The dataset's geometry for a map of the given shape (scene/anchors.ts): prepared, or computed now. */
export function geometryOf(dataset: Dataset, shape: FrameShape = 'wide'): SceneGeometry {
  let geometry = geometries.get(dataset);
  if (!geometry) geometries.set(dataset, (geometry = sceneGeometry(dataset, places)));
  if (shape === 'wide') return geometry;
  let tall = tallGeometries.get(dataset);
  // Without far actors and past the bend search's size, the tall layout is the wide one: a large
  // world-wide dataset is not computed twice on a phone.
  if (!tall) tall = geometry.layout.margins.length === 0 && geometry.groups.length > CLEARANCE_MAX_EDGES ? geometry : sceneGeometry(dataset, places, 'tall');
  tallGeometries.set(dataset, tall);
  return tall;
}

/** A turn of the event loop without setTimeout's 4 ms clamp on nested timers. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Whether the dataset is large enough to be prepared in slices before it shows. */
export function needsPreparing(dataset: Dataset): boolean {
  return dataset.ties.length >= SLICED_MIN_TIES && !geometries.has(dataset);
}

/** Computes the geometry in slices; false when `stale()` turned true first (nothing is kept then). */
export async function prepareGeometry(dataset: Dataset, stale: () => boolean): Promise<boolean> {
  const steps = sceneGeometrySteps(dataset, places);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      geometries.set(dataset, step.value);
      timelineStopsOf(dataset); // kept per dataset, so the first render does not pay for it
      return true;
    }
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      if (stale()) return false;
      sliceStart = performance.now();
    }
  }
}
