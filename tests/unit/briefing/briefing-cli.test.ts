/**
 * `npm run briefing` as an editor meets it when something is wrong: a clear, located message and
 * a non-zero exit, before any bundling; and the page it writes keeps the dataset inert.
 */
import { describe, expect, it } from 'vitest';
import { briefingHtml } from '../../../src/briefing/html.ts';
import { runCli } from '../run-cli.ts';

const CLI = 'src/cli/briefing.ts';

describe('npm run briefing: bad input', () => {
  it('asks for --out', () => {
    const run = runCli(CLI, ['data/azerbaijan-israel-usa.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out');
  });

  it('names a scene the dataset does not have, and the ones it has', () => {
    const run = runCli(CLI, [
      'data/azerbaijan-israel-usa.json',
      '--out',
      '/tmp/never.html',
      '--scene',
      'nope',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--scene nope is not a scene');
    expect(run.stderr).toContain('overview, energy, arms');
  });

  it("gives the validator's located messages for an invalid dataset", () => {
    const run = runCli(CLI, [
      'tests/fixtures/invalid/unknown-country.json',
      '--out',
      '/tmp/never.html',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unknown-country\.json: \$\.actors\[\d+\]/);
  });
});

describe('the briefing page', () => {
  it('keeps a dataset\'s "</script>" inert and the language and scene it was asked for', () => {
    const page = briefingHtml(
      'console.log("</script>")',
      JSON.stringify({ title: '</script><script>alert(1)</script>' }),
      'A <b>title</b>',
      { lang: 'he', scene: 'gaza' },
    );
    expect(page.match(/<\/script>/g)).toHaveLength(2); // the data's and the code's own closing tags only
    expect(page).toContain('<html lang="he">');
    expect(page).toContain('scene="gaza" lang="he"');
    expect(page).toContain('<title>A &lt;b&gt;title&lt;/b&gt;</title>');
  });
});
