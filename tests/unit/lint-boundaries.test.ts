/**
 * The import-boundary rule of eslint.config.js (scripts/lint-layers.mjs): the flow data → state → scene → render →
 * components, with the importers, command lines and pages on top, holds one way only.
 */
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { boundaries } from '../../scripts/lint-layers.mjs';

const linter = new Linter({ configType: 'flat', cwd: process.cwd() });
const config = [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  ...boundaries,
];

/** The boundary errors for one import line in a file at `path`. */
function violations(path: string, line: string): string[] {
  return linter
    .verify(line, config, path)
    .map((message) => `${message.ruleId}: ${message.message}`);
}

describe('lint: one-way imports through the flow', () => {
  it.each([
    ['src/state/edge-ids.ts', "import { tieEdgeId } from '../scene/edges.ts';"],
    ['src/state/derive.ts', "import type { Scene } from '../scene/types.ts';"],
    ['src/render/svg/standalone.ts', "import { stringsFor } from '../../components/strings.ts';"],
    ['src/scene/build-scene.ts', "export { x } from '../render/edge-look.ts';"],
    ['src/geo/places.ts', "import type { Actor } from '../data/types.ts';"],
    ['src/components/ties-map.ts', "import { ImportResult } from '../import/csv.ts';"],
  ])('refuses an import from a higher folder: %s', (path, line) => {
    const found = violations(path, line);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: .* sits below .* in the flow/);
  });

  it.each([
    ['src/scene/build-scene.ts', "import { visibleTies } from '../state/view-state.ts';"],
    ['src/render/svg/standalone.ts', "import { buildScene } from '../../scene/build-scene.ts';"],
    [
      'src/components/controllers/map-controller.ts',
      "import { SvgRenderer } from '../../render/svg/svg-renderer.ts';",
    ],
    ['src/data/validate.ts', "import { places } from '../geo/places.ts';"],
    ['src/cli/render.ts', "import { renderStandaloneSvg } from '../render/svg/standalone.ts';"],
    ['src/author/ties-author.ts', "import { importCsv } from '../import/csv.ts';"],
    ['src/state/reduce.ts', "import { html } from 'lit';"],
  ])('allows an import from its own level or below: %s', (path, line) => {
    expect(violations(path, line)).toEqual([]);
  });
});
