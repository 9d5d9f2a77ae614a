type Manifest = { modules: { declarations?: Record<string, unknown>[] }[] };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest's JSON, read loosely by tests
type Json = Record<string, any>;
export declare function elementOf(manifest: Manifest): Json;
export declare function literalValues(typeText: string | undefined): string[];
export declare function htmlCustomData(manifest: Manifest): Json;
export declare function webTypes(manifest: Manifest, pkg: { name: string; version: string }): Json;
