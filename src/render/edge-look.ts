/**
 * How an edge looks, decided once for every renderer, the legend and the slide export (DESIGN.md:
 * "no renderer re-derives it"). Pure: a SceneEdge in, numbers and words out, all in CSS pixels.
 *
 * The rules, as the WebGL edge layer (render/maplibre/gpu-edges/) and the slide export draw them:
 * 1. Kind. An edge with no figure in any of its ties is *dashed*; an edge with an adversarial tie
 *    (stance `adversarial` or `mixed`) is *hollow*: two thin rails either side of a gap, so stance
 *    reads without colour. A hollow edge without a figure keeps its rails dashed. A cooperative
 *    edge whose ties are all `planned` or `potential` is *dotted* and lighter (TENTATIVE_OPACITY),
 *    so status reads without colour; a tentative hollow edge keeps its rails dotted.
 * 2. Width. The scene's width (figures alone, see scene/widths.ts) is the stroke of a solid or
 *    dashed edge. A hollow edge's rails are HOLLOW_RAIL px (HOLLOW_RAIL_UNQUANTIFIED when dashed)
 *    around a gap of width − 2 px (at least 2 px; 2.5 px when dashed).
 * 3. Dash. DASH_PATTERN is in stroke widths (as MapLibre's `line-dasharray`): 4 on, 3 off;
 *    DOT_PATTERN (tentative edges) 1 on, 1.6 off, drawn with round caps.
 * 4. Halo. Every edge has a halo in the palette's halo colour, HALO_EXTRA px wider than the edge,
 *    round-capped, under all edges so crossings and dark borders do not blur the strokes.
 * 5. Hit. The pointer target is invisible and at least HIT_MIN_WIDTH px wide (width + HIT_EXTRA),
 *    so thin edges are easy to hit.
 * 6. Cue. A chevron at the curve's middle points along the edge; adversarial edges add a bar (the
 *    "inhibits" mark of network diagrams). Its size grows with the width, from CUE_MIN_SIZE px at
 *    the dashed width to CUE_MAX_SIZE px at MAX_WIDTH.
 * 7. Emphasis. Focus and highlight never hide: dimmed edges, cues and markers recede to
 *    DIM_OPACITY (their halos to HALO_DIM_OPACITY); focused and normal ones draw at full strength.
 * 8. Recede. An edge under the largest of a crowded layer (scene/top-flows.ts) keeps its kind but
 *    draws RECEDE_WIDTH px wide (hollow: RECEDE_RAIL rails) at RECEDE_OPACITY, with no halo and no
 *    cue (the arrowhead); the scene gives it no label. It stays a pointer target: its card opens.
 */
import type { Emphasis, SceneEdge } from '../scene/types.ts';
import { MAX_WIDTH, UNQUANTIFIED_WIDTH } from '../scene/widths.ts';

export { MAX_WIDTH, UNQUANTIFIED_WIDTH };

export type StrokeKind = 'solid' | 'dashed' | 'dotted' | 'hollow';

/** Dash and gap lengths in multiples of the stroke's own width. */
export const DASH_PATTERN: readonly [number, number] = [4, 3];
export const DOT_PATTERN: readonly [number, number] = [1, 1.6];

/**
 * How the base map marks a disputed or occupied area (geo/borders.ts), in both renderers, the
 * exports and the legend, in the actor-border colour: the area hatched (a diagonal line every
 * `hatch` px, at `hatchOpacity`, so it shows over an actor's solid border too) and outlined in
 * short dashes (shorter than an edge's); an area with no shape of its own, a tinted ring at its
 * point. CSS px.
 */
export const DISPUTED_MARK = {
  width: 1.4,
  dash: [3, 2] as readonly [number, number],
  hatch: 6,
  hatchOpacity: 0.55,
  ringRadius: 6,
  ringFillOpacity: 0.18,
} as const;
/** Planned and potential edges recede a little (on top of their emphasis). */
export const TENTATIVE_OPACITY = 0.6;
export const HOLLOW_RAIL = 1.6;
export const HOLLOW_RAIL_UNQUANTIFIED = 1.4;
export const HOLLOW_MIN_GAP = 2;
export const HOLLOW_GAP_UNQUANTIFIED = 2.5;
export const HALO_EXTRA = 3;
export const HIT_EXTRA = 8;
export const HIT_MIN_WIDTH = 14;
export const DIM_OPACITY = 0.15;
export const RECEDE_WIDTH = 1;
export const RECEDE_RAIL = 0.6;
export const RECEDE_OPACITY = 0.35;
export const HALO_OPACITY = 0.75;
export const HALO_DIM_OPACITY = 0.1;
/** The cue's drawn size in CSS px: MapLibre's 24 px icon scaled 0.7× at the dashed width, 1.1× at MAX_WIDTH. */
export const CUE_ICON_SIZE = 24;
export const CUE_MIN_SIZE = CUE_ICON_SIZE * 0.7;
export const CUE_MAX_SIZE = CUE_ICON_SIZE * 1.1;

/**
 * The cue drawn pointing north in a CUE_BOX-unit square (centre at CUE_BOX / 2): a chevron, and
 * the bar added for adversarial edges; outlined in CUE_OUTLINE (always white, under the fill,
 * CUE_OUTLINE_WIDTH box units), so the cue stands out on its own edge.
 */
export const CUE_BOX = 48;
export const CUE_CHEVRON: readonly (readonly [number, number])[] = [
  [24, 8],
  [40, 40],
  [24, 30],
  [8, 40],
];
export const CUE_BAR = { x: 8, y: 1, width: 32, height: 5 } as const;
export const CUE_OUTLINE = '#ffffff';
export const CUE_OUTLINE_WIDTH = 2.5;

export interface Rails {
  /** Width of each rail. */
  rail: number;
  /** The gap between the rails' inner edges. */
  gap: number;
}

export interface EdgeLook {
  kind: StrokeKind;
  colour: string;
  /** The edge's width from its figures (scene/widths.ts): the stroke of a solid or dashed edge. */
  width: number;
  /** Set for hollow edges. */
  rails: Rails | null;
  /** Dash and gap in CSS px of the drawn stroke (the rail's for a hollow edge), or null when solid. */
  dash: [number, number] | null;
  /** Round caps make a dotted stroke's dashes dots. */
  cap: 'butt' | 'round';
  halo: { width: number; opacity: number };
  hitWidth: number;
  cue: { size: number; bar: boolean };
  opacity: number;
}

export function strokeKind(
  edge: Pick<SceneEdge, 'quantified' | 'stance' | 'tentative'>,
): StrokeKind {
  if (edge.stance !== 'cooperative') return 'hollow';
  if (edge.tentative) return 'dotted';
  return edge.quantified ? 'solid' : 'dashed';
}

/** Dash pattern in multiples of the drawn stroke's width, or null when solid. */
export function dashPattern(
  edge: Pick<SceneEdge, 'quantified' | 'tentative'>,
): readonly [number, number] | null {
  if (edge.tentative) return DOT_PATTERN;
  return edge.quantified ? null : DASH_PATTERN;
}

export function emphasisOpacity(emphasis: Emphasis): number {
  return emphasis === 'dim' ? DIM_OPACITY : 1;
}

/** Cue size in CSS px, linear in the width between the dashed width and MAX_WIDTH, clamped. */
export function cueSize(width: number): number {
  const t = Math.min(
    1,
    Math.max(0, (width - UNQUANTIFIED_WIDTH) / (MAX_WIDTH - UNQUANTIFIED_WIDTH)),
  );
  return CUE_MIN_SIZE + t * (CUE_MAX_SIZE - CUE_MIN_SIZE);
}

export function hollowRails(width: number, quantified: boolean): Rails {
  return quantified
    ? { rail: HOLLOW_RAIL, gap: Math.max(width - 2, HOLLOW_MIN_GAP) }
    : { rail: HOLLOW_RAIL_UNQUANTIFIED, gap: HOLLOW_GAP_UNQUANTIFIED };
}

/** An edge's opacity: its emphasis, times TENTATIVE_OPACITY for planned and potential edges. */
export function edgeOpacity(edge: Pick<SceneEdge, 'emphasis' | 'tentative'>): number {
  return emphasisOpacity(edge.emphasis) * (edge.tentative ? TENTATIVE_OPACITY : 1);
}

export function edgeLook(
  edge: Pick<
    SceneEdge,
    'quantified' | 'stance' | 'tentative' | 'width' | 'colour' | 'emphasis' | 'recede'
  >,
): EdgeLook {
  if (edge.recede) return recededLook(edge);
  const kind = strokeKind(edge);
  const rails = kind === 'hollow' ? hollowRails(edge.width, edge.quantified) : null;
  const drawn = rails ? rails.rail : edge.width;
  const pattern = dashPattern(edge);
  return {
    kind,
    colour: edge.colour,
    width: edge.width,
    rails,
    dash: pattern ? [pattern[0] * drawn, pattern[1] * drawn] : null,
    cap: edge.tentative ? 'round' : 'butt',
    halo: {
      width: edge.width + HALO_EXTRA,
      opacity: edge.emphasis === 'dim' ? HALO_DIM_OPACITY : HALO_OPACITY,
    },
    hitWidth: Math.max(edge.width + HIT_EXTRA, HIT_MIN_WIDTH),
    cue: { size: cueSize(edge.width), bar: edge.stance !== 'cooperative' },
    opacity: edgeOpacity(edge),
  };
}

/** Rule 8: a receding edge, thin and light, without halo or cue. */
function recededLook(
  edge: Pick<SceneEdge, 'quantified' | 'stance' | 'tentative' | 'colour' | 'emphasis'>,
): EdgeLook {
  const kind = strokeKind(edge);
  const rails = kind === 'hollow' ? { rail: RECEDE_RAIL, gap: HOLLOW_MIN_GAP } : null;
  const drawn = rails ? rails.rail : RECEDE_WIDTH;
  const pattern = dashPattern(edge);
  return {
    kind,
    colour: edge.colour,
    width: RECEDE_WIDTH,
    rails,
    dash: pattern ? [pattern[0] * drawn, pattern[1] * drawn] : null,
    cap: edge.tentative ? 'round' : 'butt',
    halo: { width: 0, opacity: 0 },
    hitWidth: HIT_MIN_WIDTH,
    cue: { size: 0, bar: false },
    opacity: edgeOpacity(edge) * RECEDE_OPACITY,
  };
}

/** A register's actors sized by their totals (scene/actor-totals.ts): a light fill in the marker colour and a thin ring, translucent so the edges they meet show through. */
export const TOTAL_FILL_OPACITY = 0.25;
export const TOTAL_RING = 1;
