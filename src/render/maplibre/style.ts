/**
 * The map style, built in code: GeoJSON sources only, no tiles, no glyphs, no sprite, so the map
 * makes no request of its own. Labels are HTML (the element's label layer). The edges are not in
 * the style: the GPU edge layer (gpu-edges/) draws them as edge-look.ts says they look.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Countries } from '../../geo/world.ts';
import { DIM_OPACITY } from '../edge-look.ts';
import { MARGIN_OPACITY, type MapPalette } from '../renderer.ts';

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * A feature's emphasis: its feature state once the renderer has set one (a focus or scene change
 * that moves no edge), else the value it was sent with. Feature state repaints without sending the
 * source to the worker again (see MapLibreRenderer.setEmphasis).
 */
const EMPHASIS: ExpressionSpecification = ['coalesce', ['feature-state', 'emphasis'], ['get', 'emphasis']];

/** Opacity by emphasis: dimmed markers recede but stay readable as context. */
const EMPHASIS_OPACITY: ExpressionSpecification = ['match', EMPHASIS, 'dim', DIM_OPACITY, 1];

export function landColour(palette: MapPalette): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'focus'], false], palette.focusLand,
    ['boolean', ['feature-state', 'actor'], false], palette.actorLand,
    palette.land,
  ];
}

/**
 * A constant written as a feature-state expression, so that a layer draws with the same shader
 * program as its data-driven twin (the margins as the land, the borders as the actor borders):
 * MapLibre compiles a program per layer type and per constant or data-driven property, and under
 * SwiftShader each took ~25 ms of a cold start (12 programs against the plain page's 6; issue 17).
 */
export function sharedProgram<T extends string | number>(value: T): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', 'actor'], false], value, value] as ExpressionSpecification;
}

/** The margins' panel: the halo colour, with the land's program (sharedProgram). */
export function marginColour(palette: MapPalette): ExpressionSpecification {
  return sharedProgram(palette.halo);
}

export function markerColour(palette: MapPalette, distant: boolean): ExpressionSpecification {
  return ['case', ['get', 'distant'], distant ? palette.halo : palette.marker, distant ? palette.marker : palette.halo];
}

/** Data of the marker source at the start; empty when absent. */
export interface InitialData {
  markers: GeoJSON.FeatureCollection;
  margins?: GeoJSON.FeatureCollection;
}

/**
 * The edges are not in the style: a custom layer draws them (gpu-edges/), added by the renderer
 * once the style has loaded, between the actor borders and the markers: before this layer.
 */
export const EDGES_BEFORE = 'markers';

export function buildStyle(countries: Countries, palette: MapPalette, initial?: InitialData): StyleSpecification {
  const COLOURS = palette;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countries, promoteId: 'id' },
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
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': COLOURS.border, 'line-width': 0.6, 'line-opacity': sharedProgram(1) } },
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
        paint: { 'fill-color': marginColour(palette), 'fill-opacity': MARGIN_OPACITY },
      },
      // The edges' custom layer goes here (EDGES_BEFORE).
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
