/** The SIPRI fixture, imported in the page (the import is DOM-free), draws: a world-wide arms map. */
import { afterEach, describe, expect, it } from 'vitest';
import register from '../fixtures/sipri/trade-register.csv?raw';
import { importSipri } from '../../src/import/sipri/import-sipri.ts';
import { countColour, mapPixels, mount, nextEvent, tableRowIds } from './helpers.ts';

afterEach(() => document.body.replaceChildren());

describe('a SIPRI import', () => {
  it('draws on the WebGL map, every imported tie in the table and the arms colour on the picture', async () => {
    const { dataset, problems } = importSipri(register, { file: 'trade-register.csv' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { el, events } = mount(
      (e) => {
        e.renderer = 'webgl';
        e.loading = 'eager';
        e.data = dataset;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    expect(events.filter((e) => e.type === 'ties-error')).toEqual([]);
    const ties = (dataset as { ties: { id: string }[] }).ties;
    expect(tableRowIds(el).sort()).toEqual(
      ties
        .map((t) => t.id)
        .slice(0, 250)
        .sort(),
    );
    expect(countColour(await mapPixels(el), '#0072B2', 24)).toBeGreaterThan(30);
  });
});
