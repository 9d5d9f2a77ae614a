/**
 * The element's own UI strings, keyed by `lang`. English is complete; another language is added
 * by one more entry of the same shape (TypeScript checks that nothing is missing).
 */
import { ownValue } from '../data/own.ts';
import type { TieStatus } from '../data/types.ts';
import type { BorderAreaId, Worldview } from '../geo/borders.ts';
import { formatNumber } from './format.ts';

export interface Strings {
  /** The direction these strings are written in: the element's own text follows it, whatever the page's. */
  dir: 'ltr' | 'rtl';
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
  columns: { summary: string; from: string; to: string; layer: string; figure: string; period: string; sources: string };
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
  legendMeasure: (layer: string, label: string, unit: string, inferred: boolean, tentative?: boolean) => string;
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
  quoteTranslation: (credit: { translator: string; method: string; reviewed: string | false }) => string;
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
  // Loading and attribute problems (issue 12: nothing the element cannot honour goes unsaid).
  loadTimeout: (url: string, seconds: number) => string;
  tooLarge: (url: string, bytes: number | null, limit: number) => string;
  notUtf8: (url: string, offset: number) => string;
  unknownCharset: (url: string, charset: string) => string;
  notAnObject: (got: string) => string;
  /** A dataset that reached the element as text it cannot be: a `data` attribute, or "[object Object]". */
  dataAsText: (where: 'attribute' | 'property', text: string) => string;
  attributeProblem: (attribute: string, value: string, meant: string | null, known: string[]) => string;
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
  /** The focus panel's totals of a layer in its measure (scene/actor-totals.ts): out and in, already written with their unit, and the ties not summed. */
  focusFlowTotals: (out: string | null, into: string | null, apart: number) => string;
  /** The legend's line for a register's circles (scene/actor-totals.ts): the layer, and its largest total written with its unit. */
  legendTotals: (layer: string, largest: string) => string;
}

// Limits in messages read as set: two significant digits, so 0.004 s is not "0 s" nor 20 MB "20.0 MB".
const twoDigits = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });
const roughly = (value: number): string => twoDigits.format(value);

const en: Strings = {
  dir: 'ltr',
  layers: 'Layers',
  showTable: 'Show table',
  hideTable: 'Hide table',
  tableCaption: (title) => `${title}: every tie shown on the map, with its figure and sources`,
  placesCaption: (borders) => `Where the map draws each actor, and the disputed or occupied areas its shape holds (${borders})`,
  placesColumns: { actor: 'Actor', drawn: 'Drawn as', areas: 'Disputed or occupied areas in its shape' },
  placeShape: 'its own shape in the base map',
  placePoint: (lon, lat) => `a point at ${Math.abs(lat).toFixed(2)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(2)}° ${lon < 0 ? 'W' : 'E'}`,
  placeTab: (km, bearing) => `a tab at the frame's edge: ${formatNumber(km)} km away, bearing ${bearing}°`,
  placeNoArea: 'none marked',
  placeOtherAreas: 'In no actor\'s shape',
  columns: { summary: 'Tie', from: 'From', to: 'To', layer: 'Layer', figure: 'Figure', period: 'Period', sources: 'Sources' },
  noFigure: 'no figure in the sources',
  legendDirection: 'Arrow: direction (supplier → recipient, actor → target)',
  legendNoFigure: 'Dashed: no figure in the sources',
  legendAdversarial: 'Hollow, barred arrow: adversarial (sanctions, hostility)',
  legendWidths: 'Line width shows one measure per layer, from zero; other figures draw thin and are written on the line:',
  legendTentative: 'Dotted, lighter: planned or potential',
  sceneKey: 'Key to this scene',
  keyDirection: 'Arrow: direction',
  keyShort: { 'no-figure': 'Dashed: no figure', adversarial: 'Hollow: adversarial', tentative: 'Dotted: planned or potential', borders: 'Hatched or ringed: disputed or occupied' },
  legendMeasure: (layer, label, unit, inferred, tentative = false) => (inferred
    ? `${layer}: ${unit} (no measure declared: the unit most of its figures carry)`
    : `${layer}: ${label}${label.includes(unit) ? '' : ` (${unit})`}`) + (tentative ? ', planned or potential figures' : ''),
  dataAsOf: (date) => `Data as of ${date}`,
  baseMapCredit: 'Base map: Natural Earth',
  bordersCredit: (worldview) => `Borders: ${worldview === 'un' ? 'UN view (Crimea: Ukraine)' : 'de facto'}`,
  legendBorders: 'Hatched or ringed: disputed or occupied:',
  borderAreas: {
    crimea: { name: 'Crimea', status: {
      'de-facto': 'Crimea: drawn as Russia, which annexed it in 2014; the UN General Assembly does not recognise the annexation (Russian-occupied)',
      un: 'Crimea: drawn as part of Ukraine, Russian-occupied since 2014' } },
    golan: { name: 'Golan Heights', status: {
      'de-facto': 'Golan Heights (ring): Israeli-administered since 1967, annexed in 1981; occupied in the UN\'s view; no shape of its own in the base map, so drawn within Israel',
      un: 'Golan Heights (ring): part of Syria, Israeli-occupied; no shape of its own in the base map, so still drawn within Israel' } },
    'west-bank': { name: 'West Bank', status: {
      'de-facto': 'West Bank: Palestinian territory under Israeli occupation since 1967',
      un: 'West Bank: Palestinian territory, Israeli-occupied' } },
    gaza: { name: 'Gaza', status: {
      'de-facto': 'Gaza: Palestinian territory; its status is disputed (Israel withdrew in 2005; the UN and the ICJ hold it occupied)',
      un: 'Gaza: Palestinian territory, Israeli-occupied' } },
    'northern-cyprus': { name: 'Northern Cyprus', status: {
      'de-facto': 'Northern Cyprus: Turkish Cypriot administration, recognised only by Türkiye',
      un: 'Northern Cyprus: part of Cyprus (UN Security Council resolution 541); drawn as its own shape' } },
    'western-sahara': { name: 'Western Sahara', status: {
      'de-facto': 'Western Sahara: the part east of Morocco\'s berm, drawn on its own; the part Morocco administers is drawn within Morocco',
      un: 'Western Sahara: a Non-Self-Governing Territory; the part Morocco administers is still drawn within Morocco (no shape separates it)' } },
    abkhazia: { name: 'Abkhazia', status: {
      'de-facto': 'Abkhazia (ring): breakaway region of Georgia, recognised by Russia since 2008; drawn within Georgia',
      un: 'Abkhazia (ring): part of Georgia; drawn within Georgia' } },
    'south-ossetia': { name: 'South Ossetia', status: {
      'de-facto': 'South Ossetia (ring): breakaway region of Georgia, recognised by Russia since 2008; drawn within Georgia',
      un: 'South Ossetia (ring): part of Georgia; drawn within Georgia' } },
  },
  loading: 'Loading the map…',
  mapUnavailable: 'The map picture is unavailable in this browser; the table below lists every tie.',
  workerFailed: (url) => `The map cannot start: its worker script did not load from ${url}. Serve the package's dist/assets/ folder beside dist/ties-map.js (a bundler must copy it with the package), and allow that address in the page's worker-src; the table below lists every tie.`,
  distant: (km) => `${km} km away`,
  errorTitle: 'This map cannot be shown:',
  fetchFailed: (url, reason) => `Could not load the dataset from ${url}: ${reason}.`,
  parserUnavailable: (reason) => `Could not load the code that reads large datasets: ${reason}.`,
  notJson: (url, contentType) =>
    `The dataset URL ${url} returned ${contentType || 'something other than JSON'} (an HTML page?), not a ties-map/1 JSON file; check the src attribute.`,
  noData: 'No dataset: set the src attribute or the data property.',
  tiesShown: (shown, total) => `${shown} of ${total} ties shown`,
  tableShowing: (shown, total) => `The table lists ${formatNumber(shown)} of ${formatNumber(total)} visible ties.`,
  tableMore: (count) => `Show ${formatNumber(count)} more`,
  mapLabel: (title) => `Map: ${title}`,
  focusActor: (name) => `Show the ties of ${name}`,
  clearFocus: 'Show all actors',
  close: 'Close',
  previewHint: 'Click or press Enter for the quotes',
  copyCitation: 'Copy citation',
  copied: 'Citation copied.',
  copyFailed: 'Could not copy; select the text instead.',
  publisherUnknown: 'publisher unknown',
  dateUnknown: 'date unknown',
  dateNotBefore: (date) => `date unknown (not before ${date})`,
  ended: (date) => `ended ${date}`,
  adversarial: 'adversarial',
  status: { reported: 'reported', planned: 'planned', potential: 'potential' },
  photoCaption: 'photo caption',
  quoteTranslation: ({ translator, method, reviewed }) =>
    `Translation, not part of the source (${method}, by ${translator}; ${reviewed === false ? 'not reviewed' : `reviewed by ${reviewed}`}).`,
  evidenceButton: 'Evidence',
  edgeLabel: (layer, from, to, ties) => `${layer}: ${from} to ${to}, ${ties === 1 ? '1 tie' : `${ties} ties`}`,
  edgesViaTable: (count, focused) => focused
    ? `${count} edges: too many to step through one by one. Hide a layer, or use the Evidence buttons in the table.`
    : `${count} edges: too many to step through one by one. Focus a country to step through its edges, or use the Evidence buttons in the table.`,
  focusHeading: (name, ties) => `${name}: ${ties === 1 ? '1 tie' : `${ties} ties`}`,
  focusTotals: (ties, units) => {
    const parts = units.map(({ unit, count }) => (unit === null ? `${count} without a figure` : `${count} in ${unit}`));
    return `${ties === 1 ? '1 tie' : `${ties} ties`}: ${parts.join(', ')}`;
  },
  focusNone: 'No ties in the layers shown.',
  focusMore: (ties) => `Show all ${formatNumber(ties)}`,
  focusWithoutFigure: (ties) => `+ ${formatNumber(ties)} ${ties === 1 ? 'tie' : 'ties'} without a figure`,
  announceLayer: (label, shown, visible) => `${label} ${shown ? 'shown' : 'hidden'}; ${visible} ties visible.`,
  announceFocus: (name, ties) => `${name} focused: ${ties === 1 ? '1 tie' : `${ties} ties`}.`,
  announceFocusCleared: (visible) => `Focus cleared; ${visible} ties visible.`,
  announceEvidence: (heading) => `Evidence: ${heading}.`,
  scenes: 'Scenes',
  previousScene: 'Previous scene',
  nextScene: 'Next scene',
  sceneCounter: (index, count) => `${index} / ${count}`,
  sceneCount: (count) => (count === 1 ? '1 scene' : `${count} scenes`),
  present: 'Present',
  leavePresenter: 'Leave presenter mode',
  play: 'Play',
  pause: 'Pause',
  allDates: 'All dates',
  asOf: (date) => `As of ${date}`,
  timeline: 'Timeline',
  downloadPng: 'Download PNG',
  downloadSvg: 'Download SVG',
  moreText: 'more',
  lessText: 'less',
  moreControls: 'More',
  announceScene: (index, count, title) => `Scene ${index} of ${count}: ${title}.`,
  loadTimeout: (url, seconds) => `Could not load the dataset from ${url}: no complete answer within ${roughly(seconds)} s (set the element's timeout attribute, in seconds, to wait longer).`,
  tooLarge: (url, bytes, limit) => `The dataset at ${url} is ${bytes === null ? 'larger than' : `${roughly(bytes / 1e6)} MB, over`} the limit of ${roughly(limit / 1e6)} MB; raise the element's max-size attribute (in MB) if you mean to load it.`,
  notUtf8: (url, offset) => `The dataset at ${url} is not valid UTF-8 text (byte ${formatNumber(offset)}); save it as UTF-8, or have the server declare its charset.`,
  unknownCharset: (url, charset) => `The dataset at ${url} declares the charset "${charset}", which this browser cannot decode; save it as UTF-8.`,
  notAnObject: (got) => `The data property must be a dataset object (parsed JSON) or JSON text; got ${got}. In a framework, pass it as a property, not an attribute.`,
  dataAsText: (where, text) => `${where === 'attribute' ? `The data attribute holds "${text}"` : `The data property holds the text "${text}"`}: the dataset reached the element as a string, which happens when a framework renders <ties-map> before the element is defined. Import 'ties-map' before the first render so data is set as a property (an object or JSON text), or use the src attribute.`,
  attributeProblem: (attribute, value, meant, known) => {
    if (attribute === 'as-of') return `as-of="${value}" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar day); showing all dates.`;
    if (attribute === 'min') return `min="${value}" is not a number of zero or more; no minimum figure applies.`;
    if (attribute === 'status' || attribute === 'stance' || attribute === 'direction') return `${attribute}: "${value}" is not one of ${known.join(', ')}; it filters nothing.`;
    if (attribute === 'worldview') return `worldview="${value}" is not a view of borders this map knows (${known.join(', ')}); showing the de facto view.`;
    if (attribute === 'story') return 'story is set, but the page has no section with a data-ties-scene attribute for this map (data-ties-map names the map where several share the page); the map keeps its view as the reader scrolls.';
    if (attribute === 'renderer' || attribute === 'theme') {
      return `${attribute}="${value}" is not ${known.slice(0, -1).join(', ')} or ${known.at(-1)}${meant ? `; did you mean "${meant}"? (values are case-sensitive)` : ''}; ${attribute === 'renderer' ? 'drawing as auto' : "following the reader's colour scheme"}.`;
    }
    return `${attribute}: "${value}" is not ${attribute === 'layers' ? 'a layer' : attribute === 'focus' ? 'an actor' : attribute === 'source' ? 'a source' : 'a scene'} of this dataset${meant ? `; did you mean "${meant}"? (ids are case-sensitive)` : known.length > 0 ? `; known: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}` : ''}.`;
  },
  findActor: 'Find an actor',
  actorMatches: (count) => (count === 0 ? 'No actor matches.' : count === 1 ? '1 actor matches; Enter focuses it.' : `${formatNumber(count)} actors match; arrow keys to choose, Enter to focus.`),
  filters: 'Filters',
  filtersOn: (count) => (count === 0 ? 'Filters' : `Filters (${formatNumber(count)} on)`),
  filterStatus: 'Status',
  statusNames: { stated: 'stated', reported: 'reported', planned: 'planned', potential: 'potential' },
  filterStance: 'Stance',
  stanceNames: { any: 'any', cooperative: 'cooperative', adversarial: 'adversarial' },
  filterSource: 'Source',
  anySource: 'any source',
  severalSources: (count) => `${formatNumber(count)} sources`,
  filterDirection: 'Direction',
  directionNames: { any: 'all ties', in: 'into the focused actor', out: 'out of the focused actor', both: "the focused actor's ties" },
  directionNeedsFocus: 'Focus an actor to filter by direction.',
  filterMin: "Minimum figure (in each layer's measure)",
  clearFilters: 'Clear filters',
  topFlows: (layer, drawn, receded, ties, all) => (all
    ? `${layer}: all ${formatNumber(drawn + receded)} edges drawn in full.`
    : `${layer}: the ${formatNumber(drawn)} largest in the measure drawn in full; + ${formatNumber(ties)} smaller ${ties === 1 ? 'tie' : 'ties'} in view, faint (${formatNumber(receded)} ${receded === 1 ? 'edge' : 'edges'}, no labels).`),
  showAllFlows: 'Show all',
  showTopFlows: 'Largest first',
  presenterConsole: 'Presenter console',
  consoleBlocked: 'The browser blocked the presenter console\'s window. Allow pop-ups for this page (in the address bar\'s blocked pop-up icon, or the site settings), then press "Presenter console" again.',
  consoleOpened: 'The presenter console is open in another window; it and this map step together.',
  consoleTitle: (title) => `Presenter console: ${title}`,
  consoleNow: 'Now',
  consoleNext: 'Next',
  consoleLast: 'Last scene',
  consoleNotes: 'Notes',
  consoleNoNotes: 'No notes for this scene.',
  consoleElapsed: 'Elapsed',
  consoleClock: 'Clock',
  consoleResetTimer: 'Reset timer',
  consoleScenes: 'Scenes',
  consoleWaiting: 'Waiting for the map this console presents (open the console from the map\'s "Presenter console" button).',
  consoleAudienceGone: 'The audience window is not answering; the console steps on its own.',
  consoleScriptFailed: (url) => `The presenter console could not load the map's script from ${url}. Serve the page over http(s) with ties-map's script at that address (a bundler that rewrites the script's own URL breaks this), or use the offline briefing file.`,
  focusFlowTotals: (out, into, apart) => {
    const sums = [out === null ? null : `out ${out}`, into === null ? null : `in ${into}`].filter(Boolean).join(' · ');
    return `Total ${sums}${apart > 0 ? `; ${formatNumber(apart)} ${apart === 1 ? 'tie' : 'ties'} not in the measure` : ''}`;
  },
  legendTotals: (layer, largest) => `Circle area: an actor's ${layer} total, out and in, in the measure (largest ${largest}).`,
};

const STRINGS: Record<string, Strings> = { en };

/** The status word to show beside a tie, or undefined for a stated one (the default says nothing). */
export function statusWord(strings: Strings, status: TieStatus | undefined): string | undefined {
  return status === undefined || status === 'stated' ? undefined : strings.status[status];
}

export function stringsFor(lang: string | null | undefined): Strings {
  const base = (lang ?? 'en').toLowerCase().split('-')[0]!;
  return ownValue(STRINGS, base) ?? en;
}
