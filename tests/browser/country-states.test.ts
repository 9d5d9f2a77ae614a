/**
 * A focused actor's country is marked in MapLibre's feature state (its shape drawn emphasised),
 * and a new focus moves the mark: exactly the focused country carries it, whatever came before.
 * A focus tells MapLibre about the countries whose state changed only: MapLibre re-evaluates the
 * paint of each country it is told about, in every layer that reads the state (at 200 actors that
 * was 9 ms of a focus's first frame, issue 17).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mount, nextEvent } from './helpers.ts';

const SHIPPED_URL = '/data/azerbaijan-israel-usa.json';

afterEach(() => {
  document.body.replaceChildren();
});

describe('country feature state', () => {
  it('marks exactly the focused country, telling MapLibre only of the countries that changed', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'webgl');
        e.src = SHIPPED_URL;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const map = (el.mapRenderer as unknown as { map: MapLibreMap }).map;
    const countries = el.derived!.scene.actors.filter((a) => a.hasShape).map((a) => a.id);
    expect(countries.length).toBeGreaterThan(5);
    const focused = () =>
      countries.filter((id) => map.getFeatureState({ source: 'countries', id })['focus'] === true);
    const told: string[] = [];
    const { setFeatureState, removeFeatureState } = map;
    map.setFeatureState = function (feature, state) {
      if (feature.source === 'countries') told.push(String(feature.id));
      return setFeatureState.call(this, feature, state);
    };
    map.removeFeatureState = function (feature, key) {
      if (feature.source === 'countries') told.push(String(feature.id));
      return removeFeatureState.call(this, feature, key);
    };
    try {
      for (const [focus, changed] of [
        ['ARM', ['ARM']],
        ['IRN', ['ARM', 'IRN']],
        [null, ['IRN']],
      ] as const) {
        told.length = 0;
        const drawn = nextEvent(el, 'ties-drawn');
        el.focusActor = focus;
        await drawn;
        expect(focused(), `focus ${focus}`).toEqual(focus ? [focus] : []);
        expect([...new Set(told)].sort(), `countries told at focus ${focus}`).toEqual([...changed]);
      }
    } finally {
      map.setFeatureState = setFeatureState;
      map.removeFeatureState = removeFeatureState;
    }
  });
});
