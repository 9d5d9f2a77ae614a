/**
 * Snapshot scenarios of the standalone SVG (one per file, as Observable Plot's test/plots): a
 * dataset and a view in, the document the render CLI would write out. Numbers are rounded by the
 * builders (one decimal). The base map holds only the actors' shapes and two neighbours, so a
 * snapshot shows edges, labels and legend without megabytes of coastline; the full geodata has
 * its own test (svg-basemap.test.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { parseDataset, type Dataset } from '../../../src/data/index.ts';
import { countriesFromTopology } from '../../../src/geo/world-decode.ts';
import type { Countries } from '../../../src/geo/world.ts';
import type { ThemeName } from '../../../src/render/themes.ts';
import { staticSvg } from '../../../src/render/svg/static-svg.ts';
import { INITIAL_VIEW, type SceneView } from '../../../src/state/view-state.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export const world: Countries = countriesFromTopology(
  JSON.parse(readFileSync(`${root}geodata/world.topo.json`, 'utf8')) as Topology,
);

export function loadDataset(path: string): Dataset {
  const { dataset, errors } = parseDataset(readFileSync(`${root}${path}`, 'utf8'));
  if (!dataset) throw new Error(`${path}: ${errors.map((e) => e.message).join('; ')}`);
  return dataset;
}

export function countriesOf(ids: readonly string[]): Countries {
  const keep = new Set(ids);
  return { ...world, features: world.features.filter((f) => keep.has(f.properties.id)) };
}

export interface Scenario {
  view?: Partial<SceneView>;
  /** The shapes drawn; the actors' own and two neighbours when absent. */
  shapes?: string[];
  theme?: ThemeName;
  width?: number;
  height?: number;
  /** The picture's language (its messages loaded first, with loadLanguage). */
  lang?: string;
}

export function renderScenario(path: string, scenario: Scenario = {}) {
  const dataset = loadDataset(path);
  const countries = countriesOf(
    scenario.shapes ?? [...dataset.actors.map((a) => a.id), 'ARM', 'IRN'],
  );
  return staticSvg({
    dataset,
    countries,
    view: { ...INITIAL_VIEW, ...scenario.view },
    width: scenario.width ?? 480,
    height: scenario.height ?? 360,
    theme: scenario.theme ?? 'light',
    lang: scenario.lang,
  });
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&amp;': '&',
};

/** Attributes (unescaped) of every element carrying `name`, in document order (a regex is enough for our own output). */
export function elementsWith(svg: string, name: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<[a-z]+ [^>]*${name}="[^"]*"[^>]*>`, 'g'))].map(([tag]) =>
    Object.fromEntries(
      [...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [
        m[1]!,
        m[2]!.replace(/&(lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e]!),
      ]),
    ),
  );
}
