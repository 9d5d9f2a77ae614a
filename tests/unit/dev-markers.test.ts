/**
 * The build's dev-code check (scripts/dev-markers.mjs): what it finds in a sample, and that its
 * markers still tell Lit's installed development files from its production files.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDevMarkers, scanDir } from '../../scripts/dev-markers.mjs';

const pkg = (path: string): string =>
  readFileSync(new URL(`../../node_modules/${path}`, import.meta.url), 'utf8');

describe('the development-code scan of dist/', () => {
  it('finds Lit dev-mode code in a sample of a minified dev bundle, and nothing in a production one', () => {
    const dev =
      '_.litIssuedWarnings??=new Set;v(`dev-mode`,`Lit is in dev mode. Not recommended for production!`)';
    expect(findDevMarkers(dev).map((m) => m.marker)).toEqual([
      'Lit is in dev mode',
      'litIssuedWarnings',
    ]);
    expect(findDevMarkers('if(process.env.NODE_ENV!=="production")warn()')).toEqual([
      { marker: 'process.env.NODE_ENV', at: 3 },
    ]);
    expect(
      findDevMarkers('var t=globalThis;t.litHtmlVersions??=[];t.litHtmlVersions.push(`3.3.1`)'),
    ).toEqual([]);
  });

  for (const [dev, production] of [
    ['lit-html/development/lit-html.js', 'lit-html/lit-html.js'],
    [
      '@lit/reactive-element/development/reactive-element.js',
      '@lit/reactive-element/reactive-element.js',
    ],
    ['lit-element/development/lit-element.js', 'lit-element/lit-element.js'],
  ] as const) {
    it(`tells ${dev} from ${production}`, () => {
      expect(findDevMarkers(pkg(dev)).length).toBeGreaterThan(0);
      expect(findDevMarkers(pkg(production))).toEqual([]);
    });
  }

  it('names the file and the marker for every script under the folder, chunks included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-markers-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'ties-map.js'), 'export{}');
    writeFileSync(join(dir, 'chunks', 'lit-x.js'), 'console.warn(`Lit is in dev mode`)');
    writeFileSync(join(dir, 'SIZES.md'), 'Lit is in dev mode');
    expect(scanDir(dir)).toEqual([
      `${join('chunks', 'lit-x.js')}: "Lit is in dev mode" (offset 14)`,
    ]);
  });
});
