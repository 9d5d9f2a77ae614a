/**
 * The Scene: renderer-free geometry for one view, in geographic coordinates. Renderers (MapLibre
 * now, SVG later) only draw it and report pointer hits back as ids.
 */
import type { ActorKind, Bounds, Stance } from '../data/types.ts';

/** [longitude, latitude] in degrees. */
export type LonLat = [number, number];

export type Emphasis = 'normal' | 'focus' | 'dim';

export interface SceneActor {
  id: string;
  name: string;
  kind: ActorKind;
  /** Where its edges meet and its label sits: inside its shape, its point, or an edge-of-map anchor. */
  anchor: LonLat;
  /** Whether the geodata draws a shape for it (otherwise the renderer draws a marker). */
  hasShape: boolean;
  /** Set when the actor lies far from the rest: it is drawn at the frame's edge, in its true direction. */
  distant: { bearing: number; km: number; at: LonLat } | null;
  /** Visible ties that start or end here. */
  tieCount: number;
  emphasis: Emphasis;
}

export type EdgeStance = Stance | 'mixed';

export interface SceneEdge {
  /** `${from}>${to}:${layer}` ('%', '>' and ':' inside ids percent-encoded): stable across views, so renderers can diff. */
  id: string;
  from: string;
  to: string;
  layer: string;
  colour: string;
  /** The visible ties this edge stands for (several ties of one pair and layer merge into one edge). */
  tieIds: string[];
  stance: EdgeStance;
  /** False when no tie of the edge states a figure: drawn dashed and thin. */
  quantified: boolean;
  /** Stroke width in CSS pixels, from the figures alone (see widths.ts). */
  width: number;
  /** Quadratic Bézier control point (Web Mercator space, returned as lon/lat). */
  control: LonLat;
  /** The curve sampled from the `from` anchor to the `to` anchor. */
  path: LonLat[];
  /** Direction cue at the middle of the curve; bearing in degrees clockwise from north on the map. */
  arrow: { at: LonLat; bearing: number };
  emphasis: Emphasis;
}

export interface LegendLayer {
  id: string;
  label: string;
  colour: string;
  visible: boolean;
  /** Ties of this layer shown in the current view / in the whole dataset. */
  shown: number;
  total: number;
}

export interface LegendWidth {
  layer: string;
  unit: string;
  /** Reference strokes: the largest figure of this layer and unit, and a round smaller one. */
  samples: { value: number; width: number }[];
}

export interface Legend {
  title: string;
  /** Latest known publication date among the sources (ISO), or null. */
  dataAsOf: string | null;
  layers: LegendLayer[];
  widths: LegendWidth[];
  hasUnquantified: boolean;
  hasAdversarial: boolean;
}

export interface Scene {
  actors: SceneActor[];
  edges: SceneEdge[];
  /** The default camera: the dataset's actors, with distant ones pulled to its edge. */
  frame: Bounds;
  legend: Legend;
}
