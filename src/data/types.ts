/**
 * The `ties-map/1` data contract (see DESIGN.md). These types describe a dataset
 * *after* validation: `parseDataset` only returns a Dataset when there are no errors.
 */
import type { ProblemCode, ProblemParams } from './problem-params.ts';

export const FORMAT = 'ties-map/1' as const;

/** ISO 8601 date at year, month or day precision: "2020", "2025-10", "2024-12-31". */
export type IsoDate = string;

export interface Source {
  id: string;
  title: string;
  /** Who published it, or "unknown" when the text does not say. */
  publisher: string;
  /** ISO 8601 date, or "unknown". */
  published: IsoDate | 'unknown';
  /** When `published` is unknown: the earliest date the text itself allows (e.g. it cites a later event). */
  notBefore?: IsoDate;
  /** http(s) only; omitted when not known (never guessed). */
  url?: string;
  /** Free text: what is known about the source and how its date was read. */
  note?: string;
}

/** The one unit whose figures set a layer's widths (DESIGN.md: "Width shows one measure per layer"). */
export interface Measure {
  unit: string;
  /** What the unit measures, for the legend: "share of the partner's supply". */
  label: string;
}

export interface Layer {
  id: string;
  label: string;
  measure?: Measure;
}

export type ActorKind = 'country' | 'territory' | 'organisation' | 'other';

export interface Actor {
  /** ISO 3166-1 alpha-3 (country), ISO 3166-2 (territory), or any id with a `point`. */
  id: string;
  name: string;
  kind: ActorKind;
  /** [lon, lat]; required when the id has no shape in the geodata. */
  point?: [number, number];
  /** The actor's name per language tag (BCP 47): `{ "he": "אזרבייג'ן" }`. */
  names?: Record<string, string>;
}

export type Stance = 'cooperative' | 'adversarial';

/**
 * How the text puts the tie: `stated` as a fact; `reported` (attributed to reports or unnamed
 * sources); `planned` (agreed, announced or targeted, not yet in force); `potential` (proposed,
 * recommended, considered or undecided).
 */
export type TieStatus = 'stated' | 'reported' | 'planned' | 'potential';

export const TIE_STATUSES: readonly TieStatus[] = ['stated', 'reported', 'planned', 'potential'];

/** Planned and potential ties are not in force: their figures are targets, offers, proposals. */
export function isTentative(status: TieStatus | undefined): boolean {
  return status === 'planned' || status === 'potential';
}

/** Where in the source the quote stands: the article's body, or a photo caption. */
export type EvidencePlace = 'body' | 'caption';

export interface Figure {
  /** The figure, or the lower end of a range. */
  value: number;
  /** The upper end of a range ("60–69%": value 60, upper 69); at least `value`. */
  upper?: number;
  unit: string;
  /** What the value is a share or amount of: "Azerbaijan's arms imports". */
  of?: string;
  /** "up to", "about", "more than", "nearly" … as the source words it. */
  qualifier?: string;
}

export interface Period {
  from?: IsoDate;
  to?: IsoDate;
}

export interface Evidence {
  source: string;
  /** Verbatim from the source text. */
  quote: string;
  /** Omitted means `body`. */
  in?: EvidencePlace;
  /** The language the quote is written in, as the source has it (BCP 47: "en", "he", "ar"). */
  lang?: string;
  /** Translations of the quote, shown beneath it as translations, never in its place. */
  translations?: QuoteTranslation[];
}

/** Who made a translation and whether someone checked it. */
export interface TranslationCredit {
  /** Who translated: a person, a desk, or the kind of tool ("an AI language model"). */
  translator: string;
  /** How: "human", "machine-assisted", "machine" … */
  method: string;
  /** Who reviewed it, or false when no one has. */
  reviewed: string | false;
  /** Anything a reader of the translation should know (e.g. "not reviewed by a native speaker"). */
  note?: string;
}

/** One translation of a quote; its credit defaults to the dataset's translation into that language. */
export interface QuoteTranslation extends TranslationCredit {
  lang: string;
  text: string;
}

/** The dataset's own words in one language; anything left out is shown in English. */
export interface DatasetTranslation extends TranslationCredit {
  title?: string;
  description?: string;
  /** By layer id: the layer's label and its measure's label. */
  layers?: Record<string, { label?: string; measure?: string }>;
  /** By tie id: the summary and the figure's `of`. */
  ties?: Record<string, { summary?: string; of?: string }>;
  /** By scene id. */
  scenes?: Record<string, { title?: string; caption?: string; notes?: string }>;
  /** By annotation id: the call-out's text. */
  annotations?: Record<string, string>;
}

export interface Tie {
  id: string;
  layer: string;
  from: string;
  to: string;
  stance: Stance;
  /** Omitted means `stated`. */
  status?: TieStatus;
  summary: string;
  figure?: Figure;
  when?: Period;
  ended?: IsoDate;
  evidence: Evidence[];
  /**
   * The editor's reason for a judgement the quotes alone do not settle (why this status, direction,
   * layer, date or unit): for fact-checkers and later editors, not evidence.
   */
  note?: string;
}

export type Bounds = [[number, number], [number, number]];

export interface SceneStep {
  id: string;
  title: string;
  caption?: string;
  /**
   * What the presenter says at this scene: plain text, paragraphs separated by a blank line. Shown
   * only in the presenter console, never on the audience view.
   */
  notes?: string;
  layers?: string[];
  focus?: string;
  ties?: string[];
  asOf?: IsoDate;
  camera?: Bounds;
}

/** How a call-out is drawn: its text alone, an arrow from its text to the anchor, or a circle around the anchor. */
export type AnnotationKind = 'label' | 'arrow' | 'circle';

export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['label', 'arrow', 'circle'];

/**
 * A call-out: the editor's words on the map, not evidence. Drawn in the editor's style, never in
 * the edge colours, and never quoted by the evidence card as a source.
 */
export interface Annotation {
  id: string;
  text: string;
  /** What it points at: an actor id, a tie id (its edge's middle) or a [lon, lat] point. */
  at: string | [number, number];
  /** Omitted means `label`. */
  kind?: AnnotationKind;
  /** The scenes it shows in; absent: every view. */
  scenes?: string[];
}

export interface Dataset {
  format: typeof FORMAT;
  title: string;
  description?: string;
  sources: Source[];
  layers: Layer[];
  actors: Actor[];
  ties: Tie[];
  scenes: SceneStep[];
  /** The editor's call-outs on the map. */
  annotations?: Annotation[];
  /** By language tag (BCP 47): the dataset's text in that language. Quotes are never translated here. */
  translations?: Record<string, DatasetTranslation>;
}

export const DEFAULT_LAYERS: readonly Layer[] = [
  { id: 'energy', label: 'Energy' },
  { id: 'arms', label: 'Arms' },
  { id: 'diplomatic', label: 'Diplomatic' },
];

export type Severity = 'error' | 'warning';

/** One problem found in a dataset, located by a JSON path such as `$.ties[3].to`. */
export interface Problem {
  severity: Severity;
  path: string;
  /** The sentence in English (the command lines, the JSON output and the tests read it). */
  message: string;
  /** What kind of problem it is (problems.ts), for telling it in another language; absent on the loader's own. */
  code?: ProblemCode;
  /** The values its sentence names, by the code's names. */
  params?: ProblemParams;
}
