/**
 * The map style, built in code: GeoJSON sources only, no tiles, no glyphs, no sprite, so the map
 * makes no request of its own. Labels are HTML (the element's label layer). The edges are not in
 * the style: the GPU edge layer (gpu-edges/) draws them as edge-look.ts says they look.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Countries } from '../../geo/world.ts';
import { DIM_OPACITY, DISPUTED_MARK, TOTAL_FILL_OPACITY, TOTAL_RING } from '../edge-look.ts';
import { MARGIN_OPACITY, type MapPalette } from '../renderer.ts';

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * A feature's emphasis: its feature state once the renderer has set one (a focus or scene change
 * that moves no edge), else the value it was sent with. Feature state repaints without sending the
 * source to the worker again (see MapLibreRenderer.setEmphasis).
 */
const EMPHASIS: ExpressionSpecification = [
  'coalesce',
  ['feature-state', 'emphasis'],
  ['get', 'emphasis'],
];

/** Opacity by emphasis: dimmed markers recede but stay readable as context. */
const EMPHASIS_OPACITY: ExpressionSpecification = ['match', EMPHASIS, 'dim', DIM_OPACITY, 1];

export function landColour(palette: MapPalette): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'focus'], false],
    palette.focusLand,
    ['boolean', ['feature-state', 'actor'], false],
    palette.actorLand,
    palette.land,
  ];
}

/**
 * A constant written as a feature-state expression, so that a layer draws with the same shader
 * program as its data-driven twin (the margins as the land, the borders as the actor borders):
 * MapLibre compiles a program per layer type and per constant or data-driven property, and under
 * a software GPU each program is a noticeable part of a cold start (docs/benchmarks.md).
 */
export function sharedProgram<T extends string | number>(value: T): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'actor'], false],
    value,
    value,
  ] as ExpressionSpecification;
}

/** A constant written as a feature-property expression: the program of a layer whose paint reads its features (the markers'). */
function perFeature<T extends string | number>(value: T): ExpressionSpecification {
  return ['case', ['boolean', ['get', 'distant'], false], value, value] as ExpressionSpecification;
}

/** The margins' panel: the halo colour, with the land's program (sharedProgram). */
export function marginColour(palette: MapPalette): ExpressionSpecification {
  return sharedProgram(palette.halo);
}

export function markerColour(palette: MapPalette, distant: boolean): ExpressionSpecification {
  return [
    'case',
    ['get', 'distant'],
    distant ? palette.halo : palette.marker,
    distant ? palette.marker : palette.halo,
  ];
}

/** Data of the marker source at the start; empty when absent. */
export interface InitialData {
  markers: GeoJSON.FeatureCollection;
  margins?: GeoJSON.FeatureCollection;
  totals?: GeoJSON.FeatureCollection;
}

/**
 * The edges are not in the style: a custom layer draws them (gpu-edges/), added by the renderer
 * once the style has loaded, between the actor borders and the markers: before this layer.
 */
export const EDGES_BEFORE = 'totals';

export const HATCH_IMAGE = 'disputed-hatch';

/**
 * The hatch tile as MapLibre's image: the SVG renderer's pattern (svg/basemap.ts), a diagonal in
 * the actor-border colour at the hatch opacity, drawn on a canvas so any CSS colour works.
 */
export function hatchImage(palette: MapPalette, pixelRatio: number): ImageData | null {
  const n = Math.round(DISPUTED_MARK.hatch * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = n;
  canvas.height = n;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.strokeStyle = palette.actorBorder;
  ctx.globalAlpha = DISPUTED_MARK.hatchOpacity;
  ctx.lineWidth = pixelRatio;
  ctx.beginPath();
  for (const [x0, y0, x1, y1] of [
    [0, n, n, 0],
    [-n, n, n, -n],
    [0, 2 * n, 2 * n, 0],
  ] as const) {
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
  }
  ctx.stroke();
  return ctx.getImageData(0, 0, n, n);
}

/** The view's marked areas' outlines and its notes' points, as one source. */
function marksData(countries: Countries): GeoJSON.FeatureCollection {
  const notes = countries.marks.notes.map(({ id, at }): GeoJSON.Feature => ({
    type: 'Feature',
    properties: { id },
    geometry: { type: 'Point', coordinates: at },
  }));
  return { type: 'FeatureCollection', features: [...countries.marks.areas.features, ...notes] };
}

export function buildStyle(
  countries: Countries,
  palette: MapPalette,
  initial?: InitialData,
): StyleSpecification {
  const COLOURS = palette;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countries, promoteId: 'id' },
      markers: { type: 'geojson', data: initial?.markers ?? empty(), promoteId: 'id' },
      margins: { type: 'geojson', data: initial?.margins ?? empty() },
      totals: { type: 'geojson', data: initial?.totals ?? empty() },
      disputed: { type: 'geojson', data: marksData(countries) },
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
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: {
          'line-color': COLOURS.border,
          'line-width': 0.6,
          'line-opacity': sharedProgram(1),
        },
      },
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
      // Disputed and occupied areas (geo/borders.ts), over the actor borders that would hide them.
      // The hatch image is made by the renderer when the style asks for it (hatchImage).
      {
        id: 'disputed-hatch',
        type: 'fill',
        source: 'disputed',
        filter: ['!=', ['geometry-type'], 'Point'],
        // No outline pass: the dashed line below outlines the area (and the pass is one more program).
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-antialias': false },
      },
      {
        id: 'disputed',
        type: 'line',
        source: 'disputed',
        filter: ['!=', ['geometry-type'], 'Point'],
        paint: {
          'line-color': COLOURS.actorBorder,
          'line-width': DISPUTED_MARK.width,
          // In units of the line's width.
          'line-dasharray': DISPUTED_MARK.dash.map((d) => d / DISPUTED_MARK.width),
        },
      },
      {
        id: 'disputed-notes',
        type: 'circle',
        source: 'disputed',
        filter: ['==', ['geometry-type'], 'Point'],
        // Written as data-driven expressions like the markers' paint, so both layers draw with one
        // shader program (each program is a synchronous compile at the first picture).
        paint: {
          'circle-radius': perFeature(DISPUTED_MARK.ringRadius),
          'circle-color': perFeature(COLOURS.actorBorder),
          'circle-opacity': perFeature(DISPUTED_MARK.ringFillOpacity),
          'circle-stroke-color': perFeature(COLOURS.actorBorder),
          'circle-stroke-width': DISPUTED_MARK.width,
          'circle-stroke-opacity': perFeature(1),
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
        // A register's actors sized by their totals (scene/actor-totals.ts); empty elsewhere.
        id: 'totals',
        type: 'circle',
        source: 'totals',
        paint: {
          'circle-radius': ['get', 'radius'],
          'circle-color': palette.marker,
          'circle-opacity': ['*', TOTAL_FILL_OPACITY, ['get', 'opacity']],
          'circle-stroke-color': palette.marker,
          'circle-stroke-width': TOTAL_RING,
          'circle-stroke-opacity': ['get', 'opacity'],
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
