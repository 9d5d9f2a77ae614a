// Files the package ships besides the bundles, written by `npm run build`: the JSON Schema
// (`ties-map/schema.json`) and the editor data generated from custom-elements.json.
import { copyFileSync } from 'node:fs';

copyFileSync('src/data/ties-map-1.schema.json', 'dist/ties-map-1.schema.json');
await import('./editor-data.mjs');
