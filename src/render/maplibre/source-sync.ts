/**
 * What the map was last sent of a scene (each source's data signature, each marker's emphasis as
 * sent in the data and as set in feature state, each actor country's feature state), so a draw
 * sends only what changed.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Scene } from '../../scene/types.ts';
import type { InitialData } from './style.ts';
import {
  marginsData,
  markerEmphasis,
  markersData,
  markersSignature,
  totalsData,
  totalsSignature,
} from './scene-sources.ts';

type FeatureCollection = GeoJSON.FeatureCollection;

/** Emphasis is not in the signatures: it goes to feature state (see setEmphasis). */
type EmphasisSource = 'markers';

/** The sources' and feature states' side of a renderer's draw, for the map `map()` returns. */
export class SourceSync {
  private readonly lastData = new Map<string, string>();
  /** Per source: each feature's emphasis as last sent in its data, and as last set in feature state. */
  private readonly sentEmphasis = new Map<EmphasisSource, Map<string, string>>();
  private readonly stateEmphasis = new Map<EmphasisSource, Map<string, string>>();
  /** Each actor country's feature state as last set. */
  private countryStates = new Map<string, { actor: boolean; focus: boolean }>();

  /** `map`: the renderer's map, read at each send (the first scene's data is taken before it exists). */
  constructor(private readonly map: () => MapLibreMap) {}

  /** The first scene's source data, recorded as sent so the first draw does not send it again. */
  initialData(scene: Scene): InitialData {
    this.lastData.set('markers', markersSignature(scene));
    this.sentEmphasis.set('markers', new Map(markerEmphasis(scene)));
    this.lastData.set('margins', JSON.stringify(scene.margins));
    this.lastData.set('totals', totalsSignature(scene));
    return { markers: markersData(scene), margins: marginsData(scene), totals: totalsData(scene) };
  }

  /** Forgets what was sent: a rebuilt style holds none of it. */
  clear(): void {
    this.lastData.clear();
    this.sentEmphasis.clear();
    this.stateEmphasis.clear();
    this.countryStates = new Map();
  }

  /** Sends the sources and feature states what changed in the scene; whether anything did. */
  send(scene: Scene): boolean {
    const markers = markerEmphasis(scene);
    let changed = this.setData(
      'markers',
      markersSignature(scene),
      () => markersData(scene),
      markers,
    );
    const margins = JSON.stringify(scene.margins);
    if (this.lastData.get('margins') !== margins) {
      this.lastData.set('margins', margins);
      void (this.map().getSource('margins') as GeoJSONSource).setData(marginsData(scene));
      changed = true;
    }
    const totals = totalsSignature(scene);
    if (this.lastData.get('totals') !== totals) {
      this.lastData.set('totals', totals);
      void (this.map().getSource('totals') as GeoJSONSource).setData(totalsData(scene));
      changed = true;
    }
    changed = this.setEmphasis('markers', markers) || changed;
    return this.setCountryStates(scene) || changed;
  }

  /** Sends a source new data only when its signature changed (and only then builds the data). */
  private setData(
    sourceId: EmphasisSource,
    signature: string,
    data: () => FeatureCollection,
    emphasis: [string, string][],
  ): boolean {
    if (this.lastData.get(sourceId) === signature) return false;
    this.lastData.set(sourceId, signature);
    void (this.map().getSource(sourceId) as GeoJSONSource).setData(data());
    this.sentEmphasis.set(sourceId, new Map(emphasis));
    return true;
  }

  /**
   * A focus or scene step usually changes only which markers stand out: that goes to feature
   * state, a repaint, without sending the source to the worker again. Only features whose shown
   * emphasis differs get a state.
   */
  private setEmphasis(sourceId: EmphasisSource, emphasis: [string, string][]): boolean {
    const sent = this.sentEmphasis.get(sourceId) ?? new Map<string, string>();
    let stated = this.stateEmphasis.get(sourceId);
    if (!stated) this.stateEmphasis.set(sourceId, (stated = new Map<string, string>()));
    let changed = false;
    for (const [id, value] of emphasis) {
      if ((stated.get(id) ?? sent.get(id)) === value) continue;
      this.map().setFeatureState({ source: sourceId, id }, { emphasis: value });
      stated.set(id, value);
      changed = true;
    }
    return changed;
  }

  /** Actors' shapes are emphasised through feature state, so the country source is never reloaded. */
  setCountryStates(scene: Scene): boolean {
    const next = new Map<string, { actor: boolean; focus: boolean }>();
    for (const actor of scene.actors) {
      if (actor.hasShape && !actor.distant)
        next.set(actor.id, { actor: true, focus: actor.emphasis === 'focus' });
      else if (actor.hasShape)
        next.set(actor.id, { actor: false, focus: actor.emphasis === 'focus' });
    }
    // Only the countries whose state changed: MapLibre re-evaluates the paint of every country it
    // is told about in every layer that reads the state (9 ms of a focus's first frame at 200 actors,
    // where a focus changes one or two).
    let changed = false;
    for (const id of this.countryStates.keys()) {
      if (next.has(id)) continue;
      this.map().removeFeatureState({ source: 'countries', id });
      changed = true;
    }
    for (const [id, state] of next) {
      const was = this.countryStates.get(id);
      if (was && was.actor === state.actor && was.focus === state.focus) continue;
      this.map().setFeatureState({ source: 'countries', id }, state);
      changed = true;
    }
    this.countryStates = next;
    return changed;
  }
}
