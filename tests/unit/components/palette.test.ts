/**
 * The map's colours are written twice: as the element's CSS custom properties (what a page sees and
 * overrides) and as render/themes.ts's palettes (for the standalone SVG and the command line, which
 * have no element to read them from). A picture rendered in Node must match the one in the page.
 */
import { describe, expect, it } from 'vitest';
import { PALETTE_PROPERTIES } from '../../../src/components/internal/theme.ts';
import { darkTheme, tiesMapStyles } from '../../../src/components/ties-map/ties-map.styles.ts';
import { THEMES } from '../../../src/render/themes.ts';
import type { MapPalette } from '../../../src/render/renderer.ts';

/** The custom properties declared in a block of declarations (`--name: value;`). */
function properties(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]),
  );
}

/** The first `:host { … }` block of the element's stylesheet: the light defaults. */
function hostBlock(css: string): string {
  const start = css.indexOf(':host {');
  return css.slice(start, css.indexOf('}', start));
}

const keys = Object.keys(PALETTE_PROPERTIES) as (keyof MapPalette)[];

describe("the element's CSS palette and render/themes.ts", () => {
  it.each([
    ['light', properties(hostBlock(tiesMapStyles.cssText))],
    ['dark', properties(darkTheme.cssText)],
  ] as const)('give the %s theme the same map colours', (name, css) => {
    const fromCss = Object.fromEntries(
      keys.map((key) => [key, css.get(PALETTE_PROPERTIES[key])?.toLowerCase()]),
    );
    const fromThemes = Object.fromEntries(
      keys.map((key) => [key, THEMES[name].palette[key].toLowerCase()]),
    );
    expect(fromCss).toEqual(fromThemes);
  });

  it.each([
    ['light', properties(hostBlock(tiesMapStyles.cssText))],
    ['dark', properties(darkTheme.cssText)],
  ] as const)('give the %s theme the same layer colours', (name, css) => {
    const layers = Object.fromEntries(
      [...css]
        .filter(([property]) => property.startsWith('--ties-layer-'))
        .map(([property, value]) => [property.slice('--ties-layer-'.length), value]),
    );
    expect(layers).toEqual(THEMES[name].layerColours);
  });

  it('declares the dark theme once, for theme="dark" and for a dark preference alike', () => {
    const css = tiesMapStyles.cssText;
    const dark = darkTheme.cssText.trim();
    expect(css.split(dark)).toHaveLength(3);
    expect(css).toMatch(/:host\(\[theme='dark'\]\) \{/);
    expect(css).toMatch(
      /@media \(prefers-color-scheme: dark\) \{\s*:host\(:not\(\[theme='light'\]\)\) \{/,
    );
  });
});
