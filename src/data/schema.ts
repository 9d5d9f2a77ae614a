/** The JSON Schema of the `ties-map/1` format, for editors and other validators (ajv, CI steps). */
import schemaJson from './ties-map-1.schema.json';

export const schema: Readonly<Record<string, unknown>> = schemaJson;
