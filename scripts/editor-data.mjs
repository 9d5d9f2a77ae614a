// Editor support generated from custom-elements.json by `npm run build`: VS Code's html-custom-data
// (dist/html-custom-data.json) and JetBrains' web-types (dist/web-types.json), so `<ties-map>`'s
// attributes, values and events complete and explain themselves in HTML, JSX and templates.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The `<ties-map>` declaration of a manifest. */
export function elementOf(manifest) {
  const element = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'ties-map');
  if (!element) throw new Error('custom-elements.json declares no <ties-map>');
  return element;
}

/** `'lazy' | 'eager'` → ['lazy', 'eager']; any other type → no fixed values. */
export function literalValues(typeText) {
  const options = (typeText ?? '')
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== 'null' && t !== 'undefined');
  if (options.length === 0 || !options.every((t) => /^'[^']*'$/.test(t))) return [];
  return options.map((t) => t.slice(1, -1));
}

export function htmlCustomData(manifest) {
  const element = elementOf(manifest);
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: [
      {
        name: element.tagName,
        description: [
          element.summary,
          ...(element.events ?? []).map((e) => `Event \`${e.name}\`: ${e.description}`),
        ]
          .filter(Boolean)
          .join('\n\n'),
        attributes: (element.attributes ?? []).map((a) => {
          const values = a.type?.text === 'boolean' ? undefined : literalValues(a.type?.text);
          return {
            name: a.name,
            description: a.description,
            ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
            ...(values && values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
      },
    ],
  };
}

export function webTypes(manifest, pkg) {
  const element = elementOf(manifest);
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && m.description);
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: [
          {
            name: element.tagName,
            description: element.summary,
            source: { module: pkg.name, symbol: element.name },
            attributes: (element.attributes ?? []).map((a) => {
              const values = literalValues(a.type?.text);
              return {
                name: a.name,
                description: a.description,
                value:
                  values.length > 0
                    ? { type: 'enum', kind: 'plain', required: true }
                    : a.type?.text === 'boolean'
                      ? { type: 'boolean', kind: 'no-value', required: false }
                      : { type: a.type?.text ?? 'string', kind: 'plain' },
                ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
              };
            }),
            events: (element.events ?? []).map((e) => ({
              name: e.name,
              description: e.description,
            })),
            js: {
              properties: fields.map((f) => ({
                name: f.name,
                description: f.description,
                type: f.type?.text,
              })),
              events: (element.events ?? []).map((e) => ({
                name: e.name,
                description: e.description,
                type: e.type?.text,
              })),
            },
            css: {
              parts: (element.cssParts ?? []).map((p) => ({
                name: p.name,
                description: p.description,
              })),
              properties: (element.cssProperties ?? []).map((p) => ({
                name: p.name,
                description: p.description,
              })),
            },
          },
        ],
      },
    },
  };
}

// Run directly or by scripts/package-files.mjs (the build), not when a test imports the functions.
if (
  process.argv[1] === fileURLToPath(import.meta.url) ||
  process.argv[1]?.endsWith('package-files.mjs')
) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync(
    'dist/html-custom-data.json',
    `${JSON.stringify(htmlCustomData(manifest), null, 2)}\n`,
  );
  writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes(manifest, pkg), null, 2)}\n`);
  console.log('editor-data: dist/html-custom-data.json, dist/web-types.json');
}
