/**
 * The table of actors' places: each actor of the shipped map with where it is drawn, and each
 * disputed or occupied area in the frame named in the row of the actor whose shape holds it in the
 * chosen view (or in the "no actor's shape" row), so a standards editor finds every mark explained.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../../src/data/index.ts';
import { places } from '../../../src/geo/places.ts';
import type { PlaceIndex } from '../../../src/scene/anchors.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { sceneGeometry } from '../../../src/scene/scene-geometry.ts';
import { placesTable } from '../../../src/scene/places-table.ts';
import { INITIAL_VIEW } from '../../../src/state/view-state.ts';

const parsed = parseDataset(readFileSync('data/azerbaijan-israel-usa.json', 'utf8')).dataset;
if (!parsed) throw new Error('the shipped dataset does not validate');
const dataset: Dataset = parsed;
const index = places as unknown as PlaceIndex;
const basis = sceneBasis(dataset, index, {}, sceneGeometry(dataset, index));
const tableIn = (worldview: 'de-facto' | 'un') =>
  placesTable(buildScene(basis, { ...INITIAL_VIEW, worldview }));
const areasOf = (table: ReturnType<typeof tableIn>, actor: string) =>
  table.rows.find((r) => r.actor === actor)?.areas;

describe("the table of actors' places", () => {
  it("names the Golan Heights under Israel, Gaza under Gaza, and the West Bank among the areas in no actor's shape", () => {
    for (const view of ['de-facto', 'un'] as const) {
      const table = tableIn(view);
      expect(areasOf(table, 'ISR')).toContain('golan');
      expect(areasOf(table, 'PS-GZA')).toEqual(['gaza']);
      expect(table.otherAreas).toContain('west-bank');
      // Every marked area in the frame is named exactly once.
      const named = [...table.rows.flatMap((r) => r.areas), ...table.otherAreas].sort();
      expect(named).toEqual(
        [...buildScene(basis, { ...INITIAL_VIEW, worldview: view }).legend.borders.areas].sort(),
      );
    }
  });

  it("moves Crimea from Russia's row to Ukraine's with the view of UN recognition", () => {
    const holders = (t: ReturnType<typeof tableIn>) =>
      t.rows.filter((r) => r.areas.includes('crimea')).map((r) => r.actor);
    expect(holders(tableIn('de-facto'))).toEqual(['RUS']);
    expect(holders(tableIn('un'))).toEqual(['UKR']);
  });

  it("names the breakaway regions inside Georgia, which is no actor, in the row of areas in no actor's shape", () => {
    expect(tableIn('de-facto').otherAreas).toEqual(
      expect.arrayContaining(['abkhazia', 'south-ossetia']),
    );
  });

  it('says how each actor is drawn: its shape, a point, or a tab with its distance', () => {
    const table = tableIn('de-facto');
    const drawn = (id: string) => table.rows.find((r) => r.actor === id)?.drawn;
    expect(drawn('AZE')).toEqual({ kind: 'shape', shape: 'AZE' });
    expect(drawn('ISF')?.kind).toBe('point');
    expect(drawn('USA')).toMatchObject({ kind: 'tab' });
    expect(table.rows.map((r) => r.actor).sort()).toEqual(
      buildScene(basis, INITIAL_VIEW)
        .actors.map((a) => a.id)
        .sort(),
    );
  });
});
