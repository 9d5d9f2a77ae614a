export declare const DEV_MARKERS: readonly string[];
export declare function findDevMarkers(code: string): { marker: string; at: number }[];
export declare function scanDir(dir: string): string[];
