// ESLint (flat config), run by `npm run lint`:
// 1. typescript-eslint's recommended rules everywhere, and its type-aware recommended rules on
//    src/ (the code that ships, where a floating promise or an unchecked `any` reaches readers);
// 2. eslint-plugin-lit's recommended rules on the elements;
// 3. the one-way flow of DESIGN.md: a folder of src/ imports only from its own level and below
//    (scripts/lint-layers.mjs).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { configs as lit } from 'eslint-plugin-lit';
import globals from 'globals';
import { boundaries } from './scripts/lint-layers.mjs';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'bench/dist/**',
      'coverage/**',
      // Written by `npm run localize:build` from xliff/.
      'src/text/locales/**',
      // The framework apps are projects of their own, installed from the packed tarball.
      'examples/frameworks/*/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/components/**/*.ts', 'src/author/**/*.ts'],
    extends: [lit['flat/recommended']],
    // Lit binds `@event=${this.method}` listeners to the host element, so a method passed there
    // keeps its `this`.
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // A union such as `string | null | 'frame'` names a value the wider type already allows: it
    // documents what callers must handle.
    rules: { '@typescript-eslint/no-redundant-type-constituents': 'off' },
  },
  // Plain scripts run in Node and hand callbacks to a page (Playwright's evaluate), or run in the page.
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  boundaries,
);
