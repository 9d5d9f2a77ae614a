/**
 * Groups that open as the reader zooms in (scene/zoom-groups.ts), in the element: a register
 * grouped by region, zoomed in on Europe, draws Europe's actors themselves; zoomed back out, Europe
 * is one node again, while a group the reader expanded by click stays open. Both renderers.
 */
import { describe, expect, it } from 'vitest';
import { sipriLikeDataset } from '../../bench/sipri-like.ts';
import type { Bounds } from '../../src/data/types.ts';
import { FRAME_PADDING } from '../../src/render/renderer.ts';
import type { TiesMap } from '../../src/components/ties-map/ties-map.component.ts';
import { lifecycleHooks, mount, nextEvent, shadow } from './helpers.ts';

lifecycleHooks();

const register = sipriLikeDataset();
const EUROPE: Bounds = [
  [-10, 36],
  [30, 60],
];
const groupLabel = (el: TiesMap, code: string) =>
  shadow(el).querySelector<HTMLElement>(`.actor-label[data-group="${code}"]`);
const drawnEdgeIds = (el: TiesMap) =>
  [...shadow(el).querySelectorAll<SVGElement>('.gl svg.ties-svg-targets [data-edge-id]')].map(
    (e) => e.dataset['edgeId']!,
  );
/** Whether some drawn edge starts or ends at one of `actors` itself. */
const touches = (ids: readonly string[], actors: readonly string[]) =>
  ids.some((id) => actors.some((a) => id.startsWith(`${a}>`) || id.includes(`>${a}:`)));

async function zoomTo(el: TiesMap, bounds: Bounds, timeout?: number): Promise<void> {
  const drawn = nextEvent(el, 'ties-drawn', timeout);
  el.mapRenderer!.fit(bounds, FRAME_PADDING);
  await drawn;
}

describe('groups that open on zoom', () => {
  it('SVG: zoomed in on Europe its actors draw themselves, zoomed out it is one node again; a clicked group stays open', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.setAttribute('group', 'region');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const members = el.derived!.scene.actors.find((a) => a.id === 'm49:150')!.group!.members;
    expect(members.length).toBeGreaterThan(5);
    expect(groupLabel(el, '150')).not.toBeNull();
    expect(touches(drawnEdgeIds(el), members)).toBe(false);
    // The reader expands Africa by its node's label.
    const africa = el.derived!.scene.actors.find((a) => a.id === 'm49:002')!.group!.members;
    const drawn = nextEvent(el, 'ties-drawn');
    groupLabel(el, '002')!.click();
    await drawn;
    expect(groupLabel(el, '002')).toBeNull();
    const frame = el.derived!.scene.frame;

    await zoomTo(el, EUROPE);
    expect(groupLabel(el, '150')).toBeNull();
    expect(touches(drawnEdgeIds(el), members)).toBe(true);
    expect(el.derived!.view.zoomedGroups.has('150')).toBe(true);
    // Only the click's expansion is the reader's to share: the state spells Africa alone.
    expect(el.derived!.view.expandedGroups).toEqual(new Set(['002']));

    await zoomTo(el, frame);
    expect(groupLabel(el, '150')).not.toBeNull();
    expect(touches(drawnEdgeIds(el), members)).toBe(false);
    // Africa, expanded by click, stays open.
    expect(groupLabel(el, '002')).toBeNull();
    expect(touches(drawnEdgeIds(el), africa)).toBe(true);
  });

  it('WebGL: the same, through MapLibre', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'webgl');
        e.setAttribute('loading', 'eager');
        e.setAttribute('group', 'region');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn', 60_000);
    const frame = el.derived!.scene.frame;
    expect(el.derived!.scene.actors.some((a) => a.id === 'm49:150')).toBe(true);
    await zoomTo(el, EUROPE, 60_000);
    expect(el.derived!.scene.actors.some((a) => a.id === 'm49:150')).toBe(false);
    expect(groupLabel(el, '150')).toBeNull();
    await zoomTo(el, frame, 60_000);
    expect(el.derived!.scene.actors.some((a) => a.id === 'm49:150')).toBe(true);
  });
});
