/** How an edge looks (render/edge-look.ts): the rules the WebGL style and the SVG renderer share. */
import { describe, expect, it } from 'vitest';
import { cueSize, edgeLook, strokeKind, TENTATIVE_OPACITY } from '../../src/render/edge-look.ts';
import type { SceneEdge } from '../../src/scene/types.ts';
import { MAX_WIDTH, UNQUANTIFIED_WIDTH } from '../../src/scene/widths.ts';

type Look = Pick<
  SceneEdge,
  'quantified' | 'stance' | 'tentative' | 'width' | 'colour' | 'emphasis'
>;
const edge = (extra: Partial<Look> = {}): Look => ({
  quantified: true,
  stance: 'cooperative',
  tentative: false,
  width: 6,
  colour: '#0072B2',
  emphasis: 'normal',
  ...extra,
});

describe('edge look', () => {
  it('draws a quantified cooperative edge solid at its width, with a halo 3 px wider', () => {
    const look = edgeLook(edge());
    expect(look).toMatchObject({
      kind: 'solid',
      width: 6,
      dash: null,
      rails: null,
      halo: { width: 9, opacity: 0.75 },
      opacity: 1,
    });
  });

  it('dashes an edge without a figure, 4 on and 3 off in stroke widths', () => {
    const look = edgeLook(edge({ quantified: false, width: UNQUANTIFIED_WIDTH }));
    expect(look.kind).toBe('dashed');
    expect(look.dash).toEqual([5, 3.75]);
  });

  it('draws adversarial and mixed edges hollow: 1.6 px rails round a gap 2 px narrower than the edge', () => {
    expect(edgeLook(edge({ stance: 'adversarial' })).rails).toEqual({ rail: 1.6, gap: 4 });
    expect(strokeKind({ quantified: true, stance: 'mixed', tentative: false })).toBe('hollow');
    expect(edgeLook(edge({ stance: 'adversarial', width: 1.5 })).rails!.gap).toBe(2);
  });

  it('keeps the rails of an adversarial edge without a figure dashed', () => {
    const look = edgeLook(
      edge({ stance: 'adversarial', quantified: false, width: UNQUANTIFIED_WIDTH }),
    );
    expect(look.kind).toBe('hollow');
    expect(look.rails).toEqual({ rail: 1.4, gap: 2.5 });
    expect(look.dash![0]).toBeCloseTo(5.6);
    expect(look.dash![1]).toBeCloseTo(4.2);
  });

  it('gives thin edges a pointer target of at least 14 px, wide ones 8 px more than their width', () => {
    expect(edgeLook(edge({ width: 1.5 })).hitWidth).toBe(14);
    expect(edgeLook(edge({ width: 10 })).hitWidth).toBe(18);
  });

  it('sizes the direction cue with the width, barred for adversarial edges', () => {
    expect(cueSize(UNQUANTIFIED_WIDTH)).toBeCloseTo(16.8);
    expect(cueSize(MAX_WIDTH)).toBeCloseTo(26.4);
    expect(cueSize(40)).toBeCloseTo(26.4);
    expect(edgeLook(edge({ stance: 'adversarial' })).cue.bar).toBe(true);
    expect(edgeLook(edge()).cue.bar).toBe(false);
  });

  it('dims edges outside the focus without hiding them; focused edges draw at full strength', () => {
    expect(edgeLook(edge({ emphasis: 'dim' }))).toMatchObject({
      opacity: 0.15,
      halo: { opacity: 0.1 },
    });
    expect(edgeLook(edge({ emphasis: 'focus' })).opacity).toBe(1);
  });

  it('draws an edge whose ties are all planned or potential dotted (round caps) and lighter, also when it has a figure', () => {
    const look = edgeLook(edge({ tentative: true, width: 4 }));
    expect(look).toMatchObject({
      kind: 'dotted',
      cap: 'round',
      dash: [4, 6.4],
      opacity: TENTATIVE_OPACITY,
    });
    expect(edgeLook(edge({ tentative: true, emphasis: 'dim' })).opacity).toBeCloseTo(
      TENTATIVE_OPACITY * 0.15,
    );
    // A tentative adversarial edge stays hollow, its rails dotted.
    const hollow = edgeLook(edge({ tentative: true, stance: 'adversarial' }));
    expect(hollow.kind).toBe('hollow');
    expect(hollow.dash).toEqual([1.6, 1.6 * 1.6]);
  });
});
