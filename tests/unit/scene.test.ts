import { describe, expect, it } from 'vitest';
import type { Dataset, Tie } from '../../src/data/types.ts';
import { DISTANT_KM, initialBearing, layoutAnchors, type PlaceIndex } from '../../src/scene/anchors.ts';
import { buildScene, sceneBasis } from '../../src/scene/build-scene.ts';
import { BASE_BEND, BEND_STEP, bendSlots, curveBetween, groupTies } from '../../src/scene/edges.ts';
import { fromMercator, toMercator } from '../../src/scene/mercator.ts';
import { edgeLabelText } from '../../src/scene/edge-labels.ts';
import { END_CLIP, FAN_MIN_DEGREES, fanAngles } from '../../src/scene/edges.ts';
import type { LonLat } from '../../src/scene/types.ts';
import { MAX_WIDTH, MIN_WIDTH, NEUTRAL_WIDTH, PHONE_MAX_WIDTH, UNQUANTIFIED_WIDTH, layerMeasures, maxStrokeWidth, roundBelow, widthScale } from '../../src/scene/widths.ts';
import { INITIAL_VIEW, type SceneView } from '../../src/state/view-state.ts';

const PLACES: PlaceIndex = {
  AZE: { name: 'Azerbaijan', label: [47.7, 40.3] },
  ARM: { name: 'Armenia', label: [44.9, 40.3] },
  ISR: { name: 'Israel', label: [35.0, 31.0] },
  IRN: { name: 'Iran', label: [54.0, 32.5] },
  USA: { name: 'United States', label: [-99.0, 39.5] },
};

function tie(id: string, from: string, to: string, layer: string, extra: Partial<Tie> = {}): Tie {
  return { id, from, to, layer, stance: 'cooperative', summary: id, evidence: [{ source: 's', quote: 'q' }], ...extra };
}

function dataset(ties: Tie[]): Dataset {
  return {
    format: 'ties-map/1',
    title: 'Test',
    sources: [{ id: 's', title: 'S', publisher: 'P', published: '2025-10' }],
    layers: [{ id: 'energy', label: 'Energy' }, { id: 'arms', label: 'Arms' }, { id: 'diplomatic', label: 'Diplomatic' }],
    actors: [
      { id: 'AZE', name: 'Azerbaijan', kind: 'country' },
      { id: 'ARM', name: 'Armenia', kind: 'country' },
      { id: 'ISR', name: 'Israel', kind: 'country' },
      { id: 'IRN', name: 'Iran', kind: 'country' },
      { id: 'USA', name: 'United States', kind: 'country' },
      { id: 'ISF', name: 'Stabilisation force', kind: 'organisation', point: [34.4, 31.4] },
    ],
    ties,
    scenes: [],
  };
}

const round = (p: number[]) => p.map((v) => Math.round(v * 1000) / 1000);

describe('Mercator helpers', () => {
  it('round-trips points', () => {
    for (const p of [[0, 0], [47.7, 40.3], [-99, 39.5], [34.4, -31.4]] as [number, number][]) {
      expect(round(fromMercator(toMercator(p)))).toEqual(round(p));
    }
  });
});

describe('curves', () => {
  it('puts the control point on the normal of the chord, at the base bend for slot 0', () => {
    const curve = curveBetween([0, 0], [10, 0], 0, true);
    // Chord along +x in Mercator space; the counter-clockwise normal points north.
    expect(round(curve.control)).toEqual(round(fromMercator([5, 10 * BASE_BEND])));
    expect(curve.path[0]).toEqual([0, 0]);
    expect(round(curve.path.at(-1)!)).toEqual([10, 0]);
  });

  it('bends further for each further slot', () => {
    const c1 = curveBetween([0, 0], [10, 0], 1, true);
    expect(round(c1.control)).toEqual(round(fromMercator([5, 10 * (BASE_BEND + BEND_STEP)])));
  });

  it('bends A→B and B→A to the same side of the canonical chord, so their slots do not collide', () => {
    const forward = curveBetween([0, 0], [10, 0], 0, true);
    const backward = curveBetween([10, 0], [0, 0], 1, false);
    expect(forward.control[1]).toBeGreaterThan(0);
    expect(backward.control[1]).toBeGreaterThan(forward.control[1]);
  });

  it('points the direction cue from `from` to `to`', () => {
    expect(Math.round(curveBetween([0, 0], [10, 0], 0, true).arrow.bearing)).toBe(90); // east
    expect(Math.round(curveBetween([10, 0], [0, 0], 0, false).arrow.bearing)).toBe(270); // west
    expect(Math.round(curveBetween([0, 0], [0, 10], 0, true).arrow.bearing)).toBe(0); // north
  });
});

describe('merging and slots', () => {
  const ties = [
    tie('a', 'AZE', 'ISR', 'energy', { figure: { value: 40, unit: '%' } }),
    tie('b', 'AZE', 'ISR', 'energy', { figure: { value: 60, unit: '%' } }),
    tie('c', 'ISR', 'AZE', 'arms', { figure: { value: 69, unit: '%' } }),
    tie('d', 'ISR', 'AZE', 'diplomatic'),
  ];

  it('merges ties of one (from, to, layer) into one edge', () => {
    const groups = groupTies(ties);
    expect(groups.map((g) => [g.id, g.ties.map((t) => t.id)])).toEqual([
      ['AZE>ISR:energy', ['a', 'b']],
      ['ISR>AZE:arms', ['c']],
      ['ISR>AZE:diplomatic', ['d']],
    ]);
  });

  it('keeps ties of different actor pairs apart when ids hold ">" or ":" (found by the scene properties)', () => {
    // "A" → "B>C" and "A>B" → "C" both had the edge id "A>B>C:arms": one edge, drawn between A and B>C.
    const odd = [tie('x', 'A', 'B>C', 'arms'), tie('y', 'A>B', 'C', 'arms'), tie('z', 'A', 'B:x', 'y'), tie('w', 'A', 'B', 'x:y')];
    expect(groupTies(odd).map((g) => [g.from, g.to, g.layer, g.ties.map((t) => t.id)])).toEqual([
      ['A', 'B>C', 'arms', ['x']],
      ['A>B', 'C', 'arms', ['y']],
      ['A', 'B:x', 'y', ['z']],
      ['A', 'B', 'x:y', ['w']],
    ]);
  });

  it('gives the edges of one pair distinct slots in layer order', () => {
    const slots = bendSlots(groupTies(ties), ['energy', 'arms', 'diplomatic']);
    expect(Object.fromEntries(slots)).toEqual({ 'AZE>ISR:energy': 0, 'ISR>AZE:arms': 1, 'ISR>AZE:diplomatic': 2 });
  });

  it('keeps an edge in place when another layer is hidden', () => {
    const basis = sceneBasis(dataset(ties), PLACES);
    const all = buildScene(basis, INITIAL_VIEW);
    const armsOnly = buildScene(basis, { ...INITIAL_VIEW, layers: new Set(['arms']) });
    expect(armsOnly.edges.map((e) => e.id)).toEqual(['ISR>AZE:arms']);
    expect(armsOnly.edges[0]!.control).toEqual(all.edges.find((e) => e.id === 'ISR>AZE:arms')!.control);
  });
});

describe('widths: one measure per layer', () => {
  const ties = [
    tie('oil', 'AZE', 'ISR', 'energy', { figure: { value: 40, unit: '%' } }),
    tie('oil2', 'AZE', 'ISR', 'energy', { figure: { value: 10, unit: '%' } }),
    tie('gas', 'AZE', 'ARM', 'energy', { figure: { value: 2, unit: 'bcm' } }),
    tie('arms', 'ISR', 'AZE', 'arms', { figure: { value: 60, upper: 69, unit: '%' } }),
    tie('tiny', 'IRN', 'AZE', 'arms', { figure: { value: 0.1, unit: '%' } }),
  ];
  const measured = (layers: Dataset['layers']) => ({ ...dataset(ties), layers });
  const declared = measured([
    { id: 'energy', label: 'Energy', measure: { unit: '%', label: 'share of supply' } },
    { id: 'arms', label: 'Arms', measure: { unit: '%', label: 'share of imports' } },
    { id: 'diplomatic', label: 'Diplomatic' },
  ]);
  const scale = widthScale(layerMeasures(declared));

  it('scales figures in the layer\'s measure linearly from zero, a range at its upper end', () => {
    expect(scale('energy', '%', 40)).toBe(MAX_WIDTH);
    expect(scale('energy', '%', 10)).toBe(MAX_WIDTH / 4);
    expect(scale('arms', '%', 69)).toBe(MAX_WIDTH);
    expect(scale('arms', '%', 40)).toBeCloseTo((MAX_WIDTH * 40) / 69);
  });

  it('draws every figure outside the measure at the neutral width, however large', () => {
    // Before: each unit had its own maximum, so "2 bcm" was drawn as wide as "40%".
    expect(scale('energy', 'bcm', 2)).toBe(NEUTRAL_WIDTH);
    const scene = buildScene(sceneBasis(declared, PLACES), INITIAL_VIEW);
    expect(scene.edges.find((e) => e.id === 'AZE>ARM:energy')).toMatchObject({ width: NEUTRAL_WIDTH, quantified: true, label: { text: '2 bcm' } });
  });

  it('infers the measure from the unit most figures carry, ties broken by the largest total', () => {
    const inferred = layerMeasures(measured([{ id: 'energy', label: 'Energy' }, { id: 'arms', label: 'Arms' }, { id: 'diplomatic', label: 'Diplomatic' }]));
    expect(inferred.get('energy')).toMatchObject({ unit: '%', inferred: true, max: 40 });
    const tied = layerMeasures({ layers: [{ id: 'x', label: 'X' }], ties: [
      tie('a', 'AZE', 'ISR', 'x', { figure: { value: 5, unit: 'bcm' } }),
      tie('b', 'AZE', 'ISR', 'x', { figure: { value: 900, unit: 'US$ m' } }),
    ] });
    expect(tied.get('x')!.unit).toBe('US$ m');
    expect(layerMeasures({ layers: [{ id: 'x', label: 'X' }], ties: [] }).has('x')).toBe(false);
  });

  it('keeps tiny figures visible', () => {
    expect(scale('arms', '%', 0.1)).toBe(MIN_WIDTH);
  });

  it('narrows the widest stroke on a narrow map', () => {
    expect(maxStrokeWidth(1280)).toBe(MAX_WIDTH);
    expect(maxStrokeWidth(400)).toBe(PHONE_MAX_WIDTH);
    const phone = buildScene(sceneBasis(declared, PLACES), INITIAL_VIEW, 400);
    expect(phone.edges.find((e) => e.id === 'ISR>AZE:arms')!.width).toBe(PHONE_MAX_WIDTH);
    expect(phone.legend.widths.find((w) => w.layer === 'arms')!.samples[0]!.width).toBe(PHONE_MAX_WIDTH);
  });

  it('draws a merged edge at its largest figure in the measure, and an unquantified edge thin and dashed', () => {
    const scene = buildScene(sceneBasis(declared, PLACES), INITIAL_VIEW);
    const oil = scene.edges.find((e) => e.id === 'AZE>ISR:energy')!;
    expect(oil.width).toBe(MAX_WIDTH);
    expect(oil.label).toMatchObject({ text: '40% +1' });
    const talks = buildScene(sceneBasis(dataset([tie('talks', 'AZE', 'ARM', 'diplomatic')]), PLACES), INITIAL_VIEW).edges[0]!;
    expect(talks.quantified).toBe(false);
    expect(talks.width).toBe(UNQUANTIFIED_WIDTH);
    expect(talks.label).toBeNull();
  });

  it('keys one width per layer in the legend: the measure\'s label and two reference strokes', () => {
    const legend = buildScene(sceneBasis(declared, PLACES), INITIAL_VIEW).legend;
    expect(legend.widths.map((w) => [w.layer, w.unit, w.label, w.inferred, w.samples.map((s) => s.value)])).toEqual([
      ['energy', '%', 'share of supply', false, [40, 20]],
      ['arms', '%', 'share of imports', false, [69, 20]],
    ]);
  });

  it('stays finite and within MIN_WIDTH…MAX_WIDTH for figures near Number.MAX_VALUE', () => {
    // MAX_WIDTH * 1e308 overflowed to Infinity: the edge vanished and the legend asked for an SVG height of Infinity.
    const one = (value: number) => layerMeasures({ layers: [{ id: 'energy', label: 'E' }], ties: [tie('big', 'AZE', 'ISR', 'energy', { figure: { value, unit: 'US$' } })] });
    const huge = widthScale(one(1e308));
    expect(huge('energy', 'US$', 1e308)).toBe(MAX_WIDTH);
    expect(huge('energy', 'US$', 5e307)).toBe(MAX_WIDTH / 2);
    const infinite = widthScale(one(Infinity));
    for (const value of [Infinity, 1, Number.NaN]) {
      expect(infinite('energy', 'US$', value)).toBeGreaterThanOrEqual(MIN_WIDTH);
      expect(infinite('energy', 'US$', value)).toBeLessThanOrEqual(MAX_WIDTH);
    }
  });

  it('offers a round reference value below the maximum for the legend', () => {
    expect(roundBelow(69)).toBe(20);
    expect(roundBelow(1.6)).toBe(0.5);
    expect(roundBelow(40)).toBe(20);
  });
});

describe('edge labels', () => {
  const measure = { layer: 'energy', unit: '%', label: 'share', inferred: false, max: 60 };
  it('writes the largest figure in the measure, its qualifier and how many more figures the edge holds', () => {
    const label = edgeLabelText([
      tie('a', 'AZE', 'ISR', 'energy', { figure: { value: 55, unit: '% increase' } }),
      tie('b', 'AZE', 'ISR', 'energy', { figure: { value: 60, unit: '%', qualifier: 'over' } }),
      tie('c', 'AZE', 'ISR', 'energy', { figure: { value: 10, unit: '%' } }),
    ], measure);
    expect(label).toEqual({ text: 'over 60% +2', priority: 2 });
  });

  it('falls back to the first figure outside the measure, which gives way before any in it', () => {
    const label = edgeLabelText([tie('a', 'AZE', 'EU', 'energy', { figure: { value: 12, unit: 'bcm/yr' } })], measure);
    expect(label).toEqual({ text: '12 bcm/yr', priority: 0 });
  });

  it('says when the figure is planned or potential', () => {
    const label = edgeLabelText([tie('a', 'AZE', 'EU', 'energy', { status: 'planned', figure: { value: 20, unit: 'bcm/yr' } })], measure);
    expect(label!.text).toBe('20 bcm/yr (planned)');
  });
});

describe('a hub you can follow', () => {
  const hub = [
    tie('e1', 'AZE', 'ISR', 'energy', { figure: { value: 60, unit: '%' } }),
    tie('a1', 'ISR', 'AZE', 'arms', { figure: { value: 20, unit: '%' } }),
    tie('d1', 'ISR', 'AZE', 'diplomatic'),
    tie('d2', 'ISF', 'AZE', 'diplomatic', { status: 'planned' }),
    tie('d3', 'IRN', 'AZE', 'diplomatic'),
  ];
  const scene = buildScene(sceneBasis(dataset(hub), PLACES), INITIAL_VIEW);
  const angle = (from: LonLat, to: LonLat) => {
    const [x0, y0] = toMercator(from);
    const [x1, y1] = toMercator(to);
    return (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
  };

  it('spreads the edges at a shared actor at least FAN_MIN_DEGREES apart around it', () => {
    // Israel and the force's point lie in nearly the same direction from Azerbaijan.
    const aze = PLACES.AZE!.label as LonLat;
    const ends = scene.edges.map((e) => (e.to === 'AZE' ? e.path.at(-1)! : e.path[0]!)).map((p) => angle(aze, p)).sort((a, b) => a - b);
    for (let i = 1; i < ends.length; i++) expect(ends[i]! - ends[i - 1]!).toBeGreaterThanOrEqual(FAN_MIN_DEGREES - 0.01);
    expect(fanAngles([10, 10, 10])).toEqual([360 + 10 - FAN_MIN_DEGREES, 10, 10 + FAN_MIN_DEGREES]);
    expect(fanAngles([0, 90, 180])).toEqual([0, 90, 180]);
  });

  it('puts the arrowhead at the recipient\'s end, stopping short of its anchor, pointing at it', () => {
    const arms = scene.edges.find((e) => e.id === 'ISR>AZE:arms')!;
    expect(arms.arrow.at).toEqual(arms.path.at(-1));
    const [ax, ay] = toMercator(PLACES.AZE!.label as LonLat);
    const [tx, ty] = toMercator(arms.arrow.at);
    // It stops END_CLIP of the frame's larger side short of the anchor: at the marker, not under the label.
    const { frame } = sceneBasis(dataset(hub), PLACES).layout;
    const span = Math.max(toMercator(frame[1])[0] - toMercator(frame[0])[0], toMercator(frame[1])[1] - toMercator(frame[0])[1]);
    expect(Math.hypot(ax - tx, ay - ty)).toBeCloseTo(END_CLIP * span, 6);
    const towards = (Math.atan2(ax - tx, ay - ty) * 180) / Math.PI;
    expect(Math.abs((((arms.arrow.bearing - towards) % 360) + 540) % 360 - 180)).toBeLessThan(60);
  });

  it('draws wide edges first, and an emphasised edge last, on top', () => {
    expect(scene.edges.map((e) => e.width)).toEqual([...scene.edges.map((e) => e.width)].sort((a, b) => b - a));
    const hovered = buildScene(sceneBasis(dataset(hub), PLACES), { ...INITIAL_VIEW, highlight: new Set(['d3']) });
    expect(hovered.edges.at(-1)!.id).toBe('IRN>AZE:diplomatic');
  });

  it('marks an edge whose ties are all planned or potential as tentative', () => {
    expect(scene.edges.find((e) => e.id === 'ISF>AZE:diplomatic')!.tentative).toBe(true);
    expect(scene.edges.find((e) => e.id === 'ISR>AZE:diplomatic')!.tentative).toBe(false);
  });
});

describe('anchors and the default frame', () => {
  it('computes great-circle bearings', () => {
    expect(Math.round(initialBearing([0, 0], [0, 10]))).toBe(0);
    expect(Math.round(initialBearing([0, 0], [10, 0]))).toBe(90);
    // From the Caucasus the United States lies to the north-west, not due west.
    const b = initialBearing([45, 37], [-99, 39.5]);
    expect(b).toBeGreaterThan(300);
    expect(b).toBeLessThan(345);
  });

  it('frames the near actors and pulls a distant one to the frame edge in its true direction', () => {
    const { anchors, frame } = layoutAnchors(dataset([]).actors, PLACES);
    const usa = anchors.get('USA')!;
    expect(usa.distant).not.toBeNull();
    expect(usa.distant!.km).toBeGreaterThan(DISTANT_KM);
    // The frame holds the region, not the world.
    expect(frame[0][0]).toBeGreaterThan(20);
    expect(frame[1][0]).toBeLessThan(70);
    // The anchor lies on the frame's north-west side.
    const [[w, s], [e, n]] = frame;
    expect(usa.anchor[0]).toBeGreaterThanOrEqual(w);
    expect(usa.anchor[0]).toBeLessThan((w + e) / 2);
    expect(usa.anchor[1]).toBeGreaterThan((s + n) / 2);
    expect(usa.anchor[1]).toBeLessThanOrEqual(n);
    // Near actors stay where they are; a point actor uses its point.
    expect(anchors.get('AZE')!.anchor).toEqual([47.7, 40.3]);
    expect(anchors.get('ISF')!.anchor).toEqual([34.4, 31.4]);
    expect(anchors.get('ISF')!.hasShape).toBe(false);
  });
});

describe('view filtering and emphasis', () => {
  const ties = [
    tie('old', 'AZE', 'ISR', 'energy', { when: { from: '2016', to: '2020' }, figure: { value: 40, unit: '%' } }),
    tie('new', 'ISR', 'AZE', 'arms', { when: { from: '2025-03' } }),
    tie('over', 'IRN', 'ARM', 'diplomatic', { when: { from: '2019' }, ended: '2023', stance: 'adversarial' }),
  ];
  const basis = sceneBasis(dataset(ties), PLACES);
  const view = (patch: Partial<SceneView>) => buildScene(basis, { ...INITIAL_VIEW, ...patch });

  it('shows a tie from the start of its period and hides it after it ended', () => {
    expect(view({ asOf: '2015' }).edges.map((e) => e.tieIds[0])).toEqual([]);
    expect(view({ asOf: '2020-06' }).edges.map((e) => e.tieIds[0])).toEqual(['old', 'over']);
    expect(view({ asOf: '2023-12-31' }).edges.map((e) => e.tieIds[0])).toEqual(['old', 'over']);
    expect(view({ asOf: '2025-03' }).edges.map((e) => e.tieIds[0])).toEqual(['old', 'new']);
  });

  it('marks adversarial edges and dims what the focus does not touch', () => {
    const scene = view({ focus: 'ARM' });
    expect(scene.edges.find((e) => e.id === 'IRN>ARM:diplomatic')).toMatchObject({ stance: 'adversarial', emphasis: 'focus' });
    expect(scene.edges.find((e) => e.id === 'AZE>ISR:energy')!.emphasis).toBe('dim');
    expect(scene.actors.find((a) => a.id === 'ARM')!.emphasis).toBe('focus');
    expect(scene.actors.find((a) => a.id === 'IRN')!.emphasis).toBe('normal');
    expect(scene.actors.find((a) => a.id === 'ISR')!.emphasis).toBe('dim');
  });

  it('counts shown and total ties per layer in the legend', () => {
    const legend = view({ layers: new Set(['energy']) }).legend;
    expect(legend.layers.map((l) => [l.id, l.visible, l.shown, l.total])).toEqual([
      ['energy', true, 1, 1],
      ['arms', false, 0, 1],
      ['diplomatic', false, 0, 1],
    ]);
    expect(legend.dataAsOf).toBe('2025-10');
    expect(legend.hasAdversarial).toBe(true);
    expect(legend.hasUnquantified).toBe(true);
  });
});

describe('large countries', () => {
  it('anchors a large country at its inner point nearest the region, not at its far label', () => {
    const places: PlaceIndex = {
      ...PLACES,
      RUS: { name: 'Russia', label: [107.8, 61.9], inner: [[42.5, 47.5], [107.5, 62.5], [82.5, 52.5]] },
    };
    const actors = [...dataset([]).actors.filter((a) => a.id !== 'USA'), { id: 'RUS', name: 'Russia', kind: 'country' as const }];
    const rus = layoutAnchors(actors, places).anchors.get('RUS')!;
    expect(rus.distant).toBeNull();
    expect(rus.anchor).toEqual([42.5, 47.5]);
  });
});
