import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const manifest = JSON.parse(
  readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'),
) as {
  modules: { declarations?: Declaration[] }[];
};
const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'ties-map');

describe('custom-elements.json', () => {
  it('declares <ties-map> with every attribute and event of DESIGN.md, each described', () => {
    expect(element).toBeDefined();
    const attributes = new Map(element!.attributes!.map((a) => [a.name, a.description]));
    for (const name of [
      'src',
      'layers',
      'focus',
      'as-of',
      'scene',
      'renderer',
      'lang',
      'worldview',
    ]) {
      expect(attributes.get(name), name).toBeTruthy();
    }
    const events = new Map(element!.events!.map((e) => [e.name, e.description]));
    for (const name of ['ties-ready', 'ties-drawn', 'ties-error', 'ties-select'])
      expect(events.get(name), name).toBeTruthy();
  });

  it('lists the parts the shadow root promises and the theme properties', () => {
    const parts = element!.cssParts!.map((p) => p.name);
    for (const name of ['ties-table', 'error', 'evidence', 'legend', 'map', 'focus-panel'])
      expect(parts).toContain(name);
    const properties = element!.cssProperties!.map((p) => p.name);
    for (const name of ['--ties-map-height', '--ties-layer-energy', '--ties-sea', '--ties-font'])
      expect(properties).toContain(name);
  });

  it('lists only the public members of src/components/public.ts, none of the internal ones (mapRenderer, dispatch, …)', () => {
    const members = (element as Declaration & { members?: { name: string }[] }).members!.map(
      (m) => m.name,
    );
    const publicSource = readFileSync(
      new URL('../../src/components/public.ts', import.meta.url),
      'utf8',
    );
    const declared = new Set(
      [...publicSource.matchAll(/^\s+(?:readonly\s+)?(\w+)\??[(:]/gm)].map((m) => m[1]),
    );
    expect(members.filter((name) => !declared.has(name))).toEqual([]);
    expect(members).toEqual(expect.arrayContaining(['data', 'renderer', 'toPNG', 'toSVG']));
  });

  it('is up to date with the element (npm run manifest)', () => {
    // Every @attr in the element's JSDoc is in the manifest: a stale manifest misses new ones.
    const source = readFileSync(
      new URL('../../src/components/ties-map/ties-map.component.ts', import.meta.url),
      'utf8',
    );
    const documented = [...source.matchAll(/@attr ([\w-]+)/g)].map((m) => m[1]);
    expect(element!.attributes!.map((a) => a.name).sort()).toEqual(documented.sort());
  });
});

describe('custom-elements.json points at the package as installed', () => {
  const raw = JSON.parse(
    readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'),
  ) as {
    modules: {
      path: string;
      exports?: { kind: string; name: string; declaration: { module: string } }[];
    }[];
  };
  it('names dist/ties-map.js (shipped), never src/ (not in the tarball), and the tag it defines', () => {
    for (const mod of raw.modules) {
      expect(mod.path).toBe('dist/ties-map.js');
      for (const entry of mod.exports ?? [])
        expect(entry.declaration.module).toBe('dist/ties-map.js');
    }
    expect(raw.modules.flatMap((m) => m.exports ?? [])).toContainEqual(
      expect.objectContaining({ kind: 'custom-element-definition', name: 'ties-map' }),
    );
  });
});
