/**
 * `<ties-map>` as the package's types describe it: the element's public properties, on top of
 * `HTMLElement`. The package bundles Lit, so its types must not name Lit (a consumer without Lit
 * installed could not resolve them); src/index.ts checks that the class satisfies this interface.
 */
export type TiesMapRenderer = 'auto' | 'webgl' | 'svg';

/** The properties an author sets, each mirroring an attribute (see custom-elements.json). */
export interface TiesMapProperties {
  /** URL of a `ties-map/1` dataset (attribute `src`). */
  src: string | null;
  /** A dataset object (parsed JSON); property only. */
  data: unknown;
  /** Space-separated visible layer ids; all when absent (attribute `layers`). */
  layers: string | null;
  /** An actor id: its ties are emphasised, the rest dimmed (attribute `focus`). */
  focusActor: string | null;
  /** ISO date: show ties that started on or before it and have not ended (attribute `as-of`). */
  asOf: string | null;
  /** A scene id of the dataset (attribute `scene`). */
  scene: string | null;
  /** `de-facto` (default) or `un`: which view of disputed borders the base map follows (attribute `worldview`; docs/borders.md). */
  worldview: 'de-facto' | 'un' | (string & {}) | null;
  /** `region` or `subregion`: countries drawn as one node per UN M49 region or sub-region, edges between groups summed in each layer's measure; each actor itself when null or `none` (attribute `group`; docs/analysing.md). */
  group: 'none' | 'region' | 'subregion' | (string & {}) | null;
  /** `top` (default): a crowded layer draws its largest edges in full and the rest faint; `all`: every edge in full, as the legend's "Show all" (attribute `flows`; docs/analysing.md). */
  flows: 'top' | 'all' | (string & {}) | null;
  /** Filter: the statuses shown, space-separated (`stated reported planned potential`); all when null (attribute `status`). */
  status: string | null;
  /** Filter: `cooperative` or `adversarial` ties only; both when null (attribute `stance`). */
  stance: 'cooperative' | 'adversarial' | (string & {}) | null;
  /** Filter: ties citing one of these source ids, space-separated (attribute `source`). */
  source: string | null;
  /** Filter relative to the focused actor: `in`, `out` or `both`; hides nothing without a focus (attribute `direction`). */
  direction: 'in' | 'out' | 'both' | (string & {}) | null;
  /** Filter: the smallest figure shown, in each layer's measure, as the attribute spells it (attribute `min`). */
  min: string | null;
  /** `auto` (default: the SVG picture first, WebGL once the reader pans or zooms), `webgl` or `svg` (attribute `renderer`). */
  renderer: TiesMapRenderer | (string & {}) | null;
  /** Language of the element's own strings (attribute `lang`). */
  lang: string;
  /** `lazy` (default): MapLibre starts near the viewport; `eager`: at once (attribute `loading`). */
  loading: 'lazy' | 'eager';
  /** `light` or `dark`; absent: follows `prefers-color-scheme` (attribute `theme`). */
  theme: 'light' | 'dark' | (string & {}) | null;
  /** Fullscreen walk-through of the scenes (attribute `presenter`). */
  presenter: boolean;
  /** Mirror the view in the location hash, keyed by the element's id (attribute `sync-url`). */
  syncUrl: boolean;
  /** Scrollytelling: follow the page's `data-ties-scene` sections as they scroll by (attribute `story`). */
  story: boolean;
  /** Seconds a `src` load may take (attribute `timeout`, default 30). */
  timeout: number;
  /** Largest `src` dataset accepted, in MB (attribute `max-size`, default 20). */
  maxSize: number;
}

export interface TiesMapElement extends HTMLElement, TiesMapProperties {
  /** Resolves once the element has rendered its latest property changes. */
  readonly updateComplete: Promise<boolean>;
  /** A standalone SVG document of the current view (title, map, legend, credit line); null before a dataset is shown. */
  toSVG(): Promise<string | null>;
  /** A PNG slide of the current view at 2× pixel density; null when no map picture is available. */
  toPNG(): Promise<Blob | null>;
}
