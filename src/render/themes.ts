/**
 * The two built-in themes as values, for renderers that have no element to read CSS custom
 * properties from (Node, the standalone SVG). They mirror the `:host` and `theme="dark"` defaults
 * in components/ties-map/ties-map.styles.ts (tests/unit/components/palette.test.ts keeps them
 * equal); in the browser the element's computed properties win.
 */
import type { MapPalette } from './renderer.ts';

export type ThemeName = 'light' | 'dark';

export interface Theme {
  palette: MapPalette;
  /** `--ties-layer-<id>` overrides of the theme (the dark theme lightens arms blue). */
  layerColours: Readonly<Record<string, string>>;
}

export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: {
    palette: {
      sea: '#dde7ee',
      land: '#f1efea',
      actorLand: '#fbf7ee',
      focusLand: '#fde7b0',
      border: '#c4c1b8',
      actorBorder: '#6d6553',
      halo: '#ffffff',
      marker: '#2b2b2b',
    },
    layerColours: {},
  },
  dark: {
    palette: {
      sea: '#1b2833',
      land: '#2a2d31',
      actorLand: '#3b3931',
      focusLand: '#6a5520',
      border: '#4b4f55',
      actorBorder: '#c2b894',
      halo: '#16191d',
      marker: '#ecebe6',
    },
    layerColours: { arms: '#56B4E9' },
  },
};
