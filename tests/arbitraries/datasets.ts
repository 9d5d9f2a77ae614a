/**
 * fast-check generators of *valid* `ties-map/1` datasets, for the property tests: actors from the
 * shipped geodata plus point actors (ids with odd characters included), layers, ties with and
 * without figures, periods, `ended` dates and stances. Every generated dataset must pass the
 * validator; the properties check that too, so a generator drift cannot hide behind it.
 */
import fc from 'fast-check';
import placesJson from '../../geodata/places.json';
import { MAX_FIGURE_VALUE } from '../../src/data/validate.ts';

const SHAPE_IDS = Object.keys(placesJson);

/** Non-empty after trimming, as the validator wants every text. */
const text = (maxLength = 12): fc.Arbitrary<string> =>
  fc.string({ minLength: 1, maxLength }).filter((s) => s.trim() !== '');

/**
 * Names of `Object.prototype` members: legal ids, layer ids, languages and hash keys that reach an
 * inherited member wherever a plain object serves as a dictionary.
 */
export const RESERVED_KEYS = [
  'toString',
  '__proto__',
  'constructor',
  'valueOf',
  'hasOwnProperty',
] as const;
const reservedKey = fc.constantFrom(...RESERVED_KEYS);

/**
 * Ids as authors write them and as a hostile one might: mostly from small pools holding the
 * characters edge ids are joined with ('>', ':'), so that ids which could run together
 * ("A" → "B>C" and "A>B" → "C"; "A" → "B:x" in "y" and "A" → "B" in "x:y") meet often.
 */
const actorId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('A', 'B', 'C', 'A>B', 'B>C', 'B:x') },
  { weight: 2, arbitrary: reservedKey },
  { weight: 1, arbitrary: text(6) },
);
const layerId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('y', 'x:y', 'energy', 'a>b') },
  { weight: 2, arbitrary: reservedKey },
  { weight: 1, arbitrary: text(6).filter((id) => !/[\s,]/.test(id)) },
);

/** ISO 8601 at year, month or day precision, 1990–2030. */
export const isoDate: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 1990, max: 2030 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    day: fc.integer({ min: 1, max: 28 }),
    dayPrecision: fc.boolean(),
  })
  .map(({ year, month, day, dayPrecision }) => {
    if (month === undefined) return String(year);
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    return dayPrecision ? `${ym}-${String(day).padStart(2, '0')}` : ym;
  });

const figureValue = fc.oneof(
  fc.double({ min: 0, max: MAX_FIGURE_VALUE, noNaN: true }),
  fc.constantFrom(0, -0, 1e-300, Number.MIN_VALUE, MAX_FIGURE_VALUE, 69, 0.1),
);

export interface DatasetShape {
  [key: string]: unknown;
  actors: { id: string }[];
  ties: {
    id: string;
    from: string;
    to: string;
    layer: string;
    ended?: string;
    when?: { from?: string; to?: string };
  }[];
}

/** A valid dataset as plain JSON (what a page would hand to `el.data`). */
export const validDataset: fc.Arbitrary<DatasetShape> = fc
  .record({
    sourceIds: fc.uniqueArray(fc.oneof(text(6), reservedKey), { minLength: 1, maxLength: 3 }),
    layerIds: fc.option(fc.uniqueArray(layerId, { minLength: 1, maxLength: 4 }), {
      nil: undefined,
    }),
    shapeActors: fc.uniqueArray(fc.constantFrom(...SHAPE_IDS), { maxLength: 3 }),
    pointActors: fc.uniqueArray(
      fc.record({
        id: actorId,
        kind: fc.constantFrom('organisation', 'other', 'country', 'territory'),
        point: fc.tuple(
          fc.double({ min: -180, max: 180, noNaN: true }),
          fc.double({ min: -90, max: 90, noNaN: true }),
        ),
      }),
      { maxLength: 8, size: '+1', selector: (a) => a.id },
    ),
    ties: fc.array(
      fc.record({
        from: fc.nat(),
        toOffset: fc.nat(),
        layer: fc.nat(),
        source: fc.nat(),
        stance: fc.option(fc.constantFrom('cooperative', 'adversarial'), { nil: undefined }),
        figure: fc.option(
          fc.record({ value: figureValue, unit: fc.constantFrom('%', 'US$ m', 'bcm', 'troops') }),
          { nil: undefined },
        ),
        when: fc.option(
          fc.tuple(fc.option(isoDate, { nil: undefined }), fc.option(isoDate, { nil: undefined })),
          { nil: undefined },
        ),
        ended: fc.option(isoDate, { nil: undefined }),
      }),
      { maxLength: 40, size: '+1' },
    ),
  })
  .map(({ sourceIds, layerIds, shapeActors, pointActors, ties }) => {
    const points = pointActors.filter((a) => !shapeActors.includes(a.id));
    const actors = [
      ...shapeActors.map((id) => ({
        id,
        name: `Actor ${id}`,
        kind: id.includes('-') ? 'territory' : 'country',
      })),
      ...points.map((a) => ({ id: a.id, name: `Point ${a.id}`, kind: a.kind, point: a.point })),
    ];
    const layers = layerIds ?? ['energy', 'arms', 'diplomatic'];
    const dataset: DatasetShape = {
      format: 'ties-map/1',
      title: 'Generated',
      sources: sourceIds.map((id) => ({
        id,
        title: `Source ${id}`,
        publisher: 'unknown',
        published: 'unknown',
      })),
      actors,
      ties: [],
      scenes: [],
    };
    if (layerIds) dataset['layers'] = layerIds.map((id) => ({ id, label: `Layer ${id}` }));
    if (actors.length < 2) return dataset;
    dataset.ties = ties.map((t, i) => {
      const from = t.from % actors.length;
      // A different actor: an offset of 1 … n-1 from `from`.
      const to = (from + 1 + (t.toOffset % (actors.length - 1))) % actors.length;
      const tie: Record<string, unknown> = {
        id: RESERVED_KEYS[i] ?? `tie-${i}`,
        layer: layers[t.layer % layers.length],
        from: actors[from]!.id,
        to: actors[to]!.id,
        summary: `Tie ${i}`,
        evidence: [{ source: sourceIds[t.source % sourceIds.length], quote: `Quote ${i}` }],
      };
      if (t.stance) tie['stance'] = t.stance;
      if (t.figure) tie['figure'] = t.figure;
      if (t.when) {
        // Sorted as text, so the period never runs backwards (which the validator rightly refuses):
        // for ISO dates text order is the order of their first days.
        const [a, b] = t.when;
        const [start, end] = a !== undefined && b !== undefined && b < a ? [b, a] : [a, b];
        const when: Record<string, string> = {};
        if (start !== undefined) when['from'] = start;
        if (end !== undefined) when['to'] = end;
        tie['when'] = when;
      }
      if (t.ended) tie['ended'] = t.ended;
      return tie as DatasetShape['ties'][number];
    });
    // Presenter steps named like Object.prototype's members, pointing at the first layer and tie.
    dataset['scenes'] = [
      {
        id: 'constructor',
        title: 'Scene constructor',
        layers: [layers[0]],
        ties: dataset.ties.slice(0, 1).map((t) => t.id),
        focus: actors[0]!.id,
      },
      { id: '__proto__', title: 'Scene __proto__' },
    ];
    return dataset;
  });
