/**
 * Call-outs (`annotations`) as a data author meets them: each rule broken once on a small valid
 * dataset, checked by the JSON path and the key words of the sentence the author reads.
 */
import { describe, expect, it } from 'vitest';
import { datasetInLanguage } from '../../src/data/dataset-language.ts';
import { MAX_ANNOTATION_LENGTH, validateDataset } from '../../src/data/validate.ts';

// Tests build deliberately malformed datasets, so the helper's result is untyped on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

function minimal(): Doc {
  return {
    format: 'ties-map/1',
    title: 'Azerbaijan and Israel',
    sources: [{ id: 'src-a', title: 'Arms', publisher: 'OC Media', published: '2025-10' }],
    actors: [
      { id: 'AZE', name: 'Azerbaijan', kind: 'country' },
      { id: 'ISR', name: 'Israel', kind: 'country' },
    ],
    ties: [
      {
        id: 'isr-aze-arms',
        layer: 'arms',
        from: 'ISR',
        to: 'AZE',
        stance: 'cooperative',
        summary: 'Israel supplies arms to Azerbaijan',
        evidence: [{ source: 'src-a', quote: 'Israel supplies arms' }],
      },
    ],
    scenes: [{ id: 'arms', title: 'Arms' }],
    annotations: [
      { id: 'at-actor', text: 'Baku has not decided', at: 'AZE', kind: 'label', scenes: ['arms'] },
      { id: 'at-tie', text: 'Arms flow', at: 'isr-aze-arms', kind: 'arrow' },
      { id: 'at-point', text: 'Here', at: [45.5, 39.2], kind: 'circle' },
    ],
  };
}

function mutated(mutate: (d: Doc) => void) {
  const d = minimal();
  mutate(d);
  return validateDataset(d, { shapeIds: new Set(['AZE', 'ISR']) });
}

function oneError(mutate: (d: Doc) => void, path: string, ...fragments: string[]): void {
  const result = mutated(mutate);
  expect(result.errors.map((e) => e.path)).toEqual([path]);
  for (const f of fragments) expect(result.errors[0]!.message).toContain(f);
  expect(result.dataset).toBeUndefined();
}

describe('annotations', () => {
  it('a valid dataset keeps its call-outs: actor, tie and point anchors, kinds and scenes', () => {
    const result = mutated(() => {});
    expect(result.problems).toEqual([]);
    expect(result.dataset!.annotations).toEqual(minimal().annotations);
  });

  it('an id that names neither an actor nor a tie is an error that lists both', () => {
    oneError(
      (d) => (d.annotations[0].at = 'ARM'),
      '$.annotations[0].at',
      '"ARM"',
      'neither an actor nor a tie',
      'AZE',
      'isr-aze-arms',
    );
  });

  it('a point off the globe is an error', () => {
    oneError((d) => (d.annotations[2].at = [200, 39]), '$.annotations[2].at', 'off the globe');
    oneError((d) => (d.annotations[2].at = [45]), '$.annotations[2].at', '[longitude, latitude]');
  });

  it('an unknown scene is an error naming the known ones', () => {
    oneError(
      (d) => (d.annotations[0].scenes = ['gaza']),
      '$.annotations[0].scenes[0]',
      'scene "gaza"',
      'arms',
    );
  });

  it('an unknown kind, a missing anchor, a reused id are errors', () => {
    oneError(
      (d) => (d.annotations[0].kind = 'box'),
      '$.annotations[0].kind',
      'label, arrow, circle',
    );
    oneError((d) => delete d.annotations[1].at, '$.annotations[1].at', 'needs "at"');
    oneError((d) => (d.annotations[1].id = 'at-actor'), '$.annotations[1].id', 'reuses the id');
  });

  it('a text over the length cap is an error; an empty one too', () => {
    oneError(
      (d) => (d.annotations[0].text = 'x'.repeat(MAX_ANNOTATION_LENGTH + 1)),
      '$.annotations[0].text',
      `at most ${MAX_ANNOTATION_LENGTH}`,
    );
    oneError((d) => (d.annotations[0].text = '  '), '$.annotations[0].text', 'empty');
  });

  it('markup in a text and an unknown field are warnings; the call-out is kept as plain text', () => {
    const result = mutated((d) => {
      d.annotations[0].text = 'Baku <b>has not</b> decided';
      d.annotations[0].colour = 'red';
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.path).sort()).toEqual([
      '$.annotations[0].colour',
      '$.annotations[0].text',
    ]);
    expect(result.warnings.find((w) => w.path === '$.annotations[0].text')!.message).toContain(
      'plain text',
    );
    expect(result.dataset!.annotations![0]!.text).toBe('Baku <b>has not</b> decided');
  });

  it('"annotations" must be a list', () => {
    oneError((d) => (d.annotations = { a: 1 }), '$.annotations', 'must be a list');
  });

  it('translations give a call-out its text in another language, like a scene caption', () => {
    const result = mutated((d) => {
      d.translations = {
        he: {
          translator: 'desk',
          method: 'human',
          reviewed: false,
          annotations: { 'at-actor': 'באקו טרם החליטה' },
        },
      };
    });
    expect(result.errors).toEqual([]);
    const he = datasetInLanguage(result.dataset!, 'he');
    expect(he.annotations!.map((a) => a.text)).toEqual(['באקו טרם החליטה', 'Arms flow', 'Here']);
    expect(datasetInLanguage(result.dataset!, 'en').annotations![0]!.text).toBe(
      'Baku has not decided',
    );
  });

  it('a translation of an unknown call-out, one that adds a number or one too long is an error', () => {
    const credit = { translator: 'desk', method: 'human', reviewed: false };
    oneError(
      (d) => (d.translations = { he: { ...credit, annotations: { nope: 'x' } } }),
      '$.translations.he.annotations.nope',
      'annotation "nope"',
      'at-actor',
    );
    oneError(
      (d) => (d.translations = { he: { ...credit, annotations: { 'at-point': 'Here, 40%' } } }),
      '$.translations.he.annotations["at-point"]',
      'the number 40',
    );
    oneError(
      (d) =>
        (d.translations = {
          he: { ...credit, annotations: { 'at-point': 'y'.repeat(MAX_ANNOTATION_LENGTH + 1) } },
        }),
      '$.translations.he.annotations["at-point"]',
      `at most ${MAX_ANNOTATION_LENGTH}`,
    );
  });
});

describe("the authoring page's list of call-outs", () => {
  it('says what each points at, how it is drawn and where it shows', async () => {
    const { calloutRows } = await import('../../src/author/callouts.ts');
    expect(calloutRows(minimal())).toEqual([
      {
        id: 'at-actor',
        text: 'Baku has not decided',
        at: 'actor AZE',
        kind: 'label',
        scenes: 'arms',
      },
      {
        id: 'at-tie',
        text: 'Arms flow',
        at: 'tie isr-aze-arms',
        kind: 'arrow',
        scenes: 'every view',
      },
      {
        id: 'at-point',
        text: 'Here',
        at: 'point 45.5, 39.2',
        kind: 'circle',
        scenes: 'every view',
      },
    ]);
    expect(calloutRows({ annotations: 'nope' })).toEqual([]);
  });
});
