/**
 * Call-outs in the scene and on the static picture: which views show them, where their anchors
 * sit, and that the label layout keeps them off every actor label and figure label of the shipped
 * dataset's scenes at 1280×800 and 1920×1080.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { BORDER_AREAS } from '../../../src/geo/borders.ts';
import { NOTE_REACH } from '../../../src/render/annotation-look.ts';
import { places } from '../../../src/geo/places.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { sceneGeometry } from '../../../src/scene/scene-geometry.ts';
import { layoutCallouts } from '../../../src/scene/callout-layout.ts';
import { staticSvg } from '../../../src/render/svg/static-svg.ts';
import type { SvgNode } from '../../../src/render/svg/tree.ts';
import { viewOfScene } from '../../../src/state/scene-view.ts';
import { INITIAL_VIEW } from '../../../src/state/view-state.ts';
import { loadDataset, world } from '../render-svg/helpers.ts';
import { loadFixture } from './placement.ts';

const shipped = loadDataset('data/azerbaijan-israel-usa.json');

function sceneOf(dataset: Dataset, step: string | null) {
  const basis = sceneBasis(dataset, places, {}, sceneGeometry(dataset, places));
  const s = step === null ? undefined : dataset.scenes.find((x) => x.id === step)!;
  const scene = buildScene(basis, s ? viewOfScene(dataset, s) : INITIAL_VIEW);
  return {
    ...scene,
    all: scene.annotations,
    annotations: scene.annotations?.filter((a) => a.note === undefined),
  };
}

type Box = { left: number; top: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  Math.min(a.left + a.width, b.left + b.width) > Math.max(a.left, b.left) &&
  Math.min(a.top + a.height, b.top + b.height) > Math.max(a.top, b.top);

function find(node: SvgNode, test: (n: SvgNode) => boolean, out: SvgNode[] = []): SvgNode[] {
  if (test(node)) out.push(node);
  for (const child of node.children) if (typeof child !== 'string') find(child, test, out);
  return out;
}
const rectIn = (g: SvgNode): Box => {
  const r = g.children.find((c): c is SvgNode => typeof c !== 'string' && c.tag === 'rect')!;
  return {
    left: Number(r.attrs['x']),
    top: Number(r.attrs['y']),
    width: Number(r.attrs['width']),
    height: Number(r.attrs['height']),
  };
};

describe('call-outs in the scene', () => {
  it('the default view shows none of the shipped call-outs (they are named for scenes); each scene shows its own', () => {
    expect(sceneOf(shipped, null).annotations).toEqual([]);
    expect(sceneOf(shipped, 'overview').annotations).toEqual([]);
    expect(sceneOf(shipped, 'gaza-isf').annotations!.map((a) => [a.id, a.number])).toEqual([
      ['baku-undecided', 1],
      ['replace-israeli-forces', 2],
    ]);
    expect(sceneOf(shipped, 'energy').annotations!.map((a) => a.id)).toEqual(['gasoline-share']);
  });

  it("anchors: an actor's anchor, the middle of a tie's edge, a point; a call-out without scenes shows in every view", () => {
    const dataset: Dataset = {
      ...shipped,
      annotations: [
        ...shipped.annotations!,
        { id: 'everywhere', text: 'Baku', at: [49.87, 40.41], kind: 'circle' },
      ],
    };
    const scene = sceneOf(dataset, 'gaza-isf');
    const byId = new Map(scene.annotations!.map((a) => [a.id, a]));
    const edge = scene.edges.find((e) => e.tieIds.includes('aze-isf-contribution'))!;
    expect(byId.get('baku-undecided')).toMatchObject({
      target: 'tie',
      kind: 'arrow',
      anchor: edge.path[edge.path.length >> 1],
    });
    expect(byId.get('replace-israeli-forces')).toMatchObject({
      target: 'actor',
      anchor: scene.actors.find((a) => a.id === 'PS-GZA')!.anchor,
    });
    expect(byId.get('everywhere')).toMatchObject({
      target: 'point',
      anchor: [49.87, 40.41],
      number: 3,
    });
    expect(sceneOf(dataset, null).annotations!.map((a) => [a.id, a.number])).toEqual([
      ['everywhere', 1],
    ]);
  });

  it("a tie's call-out is left out while its tie is hidden", () => {
    const dataset: Dataset = {
      ...shipped,
      annotations: [{ id: 'x', text: 'Arms', at: 'isr-aze-arms-share-2016-2020', kind: 'arrow' }],
    };
    expect(sceneOf(dataset, 'energy').annotations).toEqual([]);
    expect(sceneOf(dataset, 'arms').annotations!.map((a) => a.id)).toEqual(['x']);
  });
});

describe('the notes of marked areas with no shape of their own', () => {
  it("names the Golan Heights, Abkhazia and South Ossetia beside their rings, after the editor's call-outs", () => {
    const notes = (step: string | null) =>
      sceneOf(shipped, step).all!.filter((a) => a.note === 'border');
    for (const step of [null, 'gaza-isf']) {
      expect(notes(step).map((a) => [a.id, a.text, a.anchor])).toEqual([
        ['border:golan', 'Golan Heights', BORDER_AREAS.find((a) => a.id === 'golan')!.at],
        ['border:abkhazia', 'Abkhazia', BORDER_AREAS.find((a) => a.id === 'abkhazia')!.at],
        [
          'border:south-ossetia',
          'South Ossetia',
          BORDER_AREAS.find((a) => a.id === 'south-ossetia')!.at,
        ],
      ]);
    }
    // Numbered after the scene's own call-outs, for the narrow map's markers and list.
    expect(notes('gaza-isf').map((a) => a.number)).toEqual([3, 4, 5]);
    // Areas drawn as shapes of their own (Crimea, the West Bank, Gaza) are hatched, not noted.
    expect(notes(null).some((a) => a.id === 'border:crimea' || a.id === 'border:west-bank')).toBe(
      false,
    );
  });

  it('a world-wide register names no ring (they lie a few pixels apart there)', () => {
    const far = loadFixture('sipri');
    expect(sceneOf(far, null).all!.filter((a) => a.note)).toEqual([]);
  });

  it("the static picture draws each note in the map's quieter style, off every actor label", () => {
    const { node } = staticSvg({
      dataset: shipped,
      countries: world,
      view: INITIAL_VIEW,
      width: 1280,
      height: 800,
      theme: 'light',
    });
    const notes = find(node, (n) => n.attrs['data-note'] === 'border');
    expect(notes.map((n) => n.attrs['data-callout-for'])).toEqual([
      'border:golan',
      'border:abkhazia',
      'border:south-ossetia',
    ]);
    for (const g of notes) {
      const text = find(g, (n) => n.tag === 'text')[0]!;
      expect(text.attrs['font-style']).toBe('italic');
      expect(find(g, (n) => n.tag === 'rect')[0]!.attrs['stroke']).toBe('none');
      // Near its ring: a joining line no longer than the note's reach and a label's own spot.
      for (const line of find(g, (n) => n.tag === 'line')) {
        const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(line.attrs[k]));
        expect(Math.hypot(x2! - x1!, y2! - y1!)).toBeLessThanOrEqual(NOTE_REACH + 40);
      }
    }
    const labels = find(
      node,
      (n) => n.tag === 'g' && typeof n.attrs['data-label-for'] === 'string',
    ).map(rectIn);
    for (const g of notes)
      for (const label of labels) expect(overlaps(rectIn(g), label)).toBe(false);
  });

  it('a narrow static picture lists the numbered notes under its legend', () => {
    const { svg } = staticSvg({
      dataset: shipped,
      countries: world,
      view: INITIAL_VIEW,
      width: 400,
      height: 800,
      theme: 'light',
    });
    for (const name of ['Golan Heights', 'Abkhazia', 'South Ossetia'])
      expect(svg).toContain(`font-style="italic">${name}</text>`);
  });
});

describe('layoutCallouts', () => {
  it('keeps a call-out off what is taken, joins an arrow to its anchor, and gives way where nothing is free', () => {
    const taken = [{ left: 90, top: 90, width: 120, height: 20 }];
    const placed = layoutCallouts(
      [{ id: 'a', x: 100, y: 100, width: 80, height: 20, clear: 22, joined: true }],
      taken,
      400,
      300,
    );
    const p = placed.get('a')!;
    expect(
      overlaps({ ...p, width: 80, height: 20 }, { left: 87, top: 87, width: 126, height: 26 }),
    ).toBe(false);
    expect(p.leader).toMatchObject({ x2: 100, y2: 100 });
    const full = layoutCallouts(
      [{ id: 'b', x: 50, y: 50, width: 80, height: 20, clear: 0, joined: false }],
      [{ left: 0, top: 0, width: 400, height: 300 }],
      400,
      300,
    );
    expect(full.get('b')).toBeNull();
  });
});

describe("call-outs on the shipped dataset's pictures", () => {
  const scenes = shipped.scenes.filter((s) =>
    shipped.annotations!.some((a) => a.scenes?.includes(s.id)),
  );
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    for (const step of scenes) {
      it(`${step.id} at ${width}×${height}: every call-out drawn, none over an actor or figure label`, () => {
        const out = staticSvg({
          dataset: shipped,
          countries: world,
          view: viewOfScene(shipped, step),
          step,
          width,
          height,
          theme: 'light',
        });
        const callouts = find(
          out.node,
          (n) => n.tag === 'g' && n.attrs['data-callout-for'] !== undefined,
        );
        // Every call-out of the editor's is drawn; a ringed area's note gives way rather than
        // move further than NOTE_REACH from its ring.
        expect(
          callouts
            .filter((g) => g.attrs['data-note'] === undefined)
            .map((g) => g.attrs['data-callout-for']),
        ).toEqual(out.scene.annotations!.filter((a) => a.note === undefined).map((a) => a.id));
        for (const g of callouts.filter((c) => c.attrs['data-note'] !== undefined))
          for (const line of find(g, (n) => n.tag === 'line')) {
            const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(line.attrs[k]));
            expect(
              Math.hypot(x2! - x1!, y2! - y1!),
              String(g.attrs['data-callout-for']),
            ).toBeLessThanOrEqual(NOTE_REACH + 40);
          }
        const labels = find(
          out.node,
          (n) =>
            n.tag === 'g' &&
            (n.attrs['data-label-for'] !== undefined ||
              n.attrs['data-edge-label-for'] !== undefined),
        ).map(rectIn);
        expect(labels.length).toBeGreaterThan(3);
        for (const g of callouts) {
          const box = rectIn(g);
          for (const label of labels)
            expect(
              overlaps(box, label),
              `${String(g.attrs['data-callout-for'])} over a label at ${JSON.stringify(label)}`,
            ).toBe(false);
        }
        // The editor's style: no edge colour on a call-out.
        const colours = new Set(out.scene.edges.map((e) => e.colour.toLowerCase()));
        expect(
          JSON.stringify(callouts)
            .toLowerCase()
            .match(/#[0-9a-f]{6}/g)!
            .every((c) => !colours.has(c)),
        ).toBe(true);
      });
    }
  }
});
