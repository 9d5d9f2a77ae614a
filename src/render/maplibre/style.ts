/**
 * The map style, built in code: GeoJSON sources only, no tiles, no glyphs, no sprite, so the map
 * makes no request of its own. Labels are HTML (see components/actor-labels.ts).
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Countries } from '../../geo/world.ts';
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
const EMPHASIS_OPACITY: ExpressionSpecification = ['match', EMPHASIS, 'dim', 0.15, 1];

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
      // A white halo under every edge keeps crossings and dark borders from blurring the strokes.
      {
        id: 'edge-halo',
        type: 'line',
        source: 'edges',
        layout: { 'line-cap': 'round' },
        paint: {
          'line-color': haloColour(palette),
          'line-width': ['+', ['get', 'width'], 3],
          'line-gap-width': perFeature(0),
          'line-opacity': ['match', EMPHASIS, 'dim', 0.1, 0.75],
        },
      },
      {
        id: 'edge-solid',
        type: 'line',
        source: 'edges',
        filter: ['all', ['get', 'quantified'], ['==', ['get', 'stance'], 'cooperative']],
        layout: { 'line-cap': 'butt' },
        paint: { 'line-color': ['get', 'colour'], 'line-width': ['get', 'width'], 'line-gap-width': perFeature(0), 'line-opacity': EMPHASIS_OPACITY },
      },
      {
        id: 'edge-dashed',
        type: 'line',
        source: 'edges',
        filter: ['all', ['!', ['get', 'quantified']], ['==', ['get', 'stance'], 'cooperative']],
        paint: {
          'line-color': ['get', 'colour'],
          'line-width': ['get', 'width'],
          'line-gap-width': perFeature(0),
          'line-dasharray': [4, 3],
          'line-opacity': EMPHASIS_OPACITY,
        },
      },
      // Adversarial edges are hollow: two thin strokes either side of a gap the edge's width.
      {
        id: 'edge-adversarial',
        type: 'line',
        source: 'edges',
        filter: ['all', ['get', 'quantified'], ['!=', ['get', 'stance'], 'cooperative']],
        paint: {
          'line-color': ['get', 'colour'],
          'line-width': perFeature(1.6),
          'line-gap-width': ['max', ['-', ['get', 'width'], 2], 2],
          'line-opacity': EMPHASIS_OPACITY,
        },
      },
      {
        id: 'edge-adversarial-dashed',
        type: 'line',
        source: 'edges',
        filter: ['all', ['!', ['get', 'quantified']], ['!=', ['get', 'stance'], 'cooperative']],
        paint: {
          'line-color': ['get', 'colour'],
          'line-width': perFeature(1.4),
          'line-gap-width': perFeature(2.5),
          'line-dasharray': [4, 3],
          'line-opacity': EMPHASIS_OPACITY,
        },
      },
      // Invisible and wide: makes thin edges easy to hit with a pointer.
      {
        id: 'edge-hit',
        type: 'line',
        source: 'edges',
        paint: { 'line-color': perFeature('#000'), 'line-width': ['max', ['+', ['get', 'width'], 8], 14], 'line-gap-width': perFeature(0), 'line-opacity': perFeature(0) },
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
          'icon-size': ['interpolate', ['linear'], ['get', 'width'], 1.25, 0.7, 10, 1.1],
        },
        paint: {
          'icon-opacity': EMPHASIS_OPACITY,
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
