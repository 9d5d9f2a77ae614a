/**
 * dist/ties-map.css (src/ties-map.css) reserves, before the element is defined, the height the
 * element reserves once it is: the two must agree, or the article moves when the script runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tiesMapStyles } from '../../src/components/ties-map/ties-map.styles.ts';

const stylesheet = readFileSync(new URL('../../src/ties-map.css', import.meta.url), 'utf8');
const shadow = tiesMapStyles.cssText;
const declaration = (css: string, selector: string, property: string) => {
  const block = css.slice(css.indexOf(`${selector} {`));
  return new RegExp(`${property}:\\s*([^;]+);`)
    .exec(block.slice(0, block.indexOf('}')))?.[1]
    ?.trim();
};

describe('the embed stylesheet', () => {
  it("reserves the element's own height: its --ties-height default, with the map height's default filled in", () => {
    const mapHeight = declaration(shadow, ':host', '--ties-map-height');
    const reserved = declaration(shadow, '.frame', 'min-height');
    expect(mapHeight).toBeTruthy();
    expect(reserved).toContain('var(--ties-map-height)');
    const expected = reserved!.replace(
      'var(--ties-map-height)',
      `var(--ties-map-height, ${mapHeight})`,
    );
    expect(declaration(stylesheet, 'ties-map:not(:defined)::before', 'height')).toBe(expected);
  });

  it('applies only until the element is defined, as a block whose own width its height reads (cqw)', () => {
    expect(declaration(stylesheet, 'ties-map:not(:defined)', 'display')).toBe('block');
    expect(declaration(stylesheet, 'ties-map:not(:defined)', 'container-type')).toBe('inline-size');
    expect(declaration(shadow, ':host', 'container-type')).toBe('inline-size');
  });
});
