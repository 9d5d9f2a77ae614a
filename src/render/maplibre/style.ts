/**
 * The map style, built in code: GeoJSON sources only, no tiles, no glyphs, no sprite, so the map
 * makes no request of its own. Labels are HTML (the element's label layer). How an edge looks is
 * edge-look.ts's: each edge feature carries its stroke kind and opacity from there, and every
 * number below (dash, rails, halo, hit width, cue size, dimming) is one of its constants.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Countries } from '../../geo/world.ts';
import { MAX_WIDTH, UNQUANTIFIED_WIDTH } from '../../scene/widths.ts';
import {
  CUE_ICON_SIZE, CUE_MAX_SIZE, CUE_MIN_SIZE, DASH_PATTERN, DIM_OPACITY, DOT_PATTERN, HALO_DIM_OPACITY, HALO_EXTRA, HALO_OPACITY,
  HIT_EXTRA, HIT_MIN_WIDTH, HOLLOW_GAP_UNQUANTIFIED, HOLLOW_MIN_GAP, HOLLOW_RAIL, HOLLOW_RAIL_UNQUANTIFIED, TENTATIVE_OPACITY,
} from '../edge-look.ts';
import type { MapPalette } from '../renderer.ts';

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * A constant written as a per-feature expression. MapLibre compiles one shader program per set of
 * data-driven paint properties; giving every edge line layer the same set (colour, width, gap,
 * opacity) lets the halo, solid, hollow and hit layers share one program and the two dashed layers
 * another, instead of six compiles at start-up, each slow where WebGL runs on the CPU.
 */
function perFeature(value: number | string): ExpressionSpecification {
  return ['case', ['has', 'width'], value, value];
}

/**
 * A feature's emphasis: its feature state once the renderer has set one (a focus or scene change
 * that moves no edge), else the value it was sent with. Feature state repaints without sending the
 * source to the worker again (see MapLibreRenderer.setEmphasis).
 */
const EMPHASIS: ExpressionSpecification = ['coalesce', ['feature-state', 'emphasis'], ['get', 'emphasis']];

/** Opacity by emphasis: dimmed edges recede but stay readable as context. */
const EMPHASIS_OPACITY: ExpressionSpecification = ['match', EMPHASIS, 'dim', DIM_OPACITY, 1];

/** An edge's opacity (edge-look.ts's edgeOpacity): its emphasis, lighter when planned or potential. */
const EDGE_OPACITY: ExpressionSpecification = ['*', EMPHASIS_OPACITY, ['case', ['get', 'tentative'], TENTATIVE_OPACITY, 1]];

/** Edges of one stroke kind (edge-look.ts's strokeKind, sent with each feature). */
const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];

/** The halo under every edge, as a per-feature expression (see perFeature). */
export function haloColour(palette: MapPalette): ExpressionSpecification {
  return perFeature(palette.halo);
}

export function landColour(palette: MapPalette): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'focus'], false], palette.focusLand,
    ['boolean', ['feature-state', 'actor'], false], palette.actorLand,
    palette.land,
  ];
}

export function markerColour(palette: MapPalette, distant: boolean): ExpressionSpecification {
  return ['case', ['get', 'distant'], distant ? palette.halo : palette.marker, distant ? palette.marker : palette.halo];
}

/** Data of the edge, arrow and marker sources at the start; empty when absent. */
export interface InitialData {
  edges: GeoJSON.FeatureCollection;
  arrows: GeoJSON.FeatureCollection;
  markers: GeoJSON.FeatureCollection;
  margins?: GeoJSON.FeatureCollection;
}

export function buildStyle(countries: Countries, palette: MapPalette, initial?: InitialData): StyleSpecification {
  const COLOURS = palette;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countries, promoteId: 'id' },
      edges: { type: 'geojson', data: initial?.edges ?? empty(), promoteId: 'id' },
      arrows: { type: 'geojson', data: initial?.arrows ?? empty(), promoteId: 'id' },
      markers: { type: 'geojson', data: initial?.markers ?? empty(), promoteId: 'id' },
      margins: { type: 'geojson', data: initial?.margins ?? empty() },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLOURS.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': landColour(palette),
        },
      },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': COLOURS.border, 'line-width': 0.6 } },
      {
        id: 'actor-borders',
        type: 'line',
        source: 'countries',
        paint: {
          'line-color': COLOURS.actorBorder,
          'line-width': 1.1,
          'line-opacity': ['case', ['boolean', ['feature-state', 'actor'], false], 1, 0],
        },
      },
      // Where far actors sit: a panel over the land beyond the region, under every edge.
      {
        id: 'margins',
        type: 'fill',
        source: 'margins',
        paint: { 'fill-color': COLOURS.halo, 'fill-opacity': 0.82 },
      },
      // A white halo under every edge keeps crossings and dark borders from blurring the strokes.
      {
        id: 'edge-halo',
        type: 'line',
        source: 'edges',
        layout: { 'line-cap': 'round' },
        paint: {
          'line-color': haloColour(palette),
          'line-width': ['+', ['get', 'width'], HALO_EXTRA],
          'line-gap-width': perFeature(0),
          'line-opacity': ['match', EMPHASIS, 'dim', HALO_DIM_OPACITY, HALO_OPACITY],
        },
      },
      {
        id: 'edge-solid',
        type: 'line',
        source: 'edges',
        filter: kind('solid'),
        layout: { 'line-cap': 'butt' },
        paint: { 'line-color': ['get', 'colour'], 'line-width': ['get', 'width'], 'line-gap-width': perFeature(0), 'line-opacity': EDGE_OPACITY },
      },
      {
        id: 'edge-dashed',
        type: 'line',
        source: 'edges',
        filter: kind('dashed'),
        paint: {
          'line-color': ['get', 'colour'],
          'line-width': ['get', 'width'],
          'line-gap-width': perFeature(0),
          'line-dasharray': [...DASH_PATTERN],
          'line-opacity': EDGE_OPACITY,
        },
      },
      // Planned and potential: dotted (round caps on short dashes) and lighter.
      {
        id: 'edge-dotted',
        type: 'line',
        source: 'edges',
        filter: kind('dotted'),
        layout: { 'line-cap': 'round' },
        paint: {
          'line-color': ['get', 'colour'],
          'line-width': ['get', 'width'],
          'line-gap-width': perFeature(0),
          'line-dasharray': [...DOT_PATTERN],
          'line-opacity': EDGE_OPACITY,
        },
      },
      // Adversarial edges are hollow: two thin strokes either side of a gap the edge's width.
      {
        id: 'edge-adversarial',
        type: 'line',
        source: 'edges',
        filter: ['all', kind('hollow'), ['get', 'quantified']],
        paint: {
          'line-color': ['get', 'colour'],
          'line-width': perFeature(HOLLOW_RAIL),
          'line-gap-width': ['max', ['-', ['get', 'width'], 2], HOLLOW_MIN_GAP],
          'line-opacity': EDGE_OPACITY,
        },
      },
      {
        id: 'edge-adversarial-dashed',
        type: 'line',
        source: 'edges',
        filter: ['all', kind('hollow'), ['!', ['get', 'quantified']]],
        paint: {
          'line-color': ['get', 'colour'],
          'line-width': perFeature(HOLLOW_RAIL_UNQUANTIFIED),
          'line-gap-width': perFeature(HOLLOW_GAP_UNQUANTIFIED),
          'line-dasharray': [...DASH_PATTERN],
          'line-opacity': EDGE_OPACITY,
        },
      },
      // Invisible and wide: makes thin edges easy to hit with a pointer.
      {
        id: 'edge-hit',
        type: 'line',
        source: 'edges',
        paint: { 'line-color': perFeature('#000'), 'line-width': ['max', ['+', ['get', 'width'], HIT_EXTRA], HIT_MIN_WIDTH], 'line-gap-width': perFeature(0), 'line-opacity': perFeature(0) },
      },
      {
        id: 'arrows',
        type: 'symbol',
        source: 'arrows',
        layout: {
          'icon-image': ['get', 'icon'],
          'icon-rotate': ['get', 'bearing'],
          'icon-rotation-alignment': 'map',
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          // edge-look.ts's cueSize, as a share of the 24 px icon.
          'icon-size': ['interpolate', ['linear'], ['get', 'width'], UNQUANTIFIED_WIDTH, CUE_MIN_SIZE / CUE_ICON_SIZE, MAX_WIDTH, CUE_MAX_SIZE / CUE_ICON_SIZE],
        },
        paint: {
          'icon-opacity': EDGE_OPACITY,
        },
      },
      {
        id: 'markers',
        type: 'circle',
        source: 'markers',
        paint: {
          'circle-radius': ['case', ['get', 'distant'], 4, 6],
          'circle-color': markerColour(palette, true),
          'circle-stroke-color': markerColour(palette, false),
          'circle-stroke-width': 2,
          'circle-opacity': EMPHASIS_OPACITY,
          'circle-stroke-opacity': EMPHASIS_OPACITY,
        },
      },
    ],
  };
}
