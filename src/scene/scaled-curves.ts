/**
 * The curves for a map drawn at a given scale: arrival rings sized in pixels for it, kept per
 * scale step.
 */
import { ARRIVAL_VIEWS } from './obstacles.ts';
import { arrivalCurveSteps } from './edges.ts';
import type { Curve } from './edge-curves.ts';
import { runSteps } from './edge-groups.ts';
import { toMercator } from './mercator.ts';
import { ringLabels, type SceneGeometry, WORLD_WIDE } from './scene-geometry.ts';

/** Arrival rings are placed again for a map's scale in steps of this ratio: a pan or a small zoom keeps them. */
export const SCALE_STEP = 1.25;

/** The curves placed for each scale step, per dataset geometry (keyed by its base curves, which every basis of it shares). */
const scaledCurves = new WeakMap<Map<string, Curve>, Map<number, Map<string, Curve>>>();

/**
 * The curves for a map drawn at `scale` CSS px per Mercator degree: the arrival rings sized in
 * pixels for it (rounded down to a SCALE_STEP), so an arrowhead ends by its recipient's marker on
 * a desktop or a projector as on a phone. Smaller maps, and a register, keep the geometry's curves.
 */
export function curvesAt(geometry: SceneGeometry, scale: number | undefined): Map<string, Curve> {
  const { fanned, arrivalScale, curves } = geometry;
  if (!fanned || scale === undefined || !(scale > 0) || !(arrivalScale > 0)) return curves;
  const step = Math.floor(Math.log(scale / arrivalScale) / Math.log(SCALE_STEP) + 1e-9);
  if (step <= 0) return curves;
  let kept = scaledCurves.get(curves);
  if (!kept) scaledCurves.set(curves, (kept = new Map<number, Map<string, Curve>>()));
  const cached = kept.get(step);
  if (cached) return cached;
  // The smallest map's shape grown to this scale: its labels keep their px size, so they cover less of the ring.
  const k = SCALE_STEP ** step;
  const base = ARRIVAL_VIEWS[geometry.shape];
  const view = {
    width: 2 * base.padding + (base.width - 2 * base.padding) * k,
    height: 2 * base.padding + (base.height - 2 * base.padding) * k,
    padding: base.padding,
  };
  const [x0] = toMercator(geometry.layout.frame[0]);
  const [x1] = toMercator(geometry.layout.frame[1]);
  const made = runSteps(
    arrivalCurveSteps(fanned, arrivalScale * k, ringLabels(geometry, view), x1 - x0 > WORLD_WIDE),
  );
  kept.set(step, made);
  return made;
}
