// A plain static file server (no Vite): `npm run serve -- [PORT] [ROOT]`. Serves the project root by
// default, so /examples/cms-article.html loads the built /dist/ and /data/ as a CMS page would.
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  /**
   * URL paths mapped to HTML made at run time (the bench's copies of an article), served before
   * any file, so a variant of a page can sit beside it and load its relative URLs.
   */
  pages?: Record<string, string>;
  /** Text gzipped for clients that accept it, as a production host serves it (bench:lighthouse). */
  gzip?: boolean;
}

const TEXT = /^(text\/|application\/json)/;

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

export function serve(
  root: string,
  port = 0,
  { pages = {}, gzip = false }: ServeOptions = {},
): Promise<Server> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname),
    );
    const page = pages[path];
    if (page !== undefined) {
      res
        .writeHead(200, {
          'content-type': TYPES['.html']!,
          'content-length': Buffer.byteLength(page),
        })
        .end(page);
      return;
    }
    const file = join(base, path);
    let stats: Stats | undefined;
    try {
      stats = file.startsWith(base) ? statSync(file) : undefined;
    } catch {
      stats = undefined;
    }
    if (!stats || !stats.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && TEXT.test(type) && acceptsGzip(req)) {
      res.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        vary: 'accept-encoding',
      });
      createReadStream(file)
        .pipe(createGzip({ level: 9 }))
        .pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type, 'content-length': stats.size });
    createReadStream(file).pipe(res);
  });
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready(server)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await serve(process.argv[3] ?? '.', Number(process.argv[2] ?? 8080));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`serving on http://127.0.0.1:${port}/examples/cms-article.html`);
}
