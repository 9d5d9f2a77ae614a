/**
 * Summarises a V8 CPU profile (Chrome DevTools protocol `Profiler.stop`) as self time by function,
 * each tagged with where its code comes from: ties-map, MapLibre, Lit, or the browser itself
 * (garbage collection, layout and painting show as "(program)").
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileRow {
  name: string;
  from: string;
  selfMs: number;
  share: number;
}

export function codeOrigin(url: string, functionName: string): string {
  if (!url)
    return /^\((garbage collector|idle|program|root)\)$/.test(functionName) ? 'browser' : 'browser';
  const path = url.replace(/^[a-z]+:\/\/[^/]+/, '');
  if (/maplibre/.test(path)) return 'MapLibre';
  if (/\/dist\/ties-map\.js/.test(path)) return 'ties-map (entry: element, data, scene, Lit)';
  if (/\/dist\/chunks\//.test(path)) return 'ties-map (chunk)';
  return path;
}

/** Top functions by self time, then one row per origin with its total (name "all"). */
export function cpuProfileSummary(profile: CpuProfile, _origin: string, top = 12): ProfileRow[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { name: string; from: string; us: number }>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byNode.get(samples[i]!);
    const us = deltas[i] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const from = codeOrigin(url, functionName);
    const name = `${functionName || '(anonymous)'}${url ? `:${lineNumber + 1}` : ''}`;
    const key = `${name}\u0000${from}`;
    const row = self.get(key) ?? { name, from, us: 0 };
    row.us += us;
    self.set(key, row);
    total += us;
  }
  const rows = [...self.values()].sort((a, b) => b.us - a.us);
  const origins = new Map<string, number>();
  for (const row of rows) origins.set(row.from, (origins.get(row.from) ?? 0) + row.us);
  const toRow = (name: string, from: string, us: number): ProfileRow => ({
    name,
    from,
    selfMs: us / 1000,
    share: total ? us / total : 0,
  });
  return [
    ...rows.slice(0, top).map((r) => toRow(r.name, r.from, r.us)),
    ...[...origins.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([from, us]) => toRow('**all**', from, us)),
  ];
}
