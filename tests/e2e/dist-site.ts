/** The e2e files' setup: `vite build` into dist/, the project root on a plain static server, Chromium. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { chromiumArgs, chromiumPath } from '../../vite.config.ts';

export interface DistSite {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function openDistSite(): Promise<DistSite> {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const server = await serve(ROOT);
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** The site for one e2e file: built and started before its tests, closed after them. */
export function useDistSite(): Readonly<Omit<DistSite, 'close'>> {
  const site = {} as Partial<DistSite>;
  beforeAll(async () => void Object.assign(site, await openDistSite()));
  afterAll(() => site.close?.());
  return site as DistSite;
}
