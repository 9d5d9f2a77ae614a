/**
 * The WebGL style reads edge-look.ts (DESIGN.md: "no renderer re-derives it"): every stroke kind
 * has its layer, chosen by the kind edge-look gives each feature, with edge-look's dash patterns,
 * and no edge layer re-derives a kind from stance or figures.
 */
import { describe, expect, it } from 'vitest';
import { DASH_PATTERN, DOT_PATTERN, HALO_EXTRA, HIT_EXTRA, HIT_MIN_WIDTH, type StrokeKind } from '../../src/render/edge-look.ts';
import { buildStyle } from '../../src/render/maplibre/style.ts';
import type { MapPalette } from '../../src/render/renderer.ts';

const palette: MapPalette = { sea: '#000001', land: '#000002', actorLand: '#000003', focusLand: '#000004', border: '#000005', actorBorder: '#000006', halo: '#000007', marker: '#000008' };
const style = buildStyle({ type: 'FeatureCollection', features: [] } as never, palette);
const edgeLayers = style.layers.filter((l) => 'source' in l && l.source === 'edges') as { id: string; filter?: unknown; paint?: Record<string, unknown> }[];

describe('the MapLibre style reads edge-look.ts', () => {
  it('draws every stroke kind in a layer chosen by the feature\'s kind', () => {
    const kinds: StrokeKind[] = ['solid', 'dashed', 'dotted', 'hollow'];
    for (const kind of kinds) {
      expect(edgeLayers.some((l) => JSON.stringify(l.filter ?? null).includes(`["get","kind"],"${kind}"`)), kind).toBe(true);
    }
    // The kind is edge-look's: no edge layer filters on stance (the rule of hollow) by itself.
    for (const layer of edgeLayers) expect(JSON.stringify(layer.filter ?? null)).not.toContain('stance');
  });

  it('takes dash patterns, halo and hit widths from edge-look', () => {
    const byId = new Map(edgeLayers.map((l) => [l.id, l]));
    expect(byId.get('edge-dashed')!.paint!['line-dasharray']).toEqual([...DASH_PATTERN]);
    expect(byId.get('edge-dotted')!.paint!['line-dasharray']).toEqual([...DOT_PATTERN]);
    expect(byId.get('edge-halo')!.paint!['line-width']).toEqual(['+', ['get', 'width'], HALO_EXTRA]);
    expect(byId.get('edge-hit')!.paint!['line-width']).toEqual(['max', ['+', ['get', 'width'], HIT_EXTRA], HIT_MIN_WIDTH]);
  });

  it('draws the margin strips under every edge', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('margins')).toBeGreaterThan(ids.indexOf('land'));
    expect(ids.indexOf('margins')).toBeLessThan(ids.indexOf('edge-halo'));
  });
});
