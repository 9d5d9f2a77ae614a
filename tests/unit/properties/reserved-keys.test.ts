/**
 * Ids, layer ids, languages and hash keys named like `Object.prototype`'s members (`toString`,
 * `__proto__`, `constructor`, …) are the data's own words: wherever the code keeps a dictionary,
 * such a key must find nothing it was not given. The scene's properties run the same keys through
 * the dataset generator (tests/arbitraries/datasets.ts).
 */
import fc from 'fast-check';
import { LIMIT_MS } from './seed.ts';
import { describe, expect, it } from 'vitest';
import { stringsFor } from '../../../src/text/strings.ts';
import { parseDataset } from '../../../src/data/index.ts';
import { readEmbedHash } from '../../../src/embed/embed-hash.ts';
import { places } from '../../../src/geo/places.ts';
import { parseSheet } from '../../../src/import/csv-table.ts';
import { sipriActor } from '../../../src/import/sipri/names.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { layerColours } from '../../../src/scene/palette.ts';
import { RESERVED_KEYS, validDataset } from '../../arbitraries/datasets.ts';

const reserved = fc.constantFrom(...RESERVED_KEYS);
/** A reserved key as it may arrive: bare, in another case, with a region or a suffix. */
const reservedSpelling = fc
  .tuple(reserved, fc.constantFrom('', '-IR', '_x', '=1'))
  .map(([key, tail]) => key + tail);
const HEX = /^#[0-9A-F]{6}$/i;

describe('keys named like Object.prototype members', { timeout: LIMIT_MS }, () => {
  it('validate and draw as ids of actors, layers, sources, ties and scenes', () => {
    fc.assert(
      fc.property(validDataset, (json) => {
        const result = parseDataset(json);
        expect(result.errors).toEqual([]);
        const dataset = result.dataset!;
        const scene = buildScene(sceneBasis(dataset, places), {
          layers: null,
          focus: null,
          asOf: null,
          highlight: new Set(),
        });
        expect(scene.edges.flatMap((e) => e.tieIds).sort()).toEqual(
          dataset.ties.map((t) => t.id).sort(),
        );
        for (const edge of scene.edges) expect(edge.colour).toMatch(HEX);
      }),
      { numRuns: 300 },
    );
  });

  it('are languages the element writes in English', () => {
    fc.assert(
      fc.property(reservedSpelling, (lang) => {
        const strings = stringsFor(lang);
        expect(strings).toBe(stringsFor('en'));
      }),
    );
  });

  it('get a layer colour from the palette, never an inherited function', () => {
    fc.assert(
      fc.property(fc.uniqueArray(reserved, { minLength: 1 }), (ids) => {
        const colours = layerColours(ids, {});
        for (const id of ids) expect(colours.get(id)).toMatch(HEX);
      }),
    );
  });

  it('are unknown keys of the embed hash, whatever their order beside src', () => {
    fc.assert(
      fc.property(fc.uniqueArray(reserved, { minLength: 1 }), fc.nat(), (keys, at) => {
        const parts = keys.map((key) => `${key}=1`);
        parts.splice(at % (parts.length + 1), 0, 'src=data.json');
        const config = readEmbedHash(`#${parts.join('&')}`);
        expect(config.unknown.sort()).toEqual([...keys].sort());
        expect(config.attributes.get('src')).toBe('data.json');
        for (const key of keys) expect(config.attributes.has(key)).toBe(false);
      }),
    );
  });

  it('are column headers of a spreadsheet and names in the SIPRI register like any other', () => {
    fc.assert(
      fc.property(
        reserved,
        fc.string({ maxLength: 8 }).filter((cell) => !/[",\r\n]/.test(cell)),
        (header, cell) => {
          // Headers are read in lower case: "constructor" and "__proto__" stay what they are.
          const table = parseSheet('actors.csv', `${header},id\n${cell},A\n`);
          if (cell.trim() !== '') expect(table.rows[0]!.cells[header.toLowerCase()]).toBe(cell);
          // A register name no alias or geodata name knows is not an actor, whatever it is called.
          expect(sipriActor(header)).toBeUndefined();
        },
      ),
    );
  });
});
