/**
 * The Scene: renderer-free geometry for one view, in geographic coordinates. Renderers (MapLibre
 * now, SVG later) only draw it and report pointer hits back as ids.
 */
import type { TopFlows } from './top-flows.ts';
import type { TotalsKey } from './actor-totals.ts';
import type { BorderAreaId, Worldview } from '../geo/borders.ts';
import type { ActorKind, AnnotationKind, Bounds, Stance } from '../data/types.ts';
import type { MarginStrip } from './anchors.ts';
import type { GroupSum, SceneGroup } from './group-scene.ts';

export type { MarginStrip };

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
  /** Set when the actor lies far from the rest: it sits in a margin strip on the side of its true direction. */
  distant: { bearing: number; km: number; at: LonLat } | null;
  /** Visible ties that start or end here. */
  tieCount: number;
  emphasis: Emphasis;
  /** On a register (a crowded layer: top-flows.ts), its total out plus in in that layer's measure, and the radius of its circle in CSS px (actor-totals.ts). */
  total?: { value: number; radius: number };
  /** A group node (group-scene.ts): the M49 group it stands for, its members and the ties inside it. */
  group?: SceneGroup;
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
  /** True when every tie of the edge is `planned` or `potential`: drawn lighter and dotted. */
  tentative: boolean;
  /** Stroke width in CSS pixels, from the figures in the layer's measure alone (see widths.ts). */
  width: number;
  /** The figure written on the map, and how firmly it keeps its place (see edge-labels.ts); null without a figure. */
  label: { text: string; priority: number } | null;
  /** Quadratic Bézier control point (Web Mercator space, returned as lon/lat). */
  control: LonLat;
  /** The curve sampled from just outside the `from` anchor to the `to` actor's marker (fanned and clipped, see edges.ts). */
  path: LonLat[];
  /** The arrowhead at the recipient's end, where the clipped curve stops; bearing in degrees clockwise from north on the map. */
  arrow: { at: LonLat; bearing: number };
  emphasis: Emphasis;
  /** True when the edge recedes under the largest of a crowded layer (top-flows.ts): no label, no arrowhead. */
  recede?: boolean;
  /** A group edge's sum in its layer's measure (group-scene.ts); absent on an actor's edge or a layer without an additive measure. */
  sum?: GroupSum;
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

/** The one width key of a layer: its measure and two reference strokes. */
export interface LegendWidth {
  layer: string;
  unit: string;
  /** The measure's label ("share of the recipient's arms imports"), or its unit when inferred. */
  label: string;
  /** The layer declares no measure: the unit most of its figures carry was chosen. */
  inferred: boolean;
  /** Planned or potential figures set the scale: the layer has none in force in the unit. */
  tentative: boolean;
  /** Reference strokes: the largest figure in the measure, and a round smaller one. */
  samples: { value: number; width: number }[];
}

export interface LegendBorders {
  worldview: Worldview;
  areas: BorderAreaId[];
}

export interface Legend {
  title: string;
  /** Latest known publication date among the sources (ISO), or null. */
  dataAsOf: string | null;
  layers: LegendLayer[];
  widths: LegendWidth[];
  hasUnquantified: boolean;
  hasAdversarial: boolean;
  /** Some tie of the dataset is planned or potential (a dotted key). */
  hasTentative: boolean;
  /** The view of disputed borders the base map follows, and the marked areas inside the frame (the key names them). */
  borders: LegendBorders;
  /** The crowded layers, whose smaller edges recede (top-flows.ts); empty or absent when every edge draws in full. */
  topFlows?: TopFlows[];
  /** The reader asked for every edge in full: `topFlows` then says what would recede, and nothing does. */
  allFlows?: boolean;
  /** On a register, what the actors' circles show (actor-totals.ts); absent elsewhere. */
  totals?: TotalsKey;
  /** Actors are grouped by UN M49 region or sub-region (group-scene.ts); absent when not. */
  group?: 'region' | 'subregion';
}

/** A call-out shown in this view: the editor's words, placed by the label layout, drawn by annotation-look. */
export interface SceneAnnotation {
  id: string;
  text: string;
  kind: AnnotationKind;
  /** What it points at: an actor's anchor, the middle of a tie's edge, or the given point. */
  anchor: LonLat;
  target: 'actor' | 'tie' | 'point';
  /** 1, 2, 3 … in the dataset's order among those shown: the marker's number on a narrow map and in the list. */
  number: number;
  /** Set on the map's own notes (a marked area's name by its ring), which are not the editor's words and look quieter. */
  note?: 'border';
}

export interface Scene {
  actors: SceneActor[];
  edges: SceneEdge[];
  /** The call-outs of this view (all scenes', and the shown step's), in the dataset's order; absent: none. */
  annotations?: SceneAnnotation[];
  /** The default camera: the region of the dataset's actors, and the margin strips of far ones. */
  frame: Bounds;
  /** Strips outside the region where far actors sit (drawn as a panel under the edges). */
  margins: MarginStrip[];
  legend: Legend;
}
