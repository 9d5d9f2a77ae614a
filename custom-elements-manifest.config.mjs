// `npm run manifest` writes custom-elements.json from the element's JSDoc (attributes, properties,
// events, parts, CSS properties). tests/unit/manifest.test.ts checks it covers DESIGN.md's API.
const SHIPPED_MODULE = 'dist/ties-map.js';

function shipModule(mod) {
  if (mod.path !== 'src/components/ties-map/ties-map.component.ts') return;
  mod.path = SHIPPED_MODULE;
  for (const entry of mod.exports ?? []) {
    if (entry.declaration) entry.declaration.module = SHIPPED_MODULE;
  }
  // The entry defines the tag (src/index.ts); say so, as the manifest schema allows.
  mod.exports = [
    ...(mod.exports ?? []),
    {
      kind: 'custom-element-definition',
      name: 'ties-map',
      declaration: { name: 'TiesMap', module: SHIPPED_MODULE },
    },
  ];
}

/** `ties-select` → `TiesSelectEvent`, the type src/components/events.ts exports. */
function typedEvent(event) {
  const name = event.name
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  return { ...event, type: { text: `${name}Event` } };
}

export default {
  globs: ['src/components/ties-map/ties-map.component.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Lit's internal reactive state (`_status`, `_view`, …) is not API: keep it out of the manifest.
      name: 'drop-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          // The package ships the built entry, not src/: point editors and tools at what is installed.
          shipModule(mod);
          for (const declaration of mod.declarations ?? []) {
            // `data` is a property: its attribute is observed (observedAttributes) only to say it is not read.
            declaration.attributes = declaration.attributes?.filter(
              (a) => !a.name.startsWith('_') && !(a.name === 'data' && !a.fieldName),
            );
            declaration.members = declaration.members?.filter(
              (m) => !m.name.startsWith('_') && m.privacy !== 'private',
            );
            declaration.events = declaration.events
              ?.filter((e) => e.name !== 'name')
              .map(typedEvent);
          }
        }
      },
    },
  ],
};
