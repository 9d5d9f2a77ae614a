import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlCustomData, literalValues, webTypes } from '../../scripts/editor-data.mjs';

const manifest = JSON.parse(
  readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'),
);
const attributeNames: string[] = manifest.modules[0].declarations[0].attributes.map(
  (a: { name: string }) => a.name,
);

describe('editor data generated from custom-elements.json', () => {
  it('gives VS Code every attribute with its description, and the fixed values where there are some', () => {
    const [tag] = htmlCustomData(manifest).tags;
    expect(tag.name).toBe('ties-map');
    expect(tag.attributes.map((a: { name: string }) => a.name)).toEqual(attributeNames);
    for (const a of tag.attributes) expect(a.description, a.name).toBeTruthy();
    expect(tag.attributes.find((a: { name: string }) => a.name === 'loading').values).toEqual([
      { name: 'lazy' },
      { name: 'eager' },
    ]);
    expect(tag.attributes.find((a: { name: string }) => a.name === 'presenter').valueSet).toBe('v');
    expect(tag.description).toContain('`ties-select`');
  });

  it('gives JetBrains the attributes, the typed events, the parts and the CSS properties', () => {
    const [element] = webTypes(manifest, { name: 'ties-map', version: '9.9.9' }).contributions.html
      .elements;
    expect(element.attributes.map((a: { name: string }) => a.name)).toEqual(attributeNames);
    expect(element.js.events.find((e: { name: string }) => e.name === 'ties-select').type).toBe(
      'TiesSelectEvent',
    );
    expect(element.css.parts.map((p: { name: string }) => p.name)).toContain('ties-table');
    expect(element.css.properties.map((p: { name: string }) => p.name)).toContain(
      '--ties-map-height',
    );
  });

  it('lists the values of the enumerated attributes (renderer, theme, loading) for both editors', () => {
    const expected = {
      renderer: ['auto', 'webgl', 'svg'],
      theme: ['light', 'dark'],
      loading: ['lazy', 'eager'],
    };
    const [tag] = htmlCustomData(manifest).tags;
    const [element] = webTypes(manifest, { name: 'ties-map', version: '9.9.9' }).contributions.html
      .elements;
    for (const [name, values] of Object.entries(expected)) {
      const names = (list: { name: string; values?: { name: string }[] }[]) =>
        list.find((a) => a.name === name)?.values?.map((v) => v.name);
      expect(names(tag.attributes), `html-custom-data ${name}`).toEqual(values);
      expect(names(element.attributes), `web-types ${name}`).toEqual(values);
    }
  });

  it('reads fixed values only from unions of string literals', () => {
    expect(literalValues("'lazy' | 'eager'")).toEqual(['lazy', 'eager']);
    expect(literalValues('string | null')).toEqual([]);
    expect(literalValues("'a' | string")).toEqual([]);
  });
});
