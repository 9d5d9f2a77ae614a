// The import-boundary rule of eslint.config.js: the one-way flow of DESIGN.md as one
// `no-restricted-imports` entry per folder of src/.

/**
 * The flow, lowest level first: `geo` (the shipped geodata) under `data`, then state, scene,
 * render, components, and on top the importers, command lines, authoring page and iframe page.
 */
const LAYERS = [
  ['geo'],
  ['data'],
  ['state'],
  ['scene'],
  ['render'],
  ['components'],
  ['import', 'cli', 'author', 'embed', 'briefing'],
];

/** A folder may not import a folder of a higher level, named as a path segment of the import. */
export const boundaries = LAYERS.flatMap((folders, level) => {
  const above = LAYERS.slice(level + 1).flat();
  if (above.length === 0) return [];
  return folders.map((folder) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(${above.join('|')})/`,
              message: `src/${folder}/ sits below ${above.join('/, ')}/ in the flow (data → state → scene → render → components): move what it needs down instead.`,
            },
          ],
        },
      ],
    },
  }));
});
