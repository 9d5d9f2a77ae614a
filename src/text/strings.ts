/**
 * The element's own words, one `Strings` object per language. Each text is a message (`msg`, with
 * an id that names its key): English is the source, the other languages are XLIFF files in xliff/
 * that `npm run localize:build` turns into ./locales/ (docs/languages.md). A message a language
 * lacks reads in English.
 */
import type { TieStatus } from '../data/types.ts';
import type { BorderAreaId, Worldview } from '../geo/borders.ts';
import { formatNumber } from '../data/figure-text.ts';
import { activeLanguage, inLanguage, msg, str } from './msg.ts';
import { isLoaded, resolveLanguage } from './languages.ts';

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

// Limits in messages read as set: two significant digits, so 0.004 s is not "0 s" nor 20 MB "20.0 MB".
const roughFormats = new Map<string, Intl.NumberFormat>();
function roughly(value: number): string {
  const lang = activeLanguage();
  let format = roughFormats.get(lang);
  if (!format)
    roughFormats.set(
      lang,
      (format = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang, {
        maximumSignificantDigits: 2,
      })),
    );
  return format.format(value);
}
/** A number in the language the messages are being read in. */
export const num = (value: number): string => formatNumber(value, activeLanguage());

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & {
  other: () => string;
};
const pluralRules = new Map<string, Intl.PluralRules>();
/** The form of a counted phrase that the language's plural rules pick for `count` (Intl.PluralRules). */
export function plural(count: number, forms: PluralForms): string {
  const lang = activeLanguage();
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  // English has "one" and "other" only: the others are written for the languages that use them.
  const form = count === 0 && forms.zero ? 'zero' : rules.select(count);
  return (forms[form] ?? forms.other)();
}

const tieCount = (n: number): string =>
  plural(n, {
    zero: () => msg(str`${num(n)} ties`, { id: 'ties.zero' }),
    one: () => msg(str`${num(n)} tie`, { id: 'ties.one' }),
    two: () => msg(str`${num(n)} ties`, { id: 'ties.two' }),
    few: () => msg(str`${num(n)} ties`, { id: 'ties.few' }),
    many: () => msg(str`${num(n)} ties`, { id: 'ties.many' }),
    other: () => msg(str`${num(n)} ties`, { id: 'ties.other' }),
  });

const QUALIFIERS: Record<string, (value: string) => string> = {
  'up to': (value) => msg(str`up to ${value}`, { id: 'qualifier.upTo' }),
  over: (value) => msg(str`over ${value}`, { id: 'qualifier.over' }),
  'more than': (value) => msg(str`more than ${value}`, { id: 'qualifier.moreThan' }),
  about: (value) => msg(str`about ${value}`, { id: 'qualifier.about' }),
  around: (value) => msg(str`around ${value}`, { id: 'qualifier.around' }),
  'at least': (value) => msg(str`at least ${value}`, { id: 'qualifier.atLeast' }),
  under: (value) => msg(str`under ${value}`, { id: 'qualifier.under' }),
  'less than': (value) => msg(str`less than ${value}`, { id: 'qualifier.lessThan' }),
  nearly: (value) => msg(str`nearly ${value}`, { id: 'qualifier.nearly' }),
};

function borderAreas(): Strings['borderAreas'] {
  return {
    crimea: {
      name: msg('Crimea', { id: 'borderAreas.crimea.name' }),
      status: {
        'de-facto': msg(
          'Crimea: drawn as Russia, which annexed it in 2014; the UN General Assembly does not recognise the annexation (Russian-occupied)',
          { id: 'borderAreas.crimea.deFacto' },
        ),
        un: msg('Crimea: drawn as part of Ukraine, Russian-occupied since 2014', {
          id: 'borderAreas.crimea.un',
        }),
      },
    },
    golan: {
      name: msg('Golan Heights', { id: 'borderAreas.golan.name' }),
      status: {
        'de-facto': msg(
          "Golan Heights (ring): Israeli-administered since 1967, annexed in 1981; occupied in the UN's view; no shape of its own in the base map, so drawn within Israel",
          { id: 'borderAreas.golan.deFacto' },
        ),
        un: msg(
          'Golan Heights (ring): part of Syria, Israeli-occupied; no shape of its own in the base map, so still drawn within Israel',
          { id: 'borderAreas.golan.un' },
        ),
      },
    },
    'west-bank': {
      name: msg('West Bank', { id: 'borderAreas.westBank.name' }),
      status: {
        'de-facto': msg('West Bank: Palestinian territory under Israeli occupation since 1967', {
          id: 'borderAreas.westBank.deFacto',
        }),
        un: msg('West Bank: Palestinian territory, Israeli-occupied', {
          id: 'borderAreas.westBank.un',
        }),
      },
    },
    gaza: {
      name: msg('Gaza', { id: 'borderAreas.gaza.name' }),
      status: {
        'de-facto': msg(
          'Gaza: Palestinian territory; its status is disputed (Israel withdrew in 2005; the UN and the ICJ hold it occupied)',
          { id: 'borderAreas.gaza.deFacto' },
        ),
        un: msg('Gaza: Palestinian territory, Israeli-occupied', { id: 'borderAreas.gaza.un' }),
      },
    },
    'northern-cyprus': {
      name: msg('Northern Cyprus', { id: 'borderAreas.northernCyprus.name' }),
      status: {
        'de-facto': msg(
          'Northern Cyprus: Turkish Cypriot administration, recognised only by Türkiye',
          { id: 'borderAreas.northernCyprus.deFacto' },
        ),
        un: msg(
          'Northern Cyprus: part of Cyprus (UN Security Council resolution 541); drawn as its own shape',
          { id: 'borderAreas.northernCyprus.un' },
        ),
      },
    },
    'western-sahara': {
      name: msg('Western Sahara', { id: 'borderAreas.westernSahara.name' }),
      status: {
        'de-facto': msg(
          "Western Sahara: the part east of Morocco's berm, drawn on its own; the part Morocco administers is drawn within Morocco",
          { id: 'borderAreas.westernSahara.deFacto' },
        ),
        un: msg(
          'Western Sahara: a Non-Self-Governing Territory; the part Morocco administers is still drawn within Morocco (no shape separates it)',
          { id: 'borderAreas.westernSahara.un' },
        ),
      },
    },
    abkhazia: {
      name: msg('Abkhazia', { id: 'borderAreas.abkhazia.name' }),
      status: {
        'de-facto': msg(
          'Abkhazia (ring): breakaway region of Georgia, recognised by Russia since 2008; drawn within Georgia',
          { id: 'borderAreas.abkhazia.deFacto' },
        ),
        un: msg('Abkhazia (ring): part of Georgia; drawn within Georgia', {
          id: 'borderAreas.abkhazia.un',
        }),
      },
    },
    'south-ossetia': {
      name: msg('South Ossetia', { id: 'borderAreas.southOssetia.name' }),
      status: {
        'de-facto': msg(
          'South Ossetia (ring): breakaway region of Georgia, recognised by Russia since 2008; drawn within Georgia',
          { id: 'borderAreas.southOssetia.deFacto' },
        ),
        un: msg('South Ossetia (ring): part of Georgia; drawn within Georgia', {
          id: 'borderAreas.southOssetia.un',
        }),
      },
    },
  };
}

function attributeProblem(
  attribute: string,
  value: string,
  meant: string | null,
  known: string[],
): string {
  const list = known.join(', ');
  if (attribute === 'as-of')
    return msg(
      str`as-of="${value}" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar day); showing all dates.`,
      { id: 'attributeProblem.asOf' },
    );
  if (attribute === 'min')
    return msg(str`min="${value}" is not a number of zero or more; no minimum figure applies.`, {
      id: 'attributeProblem.min',
    });
  if (attribute === 'status' || attribute === 'stance' || attribute === 'direction')
    return msg(str`${attribute}: "${value}" is not one of ${list}; it filters nothing.`, {
      id: 'attributeProblem.filter',
    });
  if (attribute === 'worldview')
    return msg(
      str`worldview="${value}" is not a view of borders this map knows (${list}); showing the de facto view.`,
      { id: 'attributeProblem.worldview' },
    );
  if (attribute === 'group')
    return msg(str`group="${value}" is not one of ${list}; actors are not grouped.`, {
      id: 'attributeProblem.group',
    });
  if (attribute === 'story')
    return msg(
      'story is set, but the page has no section with a data-ties-scene attribute for this map (data-ties-map names the map where several share the page); the map keeps its view as the reader scrolls.',
      { id: 'attributeProblem.story' },
    );
  if (attribute === 'renderer' || attribute === 'theme' || attribute === 'flows') {
    const choices = msg(str`${known.slice(0, -1).join(', ')} or ${known.at(-1) ?? ''}`, {
      id: 'attributeProblem.choices',
    });
    const guess = meant
      ? msg(str`; did you mean "${meant}"? (values are case-sensitive)`, {
          id: 'attributeProblem.meantValue',
        })
      : '';
    if (attribute === 'flows')
      return msg(str`flows="${value}" is not ${choices}${guess}; drawing the largest first.`, {
        id: 'attributeProblem.flows',
      });
    return attribute === 'renderer'
      ? msg(str`renderer="${value}" is not ${choices}${guess}; drawing as auto.`, {
          id: 'attributeProblem.renderer',
        })
      : msg(
          str`theme="${value}" is not ${choices}${guess}; following the reader's colour scheme.`,
          { id: 'attributeProblem.theme' },
        );
  }
  const what =
    attribute === 'layers'
      ? msg('a layer', { id: 'attributeProblem.aLayer' })
      : attribute === 'focus'
        ? msg('an actor', { id: 'attributeProblem.anActor' })
        : attribute === 'source'
          ? msg('a source', { id: 'attributeProblem.aSource' })
          : msg('a scene', { id: 'attributeProblem.aScene' });
  const hint = meant
    ? msg(str`; did you mean "${meant}"? (ids are case-sensitive)`, {
        id: 'attributeProblem.meantId',
      })
    : known.length > 0
      ? msg(str`; known: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`, {
          id: 'attributeProblem.known',
        })
      : '';
  return msg(str`${attribute}: "${value}" is not ${what} of this dataset${hint}.`, {
    id: 'attributeProblem.notInDataset',
  });
}

/** The strings, read in the active language (see `stringsFor`). */
function build(lang: string, dir: 'ltr' | 'rtl'): Strings {
  return {
    lang,
    dir,
    number: num,
    layers: msg('Layers', { id: 'layers' }),
    showTable: msg('Show table', { id: 'showTable' }),
    hideTable: msg('Hide table', { id: 'hideTable' }),
    tableCaption: (title) =>
      msg(str`${title}: every tie shown on the map, with its figure and sources`, {
        id: 'tableCaption',
      }),
    placesCaption: (borders) =>
      msg(
        str`Where the map draws each actor, and the disputed or occupied areas its shape holds (${borders})`,
        { id: 'placesCaption' },
      ),
    placesColumns: {
      actor: msg('Actor', { id: 'placesColumns.actor' }),
      drawn: msg('Drawn as', { id: 'placesColumns.drawn' }),
      areas: msg('Disputed or occupied areas in its shape', { id: 'placesColumns.areas' }),
    },
    placeShape: msg('its own shape in the base map', { id: 'placeShape' }),
    placePoint: (lon, lat) => {
      const latText = `${formatNumber(Number(Math.abs(lat).toFixed(2)), activeLanguage())}° ${lat < 0 ? msg('S', { id: 'compass.south' }) : msg('N', { id: 'compass.north' })}`;
      const lonText = `${formatNumber(Number(Math.abs(lon).toFixed(2)), activeLanguage())}° ${lon < 0 ? msg('W', { id: 'compass.west' }) : msg('E', { id: 'compass.east' })}`;
      return lang === 'en'
        ? `a point at ${Math.abs(lat).toFixed(2)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(2)}° ${lon < 0 ? 'W' : 'E'}`
        : msg(str`a point at ${latText}, ${lonText}`, { id: 'placePoint' });
    },
    placeTab: (km, bearing) =>
      msg(str`a tab at the frame's edge: ${num(km)} km away, bearing ${num(bearing)}°`, {
        id: 'placeTab',
      }),
    placeNoArea: msg('none marked', { id: 'placeNoArea' }),
    placeOtherAreas: msg("In no actor's shape", { id: 'placeOtherAreas' }),
    columns: {
      summary: msg('Tie', { id: 'columns.summary' }),
      from: msg('From', { id: 'columns.from' }),
      to: msg('To', { id: 'columns.to' }),
      layer: msg('Layer', { id: 'columns.layer' }),
      figure: msg('Figure', { id: 'columns.figure' }),
      period: msg('Period', { id: 'columns.period' }),
      sources: msg('Sources', { id: 'columns.sources' }),
    },
    noFigure: msg('no figure in the sources', { id: 'noFigure' }),
    legendDirection: msg('Arrow: direction (supplier → recipient, actor → target)', {
      id: 'legendDirection',
    }),
    legendNoFigure: msg('Dashed: no figure in the sources', { id: 'legendNoFigure' }),
    legendAdversarial: msg('Hollow, barred arrow: adversarial (sanctions, hostility)', {
      id: 'legendAdversarial',
    }),
    legendWidths: msg(
      'Line width shows one measure per layer, from zero; other figures draw thin and are written on the line:',
      { id: 'legendWidths' },
    ),
    legendTentative: msg('Dotted, lighter: planned or potential', { id: 'legendTentative' }),
    sceneKey: msg('Key to this scene', { id: 'sceneKey' }),
    keyDirection: msg('Arrow: direction', { id: 'keyDirection' }),
    keyShort: {
      'no-figure': msg('Dashed: no figure', { id: 'keyShort.noFigure' }),
      adversarial: msg('Hollow: adversarial', { id: 'keyShort.adversarial' }),
      tentative: msg('Dotted: planned or potential', { id: 'keyShort.tentative' }),
      borders: msg('Hatched or ringed: disputed or occupied', { id: 'keyShort.borders' }),
    },
    legendMeasure: (layer, label, unit, inferred, tentative = false) =>
      (inferred
        ? msg(str`${layer}: ${unit} (no measure declared: the unit most of its figures carry)`, {
            id: 'legendMeasure.inferred',
          })
        : label.includes(unit)
          ? msg(str`${layer}: ${label}`, { id: 'legendMeasure.label' })
          : msg(str`${layer}: ${label} (${unit})`, { id: 'legendMeasure.labelUnit' })) +
      (tentative ? msg(', planned or potential figures', { id: 'legendMeasure.tentative' }) : ''),
    dataAsOf: (date) => msg(str`Data as of ${date}`, { id: 'dataAsOf' }),
    baseMapCredit: msg('Base map: Natural Earth', { id: 'baseMapCredit' }),
    bordersCredit: (worldview) =>
      worldview === 'un'
        ? msg('Borders: UN view (Crimea: Ukraine)', { id: 'bordersCredit.un' })
        : msg('Borders: de facto', { id: 'bordersCredit.deFacto' }),
    legendBorders: msg('Hatched or ringed: disputed or occupied:', { id: 'legendBorders' }),
    borderAreas: borderAreas(),
    loading: msg('Loading the map…', { id: 'loading' }),
    mapUnavailable: msg(
      'The map picture is unavailable in this browser; the table below lists every tie.',
      { id: 'mapUnavailable' },
    ),
    workerFailed: (url) =>
      msg(
        str`The map cannot start: its worker script did not load from ${url}. Serve the package's dist/assets/ folder beside dist/ties-map.js (a bundler must copy it with the package), and allow that address in the page's worker-src; the table below lists every tie.`,
        { id: 'workerFailed' },
      ),
    distant: (km) => msg(str`${km} km away`, { id: 'distant' }),
    errorTitle: msg('This map cannot be shown:', { id: 'errorTitle' }),
    fetchFailed: (url, reason) =>
      msg(str`Could not load the dataset from ${url}: ${reason}.`, { id: 'fetchFailed' }),
    parserUnavailable: (reason) =>
      msg(str`Could not load the code that reads large datasets: ${reason}.`, {
        id: 'parserUnavailable',
      }),
    notJson: (url, contentType) =>
      contentType
        ? msg(
            str`The dataset URL ${url} returned ${contentType} (an HTML page?), not a ties-map/1 JSON file; check the src attribute.`,
            { id: 'notJson' },
          )
        : msg(
            str`The dataset URL ${url} returned something other than JSON (an HTML page?), not a ties-map/1 JSON file; check the src attribute.`,
            { id: 'notJson.unknown' },
          ),
    noData: msg('No dataset: set the src attribute or the data property.', { id: 'noData' }),
    tiesShown: (shown, total) =>
      msg(str`${num(shown)} of ${num(total)} ties shown`, { id: 'tiesShown' }),
    tableShowing: (shown, total) =>
      msg(str`The table lists ${num(shown)} of ${num(total)} visible ties.`, {
        id: 'tableShowing',
      }),
    tableMore: (count) => msg(str`Show ${num(count)} more`, { id: 'tableMore' }),
    mapLabel: (title) => msg(str`Map: ${title}`, { id: 'mapLabel' }),
    focusActor: (name) => msg(str`Show the ties of ${name}`, { id: 'focusActor' }),
    clearFocus: msg('Show all actors', { id: 'clearFocus' }),
    close: msg('Close', { id: 'close' }),
    previewHint: msg('Click or press Enter for the quotes', { id: 'previewHint' }),
    copyCitation: msg('Copy citation', { id: 'copyCitation' }),
    copied: msg('Citation copied.', { id: 'copied' }),
    copyFailed: msg('Could not copy; select the text instead.', { id: 'copyFailed' }),
    publisherUnknown: msg('publisher unknown', { id: 'publisherUnknown' }),
    dateUnknown: msg('date unknown', { id: 'dateUnknown' }),
    dateNotBefore: (date) => msg(str`date unknown (not before ${date})`, { id: 'dateNotBefore' }),
    ended: (date) => msg(str`ended ${date}`, { id: 'ended' }),
    adversarial: msg('adversarial', { id: 'adversarial' }),
    status: {
      reported: msg('reported', { id: 'status.reported' }),
      planned: msg('planned', { id: 'status.planned' }),
      potential: msg('potential', { id: 'status.potential' }),
    },
    photoCaption: msg('photo caption', { id: 'photoCaption' }),
    quoteTranslation: ({ translator, method, reviewed }) =>
      reviewed === false
        ? msg(
            str`Translation, not part of the source (${method}, by ${translator}; not reviewed).`,
            { id: 'quoteTranslation.unreviewed' },
          )
        : msg(
            str`Translation, not part of the source (${method}, by ${translator}; reviewed by ${reviewed}).`,
            { id: 'quoteTranslation.reviewed' },
          ),
    evidenceButton: msg('Evidence', { id: 'evidenceButton' }),
    edgeLabel: (layer, from, to, ties) =>
      msg(str`${layer}: ${from} to ${to}, ${tieCount(ties)}`, { id: 'edgeLabel' }),
    edgesViaTable: (count, focused) =>
      focused
        ? msg(
            str`${count} edges: too many to step through one by one. Hide a layer, or use the Evidence buttons in the table.`,
            { id: 'edgesViaTable.focused' },
          )
        : msg(
            str`${count} edges: too many to step through one by one. Focus a country to step through its edges, or use the Evidence buttons in the table.`,
            { id: 'edgesViaTable' },
          ),
    focusHeading: (name, ties) => msg(str`${name}: ${tieCount(ties)}`, { id: 'focusHeading' }),
    focusTotals: (ties, units) => {
      const parts = units.map(({ unit, count }) =>
        unit === null
          ? msg(str`${num(count)} without a figure`, { id: 'focusTotals.noFigure' })
          : msg(str`${num(count)} in ${unit}`, { id: 'focusTotals.inUnit' }),
      );
      return msg(str`${tieCount(ties)}: ${parts.join(msg(', ', { id: 'listSeparator' }))}`, {
        id: 'focusTotals',
      });
    },
    focusNone: msg('No ties in the layers shown.', { id: 'focusNone' }),
    focusMore: (ties) => msg(str`Show all ${num(ties)}`, { id: 'focusMore' }),
    focusWithoutFigure: (ties) =>
      msg(str`+ ${tieCount(ties)} without a figure`, { id: 'focusWithoutFigure' }),
    announceLayer: (label, shown, visible) =>
      shown
        ? msg(str`${label} shown; ${num(visible)} ties visible.`, { id: 'announceLayer.shown' })
        : msg(str`${label} hidden; ${num(visible)} ties visible.`, { id: 'announceLayer.hidden' }),
    announceFocus: (name, ties) =>
      msg(str`${name} focused: ${tieCount(ties)}.`, { id: 'announceFocus' }),
    announceFocusCleared: (visible) =>
      msg(str`Focus cleared; ${num(visible)} ties visible.`, { id: 'announceFocusCleared' }),
    announceEvidence: (heading) => msg(str`Evidence: ${heading}.`, { id: 'announceEvidence' }),
    scenes: msg('Scenes', { id: 'scenes' }),
    previousScene: msg('Previous scene', { id: 'previousScene' }),
    nextScene: msg('Next scene', { id: 'nextScene' }),
    sceneCounter: (index, count) => msg(str`${num(index)} / ${num(count)}`, { id: 'sceneCounter' }),
    sceneCount: (count) =>
      plural(count, {
        one: () => msg(str`${num(count)} scene`, { id: 'sceneCount.one' }),
        two: () => msg(str`${num(count)} scenes`, { id: 'sceneCount.two' }),
        few: () => msg(str`${num(count)} scenes`, { id: 'sceneCount.few' }),
        many: () => msg(str`${num(count)} scenes`, { id: 'sceneCount.many' }),
        other: () => msg(str`${num(count)} scenes`, { id: 'sceneCount.other' }),
      }),
    present: msg('Present', { id: 'present' }),
    leavePresenter: msg('Leave presenter mode', { id: 'leavePresenter' }),
    play: msg('Play', { id: 'play' }),
    pause: msg('Pause', { id: 'pause' }),
    allDates: msg('All dates', { id: 'allDates' }),
    asOf: (date) => msg(str`As of ${date}`, { id: 'asOf' }),
    timeline: msg('Timeline', { id: 'timeline' }),
    downloadPng: msg('Download PNG', { id: 'downloadPng' }),
    downloadSvg: msg('Download SVG', { id: 'downloadSvg' }),
    moreText: msg('more', { id: 'moreText' }),
    lessText: msg('less', { id: 'lessText' }),
    moreControls: msg('More', { id: 'moreControls' }),
    announceScene: (index, count, title) =>
      msg(str`Scene ${num(index)} of ${num(count)}: ${title}.`, { id: 'announceScene' }),
    loadTimeout: (url, seconds) =>
      msg(
        str`Could not load the dataset from ${url}: no complete answer within ${roughly(seconds)} s (set the element's timeout attribute, in seconds, to wait longer).`,
        { id: 'loadTimeout' },
      ),
    tooLarge: (url, bytes, limit) =>
      bytes === null
        ? msg(
            str`The dataset at ${url} is larger than the limit of ${roughly(limit / 1e6)} MB; raise the element's max-size attribute (in MB) if you mean to load it.`,
            { id: 'tooLarge.unknown' },
          )
        : msg(
            str`The dataset at ${url} is ${roughly(bytes / 1e6)} MB, over the limit of ${roughly(limit / 1e6)} MB; raise the element's max-size attribute (in MB) if you mean to load it.`,
            { id: 'tooLarge' },
          ),
    notUtf8: (url, offset) =>
      msg(
        str`The dataset at ${url} is not valid UTF-8 text (byte ${num(offset)}); save it as UTF-8, or have the server declare its charset.`,
        { id: 'notUtf8' },
      ),
    unknownCharset: (url, charset) =>
      msg(
        str`The dataset at ${url} declares the charset "${charset}", which this browser cannot decode; save it as UTF-8.`,
        { id: 'unknownCharset' },
      ),
    notAnObject: (got) =>
      msg(
        str`The data property must be a dataset object (parsed JSON) or JSON text; got ${got}. In a framework, pass it as a property, not an attribute.`,
        { id: 'notAnObject' },
      ),
    dataAsText: (where, text) =>
      where === 'attribute'
        ? msg(
            str`The data attribute holds "${text}": the dataset reached the element as a string, which happens when a framework renders <ties-map> before the element is defined. Import 'ties-map' before the first render so data is set as a property (an object or JSON text), or use the src attribute.`,
            { id: 'dataAsText.attribute' },
          )
        : msg(
            str`The data property holds the text "${text}": the dataset reached the element as a string, which happens when a framework renders <ties-map> before the element is defined. Import 'ties-map' before the first render so data is set as a property (an object or JSON text), or use the src attribute.`,
            { id: 'dataAsText.property' },
          ),
    attributeProblem,
    findActor: msg('Find an actor', { id: 'findActor' }),
    actorMatches: (count) =>
      count === 0
        ? msg('No actor matches.', { id: 'actorMatches.none' })
        : count === 1
          ? msg('1 actor matches; Enter focuses it.', { id: 'actorMatches.one' })
          : msg(str`${num(count)} actors match; arrow keys to choose, Enter to focus.`, {
              id: 'actorMatches.other',
            }),
    filters: msg('Filters', { id: 'filters' }),
    filtersOn: (count) =>
      count === 0
        ? msg('Filters', { id: 'filters' })
        : msg(str`Filters (${num(count)} on)`, { id: 'filtersOn' }),
    filterStatus: msg('Status', { id: 'filterStatus' }),
    statusNames: {
      stated: msg('stated', { id: 'statusNames.stated' }),
      reported: msg('reported', { id: 'status.reported' }),
      planned: msg('planned', { id: 'status.planned' }),
      potential: msg('potential', { id: 'status.potential' }),
    },
    filterStance: msg('Stance', { id: 'filterStance' }),
    stanceNames: {
      any: msg('any', { id: 'stanceNames.any' }),
      cooperative: msg('cooperative', { id: 'stanceNames.cooperative' }),
      adversarial: msg('adversarial', { id: 'adversarial' }),
    },
    filterSource: msg('Source', { id: 'filterSource' }),
    anySource: msg('any source', { id: 'anySource' }),
    severalSources: (count) => msg(str`${num(count)} sources`, { id: 'severalSources' }),
    filterDirection: msg('Direction', { id: 'filterDirection' }),
    directionNames: {
      any: msg('all ties', { id: 'directionNames.any' }),
      in: msg('into the focused actor', { id: 'directionNames.in' }),
      out: msg('out of the focused actor', { id: 'directionNames.out' }),
      both: msg("the focused actor's ties", { id: 'directionNames.both' }),
    },
    directionNeedsFocus: msg('Focus an actor to filter by direction.', {
      id: 'directionNeedsFocus',
    }),
    filterMin: msg("Minimum figure (in each layer's measure)", { id: 'filterMin' }),
    clearFilters: msg('Clear filters', { id: 'clearFilters' }),
    topFlows: (layer, drawn, receded, ties, all) =>
      all
        ? msg(str`${layer}: all ${num(drawn + receded)} edges drawn in full.`, {
            id: 'topFlows.all',
          })
        : receded === 1
          ? msg(
              str`${layer}: the ${num(drawn)} largest in the measure drawn in full; + ${num(ties)} smaller ${ties === 1 ? msg('tie', { id: 'tieWord.one' }) : msg('ties', { id: 'tieWord.other' })} in view, faint (${num(receded)} edge, no labels).`,
              { id: 'topFlows.oneEdge' },
            )
          : msg(
              str`${layer}: the ${num(drawn)} largest in the measure drawn in full; + ${num(ties)} smaller ${ties === 1 ? msg('tie', { id: 'tieWord.one' }) : msg('ties', { id: 'tieWord.other' })} in view, faint (${num(receded)} edges, no labels).`,
              { id: 'topFlows' },
            ),
    showAllFlows: msg('Show all', { id: 'showAllFlows' }),
    showTopFlows: msg('Largest first', { id: 'showTopFlows' }),
    presenterConsole: msg('Presenter console', { id: 'presenterConsole' }),
    consoleBlocked: msg(
      'The browser blocked the presenter console\'s window. Allow pop-ups for this page (in the address bar\'s blocked pop-up icon, or the site settings), then press "Presenter console" again.',
      { id: 'consoleBlocked' },
    ),
    consoleOpened: msg(
      'The presenter console is open in another window; it and this map step together.',
      { id: 'consoleOpened' },
    ),
    consoleTitle: (title) => msg(str`Presenter console: ${title}`, { id: 'consoleTitle' }),
    consoleNow: msg('Now', { id: 'consoleNow' }),
    consoleNext: msg('Next', { id: 'consoleNext' }),
    consoleLast: msg('Last scene', { id: 'consoleLast' }),
    consoleNotes: msg('Notes', { id: 'consoleNotes' }),
    consoleNoNotes: msg('No notes for this scene.', { id: 'consoleNoNotes' }),
    consoleElapsed: msg('Elapsed', { id: 'consoleElapsed' }),
    consoleClock: msg('Clock', { id: 'consoleClock' }),
    consoleResetTimer: msg('Reset timer', { id: 'consoleResetTimer' }),
    consoleScenes: msg('Scenes', { id: 'consoleScenes' }),
    consoleWaiting: msg(
      'Waiting for the map this console presents (open the console from the map\'s "Presenter console" button).',
      { id: 'consoleWaiting' },
    ),
    consoleAudienceGone: msg(
      'The audience window is not answering; the console steps on its own.',
      { id: 'consoleAudienceGone' },
    ),
    consoleScriptFailed: (url) =>
      msg(
        str`The presenter console could not load the map's script from ${url}. Serve the page over http(s) with ties-map's script at that address (a bundler that rewrites the script's own URL breaks this), or use the offline briefing file.`,
        { id: 'consoleScriptFailed' },
      ),
    callouts: msg('Call-outs on the map', { id: 'callouts' }),
    calloutsNote: msg("The editor's notes on this view, not quotes from the sources.", {
      id: 'calloutsNote',
    }),
    focusFlowTotals: (out, into, apart) => {
      const sums = [
        out === null ? null : msg(str`out ${out}`, { id: 'focusFlowTotals.out' }),
        into === null ? null : msg(str`in ${into}`, { id: 'focusFlowTotals.in' }),
      ]
        .filter(Boolean)
        .join(' · ');
      const total = msg(str`Total ${sums}`, { id: 'focusFlowTotals.total' });
      return apart > 0
        ? msg(str`${total}; ${tieCount(apart)} not in the measure`, { id: 'focusFlowTotals.apart' })
        : total;
    },
    legendTotals: (layer, largest) =>
      msg(
        str`Circle area: an actor's ${layer} total, out and in, in the measure (largest ${largest}).`,
        { id: 'legendTotals' },
      ),
    qualified: (qualifier, value) =>
      Object.hasOwn(QUALIFIERS, qualifier)
        ? QUALIFIERS[qualifier]!(value)
        : `${qualifier} ${value}`,
    figureOf: (figure, of) => msg(str`${figure} of ${of}`, { id: 'figureOf' }),
    periodFrom: (date) => msg(str`from ${date}`, { id: 'periodFrom' }),
    periodUntil: (date) => msg(str`until ${date}`, { id: 'periodUntil' }),
    sourcesCredit: (list) => msg(str`Sources: ${list}`, { id: 'sourcesCredit' }),
    statusAside: (status) =>
      status === 'planned'
        ? msg('(planned)', { id: 'statusAside.planned' })
        : msg('(potential)', { id: 'statusAside.potential' }),
    ties: tieCount,
    listSeparator: msg(', ', { id: 'listSeparator' }),
    handoutTies: msg('Ties in this scene, with their quotes', { id: 'handoutTies' }),
    handoutContinued: (title) => msg(str`${title} (continued)`, { id: 'handoutContinued' }),
    handoutPage: (page, pages) =>
      msg(str`Page ${num(page)} of ${num(pages)}`, { id: 'handoutPage' }),
    groupName: (region, actors) => msg(str`${region} · ${num(actors)}`, { id: 'groupName' }),
    groupControl: msg('Group actors', { id: 'groupControl' }),
    groupNone: msg('Not grouped', { id: 'groupNone' }),
    groupRegion: msg('By UN region', { id: 'groupRegion' }),
    groupSubregion: msg('By UN sub-region', { id: 'groupSubregion' }),
    groupLegend: (level) =>
      level === 'region'
        ? msg(
            'Countries grouped by UN M49 region; edges between groups sum their ties in the measure. Organisations and areas M49 does not list stay themselves.',
            { id: 'groupLegend.region' },
          )
        : msg(
            'Countries grouped by UN M49 sub-region; edges between groups sum their ties in the measure. Organisations and areas M49 does not list stay themselves.',
            { id: 'groupLegend.subregion' },
          ),
    groupSum: (sum, apart) =>
      apart > 0
        ? msg(str`Sum in the measure: ${sum}; ${tieCount(apart)} not in the measure`, {
            id: 'groupSum.apart',
          })
        : msg(str`Sum in the measure: ${sum}`, { id: 'groupSum' }),
    groupNoSum: (ties) => msg(str`No sum in the measure: ${tieCount(ties)}`, { id: 'groupNoSum' }),
    groupExpand: (region) => msg(str`Expand ${region}`, { id: 'groupExpand' }),
    announceGroupExpanded: (region, actors) =>
      msg(str`${region} expanded: ${num(actors)} actors drawn themselves.`, {
        id: 'announceGroupExpanded',
      }),
    groupCollapse: msg('Regroup all', { id: 'groupCollapse' }),
    announceGroupsCollapsed: msg('Every group drawn as one again.', {
      id: 'announceGroupsCollapsed',
    }),
  };
}

/** Wrap each function of `strings` (nested objects hold text only) so it reads in `lang`. */
function bind<T extends object>(lang: string, strings: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(strings)) {
    out[key] =
      typeof value === 'function'
        ? (...args: unknown[]) =>
            inLanguage(lang, () => (value as (...a: unknown[]) => unknown)(...args))
        : value;
  }
  return out as unknown as T;
}

/**
 * A table of words per language (the element's, the authoring page's): built in the language's own
 * messages, each of its functions bound to that language, once per language and load state. A
 * shipped language reads in English until its messages load; loaded later, it gets a fresh object,
 * so a cache keyed by the table sees the change.
 */
export function perLanguage<T extends object>(
  build: (lang: string, dir: 'ltr' | 'rtl') => T,
): (lang: string | null | undefined) => T {
  const built = new Map<string, T>();
  return (lang) => {
    const { code, dir } = resolveLanguage(lang);
    const key = `${code}|${isLoaded(code)}`;
    let words = built.get(key);
    if (!words) {
      words = bind(
        code,
        inLanguage(code, () => build(code, dir)),
      );
      built.set(key, words);
    }
    return words;
  };
}

/** The status word to show beside a tie, or undefined for a stated one (the default says nothing). */
export function statusWord(strings: Strings, status: TieStatus | undefined): string | undefined {
  return status === undefined || status === 'stated' ? undefined : strings.status[status];
}

/** The element's words in `lang` ("he-IL" reads Hebrew): a shipped language whose messages are loaded (languages.ts), else English. */
export const stringsFor: (lang: string | null | undefined) => Strings = perLanguage(build);
