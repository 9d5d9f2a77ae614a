/**
 * The border policy in code: which views of disputed borders the map offers (`worldview`), and,
 * area by area, which shape each view draws the area within and how the map marks it. The words a
 * reader sees for each area and view are in text/strings.ts (`borderAreas`); docs/borders.md
 * states the policy with its sources. Pure data and geometry: no DOM.
 *
 * An area is marked one of two ways:
 * - `shape`: the geodata draws it as a polygon of its own (a country feature, or an entry of the
 *   topology's `areas` object): it is hatched and outlined in short dashes;
 * - no shape: no package here ships a polygon for it, so the map marks it by a note (a ring at
 *   `at`) rather than an invented line, and the area stays inside the shape named by `within`.
 */

export const WORLDVIEWS = ['de-facto', 'un'] as const;
export type Worldview = (typeof WORLDVIEWS)[number];
export const DEFAULT_WORLDVIEW: Worldview = 'de-facto';

/** The `worldview` attribute: a known view, else null (the caller warns and keeps the default). */
export function parseWorldview(value: string | null | undefined): Worldview | null {
  const v = (value ?? '').trim().toLowerCase();
  return (WORLDVIEWS as readonly string[]).includes(v) ? (v as Worldview) : null;
}

export type BorderAreaId =
  | 'crimea'
  | 'golan'
  | 'west-bank'
  | 'gaza'
  | 'northern-cyprus'
  | 'western-sahara'
  | 'abkhazia'
  | 'south-ossetia';

export interface BorderArea {
  id: BorderAreaId;
  /** A point inside the area, [lon, lat]: where a note stands, and what decides whether the area is in a frame. */
  at: [number, number];
  /** The geodata shape that is the area (its outline is marked), or null: marked by a note at `at`. */
  shape: string | null;
  /** Per view, the country shape the area is drawn within (for an area with a shape of its own: that shape, or the country it joins). */
  within: Readonly<Record<Worldview, string>>;
}

export const BORDER_AREAS: readonly BorderArea[] = [
  { id: 'crimea', at: [34.1, 44.95], shape: 'X-CRM', within: { 'de-facto': 'RUS', un: 'UKR' } },
  { id: 'golan', at: [35.75, 33.0], shape: null, within: { 'de-facto': 'ISR', un: 'ISR' } },
  {
    id: 'west-bank',
    at: [35.25, 32.0],
    shape: 'PS-WBK',
    within: { 'de-facto': 'PS-WBK', un: 'PS-WBK' },
  },
  {
    id: 'gaza',
    at: [34.4, 31.45],
    shape: 'PS-GZA',
    within: { 'de-facto': 'PS-GZA', un: 'PS-GZA' },
  },
  {
    id: 'northern-cyprus',
    at: [33.6, 35.25],
    shape: 'X-NCY',
    within: { 'de-facto': 'X-NCY', un: 'X-NCY' },
  },
  {
    id: 'western-sahara',
    at: [-13.71, 21.94],
    shape: 'ESH',
    within: { 'de-facto': 'ESH', un: 'ESH' },
  },
  { id: 'abkhazia', at: [41.0, 43.0], shape: null, within: { 'de-facto': 'GEO', un: 'GEO' } },
  { id: 'south-ossetia', at: [44.0, 42.3], shape: null, within: { 'de-facto': 'GEO', un: 'GEO' } },
];

/** Areas given to another country than the one whose feature holds them in the geodata (the de facto view). */
export function movedAreas(worldview: Worldview): { area: BorderArea; from: string; to: string }[] {
  return BORDER_AREAS.filter(
    (a) =>
      a.shape !== null &&
      a.within[worldview] !== a.within['de-facto'] &&
      a.within[worldview] !== a.shape,
  ).map((area) => ({ area, from: area.within['de-facto'], to: area.within[worldview] }));
}

/** The marked areas whose point lies in a [west, south, east, north] box (what the legend names). */
export function areasIn(box: readonly [number, number, number, number]): BorderArea[] {
  const [west, south, east, north] = box;
  return BORDER_AREAS.filter(
    ({ at: [lon, lat] }) => lon >= west && lon <= east && lat >= south && lat <= north,
  );
}
