/**
 * Which edges reach into the map's view: the test the figure-label cap (parts/edge-labels.ts)
 * applies to each labelled edge, made once per view from the renderer's camera.
 */
import type { Renderer } from '../../render/renderer.ts';
import type { EdgeInView } from '../parts/edge-labels.ts';

/** How far outside the view (CSS px) an edge may lie and still get a figure label rendered: about a label's width. */
const LABEL_VIEW_MARGIN = 80;

/** Whether an edge's curve hull lies within a label's width of the `width` × `height` view. */
export function viewTestFor(renderer: Renderer, width: number, height: number): EdgeInView {
  const m = LABEL_VIEW_MARGIN;
  // North up and flat, the hull test is the same in longitude and latitude, without projecting
  // 27,000 points at 10,000 ties (6 ms of every click there).
  const bounds = renderer.viewBounds(m);
  if (bounds) {
    const [[west, south], [east, north]] = bounds;
    return (edge) => {
      const a = edge.path[0]!,
        b = edge.control,
        c = edge.path[edge.path.length - 1]!;
      return (
        Math.max(a[0], b[0], c[0]) >= west &&
        Math.min(a[0], b[0], c[0]) <= east &&
        Math.max(a[1], b[1], c[1]) >= south &&
        Math.min(a[1], b[1], c[1]) <= north
      );
    };
  }
  return (edge) => {
    const a = renderer.project(edge.path[0]!),
      b = renderer.project(edge.control),
      c = renderer.project(edge.path[edge.path.length - 1]!);
    return (
      Math.max(a.x, b.x, c.x) >= -m &&
      Math.min(a.x, b.x, c.x) <= width + m &&
      Math.max(a.y, b.y, c.y) >= -m &&
      Math.min(a.y, b.y, c.y) <= height + m
    );
  };
}
