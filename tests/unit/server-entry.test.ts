// The package entry where there is no DOM (package.json's node/edge/react-server conditions).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('src/server.ts, the entry Node, Deno and server renders import', () => {
  it('imports without a DOM, defines no global, and validates like the browser entry', async () => {
    expect(typeof (globalThis as { HTMLElement?: unknown }).HTMLElement).toBe('undefined');
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const entry = await import('../../src/server.ts');
    expect(Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name))).toEqual([]);
    const text = readFileSync(
      new URL('../../data/azerbaijan-israel-usa.json', import.meta.url),
      'utf8',
    );
    expect(entry.parseDataset(text).errors).toEqual([]);
  });

  it('says what to do when someone constructs the element on the server', async () => {
    const { TiesMap } = await import('../../src/server.ts');
    expect(() => new TiesMap()).toThrow(/only in a browser/);
  });
});
