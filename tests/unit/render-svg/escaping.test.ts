/** Markup in a dataset's names, title, labels and publishers is text in the SVG, never markup. */
import { Resvg } from '@resvg/resvg-js';
import { expect, it } from 'vitest';
import { renderScenario } from './helpers.ts';

it('escapes markup in actor names, the title, layer labels and the credit line', async () => {
  const { svg } = renderScenario('tests/fixtures/svg-markup-names.json');
  for (const raw of ['<script', '<img', '<tag>', '<b>', '<Media>', '</svg><script'])
    expect(svg).not.toContain(raw);
  expect(svg).toContain('Azerbaijan &lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  expect(svg).toContain('Force &quot;quoted&quot; &amp; &#39;single&#39; &lt;tag&gt;');
  expect(svg).toContain(
    '<title>Fixture: &lt;/svg&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; co</title>',
  );
  // Well-formed XML: resvg refuses a document that is not.
  expect(() => new Resvg(svg)).not.toThrow();
  await expect(svg).toMatchFileSnapshot('./__snapshots__/escaping.svg');
});
