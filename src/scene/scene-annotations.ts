/**
 * A scene's annotations: the editor's call-outs for the view, and a named note beside each marked
 * border area drawn as a ring.
 */
import type { Bounds, Tie } from '../data/types.ts';
import { BORDER_AREAS, type BorderAreaId } from '../geo/borders.ts';
import { stringsFor } from '../text/strings.ts';
import type { SceneView } from '../state/view-state.ts';
import type { MarginStrip } from './anchors.ts';
import type { Curve } from './edge-curves.ts';
import type { LonLat, SceneActor, SceneAnnotation } from './types.ts';
import type { SceneBasis } from './scene-geometry.ts';

/**
 * The call-outs this view shows: those without scenes in every view, the others only while one of
 * their scenes is the step shown. An actor's call-out sits at its anchor; a tie's at the middle of
 * its edge, and only while the tie is visible (an arrow to a hidden edge points at nothing).
 */
export function sceneAnnotations(
  basis: SceneBasis,
  state: SceneView,
  visible: readonly Tie[],
  actors: readonly SceneActor[],
  curves: Map<string, Curve> = basis.curves,
): SceneAnnotation[] {
  const list = basis.dataset.annotations;
  if (!list || list.length === 0) return [];
  const step = state.step ?? null;
  const out: SceneAnnotation[] = [];
  for (const a of list) {
    if (a.scenes !== undefined && (step === null || !a.scenes.includes(step))) continue;
    let anchor: LonLat | undefined;
    let target: SceneAnnotation['target'];
    if (typeof a.at !== 'string') {
      anchor = a.at;
      target = 'point';
    } else if (actors.some((actor) => actor.id === a.at)) {
      anchor = actors.find((actor) => actor.id === a.at)!.anchor;
      target = 'actor';
    } else {
      target = 'tie';
      const tie = visible.find((t) => t.id === a.at);
      const index = tie ? basis.groupOf.get(tie) : undefined;
      const group = index === undefined ? undefined : basis.groups[index];
      const path = group ? curves.get(group.id)?.path : undefined;
      anchor = path ? path[path.length >> 1] : undefined;
    }
    if (!anchor) continue;
    out.push({
      id: a.id,
      text: a.text,
      kind: a.kind ?? 'label',
      anchor,
      target,
      number: out.length + 1,
    });
  }
  return out;
}

/** A world-wide frame: its rings lie a few pixels apart, too close to name each one. */
const NOTE_SPAN_DEGREES = 150;

/** Whether a point lies under one of the panels round the map, where the base map does not show. */
function underPanel([lon, lat]: LonLat, margins: readonly MarginStrip[]): boolean {
  return margins.some(
    ({ bounds: [[w, s], [e, n]] }) => lon >= w && lon <= e && lat >= s && lat <= n,
  );
}

/**
 * A named note beside each marked area that has no shape of its own (a ring on the base map), so a
 * reader sees which area the ring marks without the legend: it joins the call-outs' layout (never
 * over a label, a numbered marker on a narrow map) in the map's own quieter style, not the editor's.
 * An area under a far actors' panel has no ring to name, and its note would sit among the tabs.
 */
export function borderNotes(
  areas: readonly BorderAreaId[],
  frame: Bounds,
  margins: readonly MarginStrip[],
  lang: string,
  numbered: number,
): SceneAnnotation[] {
  if (frame[1][0] - frame[0][0] > NOTE_SPAN_DEGREES) return [];
  const names = stringsFor(lang).borderAreas;
  return BORDER_AREAS.filter(
    (area) => area.shape === null && areas.includes(area.id) && !underPanel(area.at, margins),
  ).map((area, i) => ({
    id: `border:${area.id}`,
    text: names[area.id].name,
    kind: 'label',
    anchor: area.at,
    target: 'point',
    number: numbered + i + 1,
    note: 'border',
  }));
}
