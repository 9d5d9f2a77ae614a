/** dist/embed.html's hash → the element's attributes, and the two height messages it posts. */
import { describe, expect, it } from 'vitest';
import { heightMessages, readEmbedHash } from '../../../src/embed/embed-hash.ts';

describe('readEmbedHash', () => {
  it('sets an attribute for every view setting the hash names, and clears every other one', () => {
    const config = readEmbedHash(
      '#src=../data/a.json&layers=arms,energy&focus=ARM&asof=2024-06&scene=arms&theme=dark&renderer=svg&lang=en&timeout=60&max-size=5&worldview=un&group=subregion&flows=all&status=stated,reported&stance=adversarial&source=sipri&direction=out&min=100&id=story',
    );
    expect(Object.fromEntries(config.attributes)).toEqual({
      src: '../data/a.json',
      layers: 'arms energy',
      focus: 'ARM',
      'as-of': '2024-06',
      scene: 'arms',
      theme: 'dark',
      renderer: 'svg',
      lang: 'en',
      timeout: '60',
      'max-size': '5',
      worldview: 'un',
      group: 'subregion',
      flows: 'all',
      status: 'stated,reported',
      stance: 'adversarial',
      source: 'sipri',
      direction: 'out',
      min: '100',
    });
    expect(config.id).toBe('story');
    expect(readEmbedHash('#src=a.json').attributes.get('layers')).toBeNull();
  });

  it('theme=auto removes the theme (the element then follows the colour scheme); unknown keys are reported', () => {
    const config = readEmbedHash('#theme=auto&colour=red&as-of=2020');
    expect(config.attributes.get('theme')).toBeNull();
    expect(config.attributes.get('as-of')).toBe('2020');
    expect(config.unknown).toEqual(['colour']);
    expect(config.id).toBe('ties-map');
  });

  it("puts src last, so the load starts under the hash's timeout and max-size in whatever order it names them", () => {
    for (const hash of [
      '#src=a.json&max-size=0.01&timeout=5',
      '#max-size=0.01&src=a.json&timeout=5',
      '#timeout=5&max-size=0.01&src=a.json',
    ]) {
      const attributes = readEmbedHash(hash).attributes;
      expect([...attributes.keys()].at(-1), hash).toBe('src');
      expect(
        [attributes.get('src'), attributes.get('max-size'), attributes.get('timeout')],
        hash,
      ).toEqual(['a.json', '0.01', '5']);
    }
  });
});

describe('heightMessages', () => {
  it("are AMP's embed-size and ties-map-height keyed by the embed's id", () => {
    expect(heightMessages('story', 812)).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      { 'ties-map-height': { story: 812 } },
    ]);
  });
});
