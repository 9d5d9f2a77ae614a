import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedActors } from '../../../src/components/internal/scene-names.ts';
import { parseDataset } from '../../../src/data/index.ts';
import type { Dataset } from '../../../src/data/types.ts';

const shipped = parseDataset(
  readFileSync(new URL('../../../data/azerbaijan-israel-usa.json', import.meta.url), 'utf8'),
).dataset!;

/** The shipped dataset with one scene whose caption is `caption` and which highlights no tie. */
function withCaption(caption: string): Dataset {
  const step = { ...shipped.scenes[0]!, id: 'probe', caption, ties: [] };
  return { ...shipped, scenes: [...shipped.scenes, step] };
}

describe('the actors a scene names (their labels never give way)', () => {
  it("takes an adjective as its place's name: the last scene's “Israeli forces” name Israel", () => {
    const last = shipped.scenes.at(-1)!;
    expect(last.caption).toContain('Israeli forces');
    expect(namedActors(shipped, last.id).has('ISR')).toBe(true);
  });

  it('reads Armenian, Iranian, Azerbaijani, Indonesian and Pakistani as their countries', () => {
    const named = namedActors(
      withCaption('Armenian, Iranian, Azerbaijani, Indonesian and Pakistani officials met.'),
      'probe',
    );
    expect([...named].sort()).toEqual(['ARM', 'AZE', 'IDN', 'IRN', 'PAK']);
  });

  it('does not read a name inside another word: Indiana is not India, Israelite not Israel', () => {
    const named = namedActors(withCaption('Indiana and the Israelites; Iranianism.'), 'probe');
    expect([...named]).toEqual([]);
  });
});
