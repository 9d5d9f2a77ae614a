/**
 * The shape of the element's words: the `Strings` interface that every language fills, key by key.
 */
import type { TieStatus } from '../../data/types.ts';
import type { BorderAreaId, Worldview } from '../../geo/borders.ts';

export interface Strings {
  /** The language these strings are in (a shipped one: "en", "fa", …). */
  lang: string;
  /** The direction these strings are written in: the element's own text follows it, whatever the page's. */
  dir: 'ltr' | 'rtl';
  /** A number in this language's digits and separators. */
  number: (value: number) => string;
  layers: string;
  showTable: string;
  hideTable: string;
  tableCaption: (title: string) => string;
  /** The table of actors' places: where each actor is drawn, and the marked areas its shape holds. */
  placesCaption: (borders: string) => string;
  placesColumns: { actor: string; drawn: string; areas: string };
  placeShape: string;
  placePoint: (lon: number, lat: number) => string;
  placeTab: (km: number, bearing: number) => string;
  placeNoArea: string;
  placeOtherAreas: string;
  columns: {
    summary: string;
    from: string;
    to: string;
    layer: string;
    figure: string;
    period: string;
    sources: string;
  };
  noFigure: string;
  legendDirection: string;
  legendNoFigure: string;
  legendAdversarial: string;
  legendWidths: string;
  legendTentative: string;
  /** The accessible name of the compact key over a presented or story map, and its short entries. */
  sceneKey: string;
  keyDirection: string;
  keyShort: Record<'no-figure' | 'adversarial' | 'tentative' | 'borders', string>;
  /** The width key of one layer: "Arms: share of the recipient's arms imports (%)". */
  /** What a layer's widths count; `tentative`: they count planned or potential figures. */
  legendMeasure: (
    layer: string,
    label: string,
    unit: string,
    inferred: boolean,
    tentative?: boolean,
  ) => string;
  dataAsOf: (date: string) => string;
  baseMapCredit: string;
  /** The credit line's borders part: the view the shapes follow. */
  bordersCredit: (worldview: Worldview) => string;
  /** The legend key of the marking of disputed and occupied areas (the slide and the SVG name the areas after it). */
  legendBorders: string;
  /** Each marked area: its name, and what each view says of it (docs/borders.md). */
  borderAreas: Record<BorderAreaId, { name: string; status: Record<Worldview, string> }>;
  loading: string;
  mapUnavailable: string;
  /** MapLibre's worker script did not load: where it was asked for and what to do. */
  workerFailed: (url: string) => string;
  distant: (km: string) => string;
  errorTitle: string;
  fetchFailed: (url: string, reason: string) => string;
  /** The large-dataset parser's own code could not be loaded. */
  parserUnavailable: (reason: string) => string;
  notJson: (url: string, contentType: string) => string;
  noData: string;
  tiesShown: (shown: number, total: number) => string;
  tableShowing: (shown: number, total: number) => string;
  tableMore: (count: number) => string;
  mapLabel: (title: string) => string;
  focusActor: (name: string) => string;
  clearFocus: string;
  close: string;
  previewHint: string;
  copyCitation: string;
  copied: string;
  copyFailed: string;
  publisherUnknown: string;
  dateUnknown: string;
  dateNotBefore: (date: string) => string;
  ended: (date: string) => string;
  adversarial: string;
  /** The word a card and the table show for a tie that is not stated as a fact. */
  status: Record<Exclude<TieStatus, 'stated'>, string>;
  /** Said of a quote that stands in a photo caption, not the article's body. */
  photoCaption: string;
  /** Beneath a quote's translation: that it is not part of the source, who made it, whether anyone reviewed it. */
  quoteTranslation: (credit: {
    translator: string;
    method: string;
    reviewed: string | false;
  }) => string;
  evidenceButton: string;
  edgeLabel: (layer: string, from: string, to: string, ties: number) => string;
  /** Too many edges for a keyboard handle each: where to go instead. */
  edgesViaTable: (count: string, focused: boolean) => string;
  focusHeading: (name: string, ties: number) => string;
  focusTotals: (ties: number, units: { unit: string | null; count: number }[]) => string;
  focusNone: string;
  /** The focus panel's button that lists all of a layer's ties. */
  focusMore: (ties: number) => string;
  /** The focus panel's count that the ties without a figure fold into (a button: it lists them). */
  focusWithoutFigure: (ties: number) => string;
  announceLayer: (label: string, shown: boolean, visible: number) => string;
  announceFocus: (name: string, ties: number) => string;
  announceFocusCleared: (visible: number) => string;
  announceEvidence: (heading: string) => string;
  scenes: string;
  previousScene: string;
  nextScene: string;
  sceneCounter: (index: number, count: number) => string;
  sceneCount: (count: number) => string;
  present: string;
  leavePresenter: string;
  play: string;
  pause: string;
  allDates: string;
  asOf: (date: string) => string;
  timeline: string;
  downloadPng: string;
  downloadSvg: string;
  /** The phone's button that unfolds the one-line description. */
  moreText: string;
  lessText: string;
  /** The phone's one control behind which the timeline and the downloads fold (its text says "more"; aria-expanded says it opens). */
  moreControls: string;
  announceScene: (index: number, count: number, title: string) => string;
  // Loading and attribute problems: nothing the element cannot honour goes unsaid.
  loadTimeout: (url: string, seconds: number) => string;
  tooLarge: (url: string, bytes: number | null, limit: number) => string;
  notUtf8: (url: string, offset: number) => string;
  unknownCharset: (url: string, charset: string) => string;
  notAnObject: (got: string) => string;
  /** A dataset that reached the element as text it cannot be: a `data` attribute, or "[object Object]". */
  dataAsText: (where: 'attribute' | 'property', text: string) => string;
  attributeProblem: (
    attribute: string,
    value: string,
    meant: string | null,
    known: string[],
  ) => string;
  // Search and filters (docs/analysing.md).
  /** The search box's label and the note under it while it is empty. */
  findActor: string;
  /** How many actors the text finds (said politely while typing). */
  actorMatches: (count: number) => string;
  filters: string;
  /** The filters' button: how many are on. */
  filtersOn: (count: number) => string;
  filterStatus: string;
  /** The word for each status in the filter (stated included, unlike `status`). */
  statusNames: Record<TieStatus, string>;
  filterStance: string;
  stanceNames: Record<'any' | 'cooperative' | 'adversarial', string>;
  filterSource: string;
  anySource: string;
  /** A source filter that names several sources (set by the attribute or the URL). */
  severalSources: (count: number) => string;
  filterDirection: string;
  directionNames: Record<'any' | 'in' | 'out' | 'both', string>;
  /** Why the direction filter is disabled. */
  directionNeedsFocus: string;
  filterMin: string;
  clearFilters: string;
  /** The legend's line for a crowded layer (scene/top-flows.ts), and its button. */
  topFlows: (layer: string, drawn: number, receded: number, ties: number, all: boolean) => string;
  showAllFlows: string;
  showTopFlows: string;
  /** The presenter console (a second window with the notes, the timer and the next scene). */
  presenterConsole: string;
  consoleBlocked: string;
  consoleOpened: string;
  consoleTitle: (title: string) => string;
  consoleNow: string;
  consoleNext: string;
  consoleLast: string;
  consoleNotes: string;
  consoleNoNotes: string;
  consoleElapsed: string;
  consoleClock: string;
  consoleResetTimer: string;
  consoleScenes: string;
  consoleWaiting: string;
  consoleAudienceGone: string;
  consoleScriptFailed: (url: string) => string;
  /** The call-outs' list: after the title for screen readers, under a narrow map for everyone. */
  callouts: string;
  calloutsNote: string;
  /** The focus panel's totals of a layer in its measure (scene/actor-totals.ts): out and in, already written with their unit, and the ties not summed. */
  focusFlowTotals: (out: string | null, into: string | null, apart: number) => string;
  /** The legend's line for a register's circles (scene/actor-totals.ts): the layer, and its largest total written with its unit. */
  legendTotals: (layer: string, largest: string) => string;
  // Languages: figures' words, periods, the credit line.
  /** A figure with its qualifier: "up to 69%", "over 60%"; a qualifier the messages lack stays as the data writes it. */
  qualified: (qualifier: string, value: string) => string;
  /** "69% of Azerbaijan's arms imports". */
  figureOf: (figure: string, of: string) => string;
  periodFrom: (date: string) => string;
  periodUntil: (date: string) => string;
  /** The credit line's list of sources. */
  sourcesCredit: (list: string) => string;
  /** "(planned)" after a figure on the map. */
  statusAside: (status: 'planned' | 'potential') => string;
  /** "1 tie", "5 ties", in the language's plural forms. */
  ties: (count: number) => string;
  /** Between the items of a list: ", " (Arabic and Persian "، "). */
  listSeparator: string;
  /** The printed handout (npm run render --handout): its ties' heading, a continued page's heading, the page number. */
  handoutTies: string;
  handoutContinued: (title: string) => string;
  handoutPage: (page: number, pages: number) => string;
  // Grouping actors by UN M49 region (scene/group-scene.ts).
  /** A group node's label: the region's name and how many actors it stands for ("Western Asia · 12"). */
  groupName: (region: string, actors: number) => string;
  /** The grouping control's label and its choices. */
  groupControl: string;
  groupNone: string;
  groupRegion: string;
  groupSubregion: string;
  /** The legend's line under a grouping: what is grouped, by what, and what stays itself. */
  groupLegend: (level: 'region' | 'subregion') => string;
  /** A group edge's card: the sum in the layer's measure (written with its unit), and the ties not summed. */
  groupSum: (sum: string, apart: number) => string;
  /** A group edge's card when its layer has no sum (shares, no figures): how many ties it holds. */
  groupNoSum: (ties: number) => string;
  /** A group node's button and what it says when pressed. */
  groupExpand: (region: string) => string;
  announceGroupExpanded: (region: string, actors: number) => string;
  /** The way back: every expanded group drawn as one node again. */
  groupCollapse: string;
  announceGroupsCollapsed: string;
}
