/**
 * The border policy (src/geo/borders.ts, docs/borders.md): in each worldview, the shape each named
 * area is drawn within and the marking it carries, tested with geoContains at the areas' points.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { stringsFor } from '../../src/text/strings.ts';
import {
  BORDER_AREAS,
  parseWorldview,
  WORLDVIEWS,
  type BorderAreaId,
  type Worldview,
} from '../../src/geo/borders.ts';
import { countriesFromTopology } from '../../src/geo/world-decode.ts';
import type { Countries } from '../../src/geo/world.ts';
import { TOPOLOGY_URL } from '../../geodata/build.ts';
import { checkAttributes } from '../../src/state/attribute-checks.ts';
import { reduce, UNSPELLED } from '../../src/state/reduce.ts';
import { INITIAL_VIEW, worldviewOf } from '../../src/state/view-state.ts';
import { buildStyle } from '../../src/render/maplibre/style.ts';
import { marksNode } from '../../src/render/svg/basemap.ts';
import { fitCamera } from '../../src/render/svg/camera.ts';
import type { SvgNode } from '../../src/render/svg/tree.ts';
import { svgView } from '../../src/render/svg/view.ts';
import { THEMES } from '../../src/render/themes.ts';
import { runCli } from './run-cli.ts';

const topology = JSON.parse(readFileSync(TOPOLOGY_URL, 'utf8')) as Topology;
const views = new Map(WORLDVIEWS.map((w) => [w, countriesFromTopology(topology, w)]));
const view = (w: Worldview): Countries => views.get(w)!;

/** The points, and one inside each of the West Bank and Gaza. */
const POINTS: Record<'golan' | 'crimea' | 'west-bank' | 'gaza', [number, number]> = {
  golan: [35.75, 33.0],
  crimea: [34.1, 44.95],
  'west-bank': [35.25, 32.0],
  gaza: [34.4, 31.45],
};

/** The country shapes that hold a point in a view. */
const holders = (w: Worldview, point: [number, number]) =>
  view(w)
    .features.filter((f) => geoContains(f, point))
    .map((f) => f.properties.id);
/** How the view marks a point: the hatched area that holds it, or the note standing on it. */
function markAt(w: Worldview, point: [number, number]): BorderAreaId | undefined {
  const area = view(w).marks.areas.features.find((f) => geoContains(f, point));
  return (
    area?.properties.id ??
    view(w).marks.notes.find((n) => n.at[0] === point[0] && n.at[1] === point[1])?.id
  );
}

describe('worldviews: which shape each area belongs to, and its marking', () => {
  const expected: Record<keyof typeof POINTS, Record<Worldview, string>> = {
    crimea: { 'de-facto': 'RUS', un: 'UKR' },
    golan: { 'de-facto': 'ISR', un: 'ISR' },
    'west-bank': { 'de-facto': 'PS-WBK', un: 'PS-WBK' },
    gaza: { 'de-facto': 'PS-GZA', un: 'PS-GZA' },
  };
  for (const w of WORLDVIEWS) {
    for (const [id, point] of Object.entries(POINTS) as [keyof typeof POINTS, [number, number]][]) {
      it(`${w}: ${id} (${point.join(', ')}) is drawn within ${expected[id][w]} and marked`, () => {
        expect(holders(w, point)).toEqual([expected[id][w]]);
        expect(markAt(w, point)).toBe(id);
        // The legend says what this view makes of it.
        expect(stringsFor('en').borderAreas[id].status[w]).toMatch(/occup/i);
      });
    }
  }

  it('the UN view gives Crimea to Ukraine with no border across the isthmus, and the de facto view to Russia', () => {
    const ukraine = (w: Worldview) => view(w).features.find((f) => f.id === 'UKR')!;
    const russia = (w: Worldview) => view(w).features.find((f) => f.id === 'RUS')!;
    expect(geoContains(russia('de-facto'), POINTS.crimea)).toBe(true);
    expect(geoContains(ukraine('de-facto'), POINTS.crimea)).toBe(false);
    expect(geoContains(ukraine('un'), POINTS.crimea)).toBe(true);
    expect(geoContains(russia('un'), POINTS.crimea)).toBe(false);
    // Merged, not stacked: the peninsula joins the mainland polygon (Ukraine keeps its two polygons).
    const polygons = (w: Worldview) =>
      ukraine(w).geometry.type === 'Polygon' ? 1 : ukraine(w).geometry.coordinates.length;
    expect(polygons('un')).toBe(polygons('de-facto'));
    // Only Crimea moves: every other country is the same shape in both views.
    const moved = view('un').features.filter(
      (f, i) =>
        JSON.stringify(f.geometry) !== JSON.stringify(view('de-facto').features[i]!.geometry),
    );
    expect(moved.map((f) => f.id).sort()).toEqual(['RUS', 'UKR']);
  });

  it('every area carries its marking in every view: its shape holds its point, or a note stands on it inside the shape named', () => {
    for (const w of WORLDVIEWS) {
      for (const area of BORDER_AREAS) {
        expect(markAt(w, area.at), `${w} ${area.id}`).toBe(area.id);
        expect(holders(w, area.at), `${w} ${area.id}`).toContain(area.within[w]);
      }
    }
    // Abkhazia and South Ossetia have no shape in the base map: notes inside Georgia.
    expect(
      view('de-facto')
        .marks.notes.map((n) => n.id)
        .sort(),
    ).toEqual(['abkhazia', 'golan', 'south-ossetia']);
  });

  it('the two views say different things of the areas they treat differently, in words a reader sees', () => {
    const { borderAreas } = stringsFor('en');
    expect(borderAreas.crimea.status['de-facto']).toContain('drawn as Russia');
    expect(borderAreas.crimea.status.un).toContain('part of Ukraine');
    expect(borderAreas.golan.status.un).toContain('part of Syria');
    for (const area of BORDER_AREAS)
      expect(borderAreas[area.id].status['de-facto']).not.toBe(borderAreas[area.id].status.un);
  });
});

describe('the worldview attribute', () => {
  it('reads the two views (any case), and nothing else', () => {
    expect(parseWorldview('un')).toBe('un');
    expect(parseWorldview(' UN ')).toBe('un');
    expect(parseWorldview('de-facto')).toBe('de-facto');
    expect(parseWorldview('de facto')).toBeNull();
    expect(parseWorldview(null)).toBeNull();
  });

  it('goes through the reducer and the URL; an unknown value keeps the de facto view and gets a warning', () => {
    const set = (value: string | null) =>
      reduce(INITIAL_VIEW, { type: 'attribute', name: 'worldview', value }, null);
    expect(worldviewOf(INITIAL_VIEW)).toBe('de-facto');
    expect(worldviewOf(set('un'))).toBe('un');
    expect(worldviewOf(set('mars'))).toBe('de-facto');
    const none = UNSPELLED;
    const restored = reduce(
      set('un'),
      {
        type: 'restore-url',
        hash: { ...none, worldview: 'de-facto' },
        authored: { ...none, worldview: 'un' },
      },
      null,
    );
    expect(worldviewOf(restored)).toBe('de-facto');
    const dataset = { layers: [], actors: [], scenes: [] } as never;
    const problems = (worldview: string) =>
      checkAttributes(dataset, { layers: null, focus: null, asOf: null, scene: null, worldview });
    expect(problems('un')).toEqual([]);
    const [problem] = problems('UN-view');
    expect(
      stringsFor('en').attributeProblem(
        problem!.attribute,
        problem!.value,
        problem!.meant,
        problem!.known,
      ),
    ).toBe(
      'worldview="UN-view" is not a view of borders this map knows (de-facto, un); showing the de facto view.',
    );
  });
});

describe('the marking, the same in both renderers and the render CLI', () => {
  const camera = fitCamera(
    [
      [-20, 15],
      [50, 50],
    ],
    1280,
    720,
    36,
  );
  const svgMarks = (w: Worldview) => {
    const node = marksNode(view(w), svgView(camera, 1280, 720), THEMES.light.palette);
    return node.children
      .filter((c): c is SvgNode => typeof c !== 'string' && c.attrs['data-area'] !== undefined)
      .map((c) => `${c.tag}:${String(c.attrs['data-area'])}`);
  };

  it('hatches the areas with a shape, rings the others, in SVG and in the MapLibre style alike', () => {
    for (const w of WORLDVIEWS) {
      expect(svgMarks(w)).toEqual([
        'path:crimea',
        'path:west-bank',
        'path:gaza',
        'path:northern-cyprus',
        'path:western-sahara',
        'circle:golan',
        'circle:abkhazia',
        'circle:south-ossetia',
      ]);
      const style = buildStyle(view(w), THEMES.light.palette);
      const source = style.sources['disputed'] as { data: GeoJSON.FeatureCollection };
      const styled = source.data.features.map(
        (f) => `${f.geometry.type === 'Point' ? 'circle' : 'path'}:${String(f.properties?.['id'])}`,
      );
      expect(styled).toEqual(svgMarks(w));
      expect(style.layers.map((l) => l.id)).toEqual(
        expect.arrayContaining(['disputed-hatch', 'disputed', 'disputed-notes']),
      );
    }
  });

  it(
    'npm run render --worldview: the credit line names the view, Crimea joins Ukraine, a wrong value exits 2',
    { timeout: 120_000 },
    () => {
      const out = mkdtempSync(join(tmpdir(), 'ties-borders-'));
      try {
        const svgOf = (...args: string[]) => {
          const file = join(out, `${args.join('') || 'default'}.svg`);
          expect(
            runCli('src/cli/render.ts', ['data/azerbaijan-israel-usa.json', '--out', file, ...args])
              .status,
          ).toBe(0);
          return readFileSync(file, 'utf8');
        };
        const deFacto = svgOf();
        const un = svgOf('--worldview', 'un');
        expect(deFacto).toMatch(/<desc>[^<]* · Base map: Natural Earth · Borders: de facto · /);
        expect(un).toMatch(
          /<desc>[^<]* · Base map: Natural Earth · Borders: UN view \(Crimea: Ukraine\) · /,
        );
        // The legend's key names the marked areas in the frame.
        const keyed = (svg: string) =>
          [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).join(' ');
        for (const svg of [deFacto, un])
          expect(keyed(svg)).toContain(
            'Hatched or ringed: disputed or occupied: Crimea, Golan Heights, West Bank, Gaza,',
          );
        for (const svg of [deFacto, un]) {
          for (const id of ['crimea', 'west-bank', 'gaza'])
            expect(svg).toMatch(
              new RegExp(`<path data-area="${id}" fill="url\\(#ties-disputed-hatch\\)"`),
            );
          expect(svg).toMatch(/<circle data-area="golan"/);
        }
        // The land of Ukraine (an actor) is drawn differently: with the peninsula in the UN view.
        const ukraine = (svg: string) => /<path data-shape-id="UKR"[^>]* d="([^"]+)"/.exec(svg)![1];
        expect(ukraine(un)).not.toBe(ukraine(deFacto));
        const bad = runCli('src/cli/render.ts', [
          'data/azerbaijan-israel-usa.json',
          '--out',
          join(out, 'x.svg'),
          '--worldview',
          'UN-view',
        ]);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toContain('--worldview must be de-facto or un, not "UN-view".');
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  );
});
