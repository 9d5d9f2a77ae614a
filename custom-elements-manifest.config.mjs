// `npm run manifest` writes custom-elements.json from the element's JSDoc (attributes, properties,
// events, parts, CSS properties). tests/unit/manifest.test.ts checks it covers DESIGN.md's API.
export default {
  globs: ['src/components/ties-map.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Lit's internal reactive state (`_status`, `_view`, …) is not API: keep it out of the manifest.
      name: 'drop-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            declaration.attributes = declaration.attributes?.filter((a) => !a.name.startsWith('_'));
            declaration.members = declaration.members?.filter((m) => !m.name.startsWith('_') && m.privacy !== 'private');
            declaration.events = declaration.events?.filter((e) => e.name !== 'name');
          }
        }
      },
    },
  ],
};
