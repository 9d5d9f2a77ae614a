type Manifest = { modules: { declarations?: Record<string, unknown>[] }[] };
type Json = Record<string, any>;
export declare function elementOf(manifest: Manifest): Json;
export declare function literalValues(typeText: string | undefined): string[];
export declare function htmlCustomData(manifest: Manifest): Json;
export declare function webTypes(manifest: Manifest, pkg: { name: string; version: string }): Json;
