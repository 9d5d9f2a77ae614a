/**
 * The article copies the bench and the Lighthouse pair measure against (bench/article-variants.ts),
 * and the server that serves them (scripts/serve.ts): the page without the embed really has none,
 * the unblocked copy really paints before the element is defined, and gzip is what a client gets
 * only when it asks for it.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  UNDEFINED_RULE,
  withoutEmbed,
  withoutRenderBlocking,
  withoutStylesheet,
} from '../../bench/article-variants.ts';
import { serve } from '../../scripts/serve.ts';

const cms = readFileSync('examples/cms-article.html', 'utf8');
const bench = readFileSync('bench/static/article.html', 'utf8');
/** The markup without its comments (which name the element and the attribute in prose). */
const markup = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('article variants', () => {
  it('the bench article loads the element by the embed snippet: its stylesheet, then the script with blocking="render"', () => {
    expect(bench).toContain(
      '<link rel="stylesheet" href="/dist/ties-map.css">\n<script type="module" src="/dist/ties-map.js" blocking="render"></script>',
    );
    expect(readFileSync('README.md', 'utf8')).toContain(
      '<script type="module" src="/static/ties-map/ties-map.js" blocking="render"></script>',
    );
  });

  it('without the embed: no element and no script that defines it, the article text kept', () => {
    for (const page of [cms, bench]) {
      const copy = markup(withoutEmbed(page));
      expect(copy).not.toMatch(/<ties-map\b/);
      expect(copy).not.toContain('ties-map.js');
      expect(copy).not.toContain('ties-map.css');
      expect(copy).toContain('<h1>');
    }
  });

  it('without the stylesheet: the rest of the snippet kept', () => {
    const copy = markup(withoutStylesheet(bench));
    expect(copy).not.toContain('ties-map.css');
    expect(copy).toContain(
      '<script type="module" src="/dist/ties-map.js" blocking="render"></script>',
    );
  });

  it('without blocking="render": the same script, not render-blocking, with the page rule when asked', () => {
    const copy = markup(withoutRenderBlocking(bench));
    expect(copy).toContain('<script type="module" src="/dist/ties-map.js"></script>');
    expect(copy).not.toContain('blocking="render"');
    expect(copy).not.toContain(UNDEFINED_RULE);
    expect(withoutRenderBlocking(bench, UNDEFINED_RULE)).toContain(
      `<style>${UNDEFINED_RULE}</style>\n</head>`,
    );
  });
});

describe('serve', () => {
  it('serves run-time pages beside the files, and gzips text only for a client that accepts it', async () => {
    const server = await serve('.', 0, {
      pages: { '/examples/copy.html': '<p>copy</p>' },
      gzip: true,
    });
    try {
      const { port } = server.address() as AddressInfo;
      expect((await get(port, '/examples/copy.html')).body.toString()).toBe('<p>copy</p>');
      const plain = await get(port, '/examples/cms-article.html');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(cms);
      const zipped = await get(port, '/examples/cms-article.html', {
        'accept-encoding': 'gzip, br',
      });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(zipped.body).toString()).toBe(cms);
    } finally {
      server.close();
    }
  });
});
