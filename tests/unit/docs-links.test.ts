/**
 * Every relative link in the docs leads somewhere: the file exists, and an `#anchor` names a
 * heading of the target as GitHub slugs it. A reader who follows a link from the README must not
 * land on a 404 or at the top of a long page.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Pages that other branches add. A link to one of them may point at a missing file until it
 * lands; once the file exists, its anchors are checked like any other. Remove each name when its
 * branch has merged.
 */
const PENDING = new Set<string>([]);

/** README.md, ARCHITECTURE.md, CHANGELOG.md, docs/*.md and tests/README.md, relative to `root`. */
function docPages(root: string): string[] {
  const docs = existsSync(join(root, 'docs'))
    ? readdirSync(join(root, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`)
    : [];
  return ['README.md', 'ARCHITECTURE.md', 'CHANGELOG.md', 'tests/README.md', ...docs].filter(
    (page) => existsSync(join(root, page)),
  );
}

/** The page's lines outside fenced code blocks, where `#` and `[x](y)` are not Markdown. */
function proseLines(text: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((line, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker !== undefined && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence === undefined) lines.push({ line: index + 1, text: line });
  });
  return lines;
}

/** GitHub's heading anchor: the heading's text, lower-cased, punctuation dropped, spaces as hyphens. */
function githubSlug(heading: string): string {
  const text = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** The anchors of a page's headings, with GitHub's -1, -2 … for repeated ones. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text: line } of proseLines(text)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = githubSlug(heading);
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  return anchors;
}

/** Every broken relative link of the pages under `root`, as `page:line: target (why)`. */
function brokenLinks(root: string): string[] {
  const problems: string[] = [];
  for (const page of docPages(root)) {
    const text = readFileSync(join(root, page), 'utf8');
    for (const { line, text: prose } of proseLines(text)) {
      // Code spans are text, not Markdown; a link's text may hold one, so keep the brackets.
      const withoutCode = prose.replace(/`[^`]*`/g, '');
      for (const match of withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
        const target = match[1]!;
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        const [path = '', anchor] = target.split('#', 2);
        const file =
          path === '' ? page : relative(root, resolve(dirname(join(root, page)), decodeURI(path)));
        const where = `${page}:${line}: ${target}`;
        if (!existsSync(join(root, file))) {
          if (!PENDING.has(file)) problems.push(`${where} (no file ${file})`);
          continue;
        }
        if (anchor === undefined || anchor === '') continue;
        if (statSync(join(root, file)).isDirectory() || !file.endsWith('.md')) {
          problems.push(`${where} (an anchor into ${file}, which has no headings)`);
        } else if (!anchorsOf(readFileSync(join(root, file), 'utf8')).has(anchor)) {
          problems.push(`${where} (no heading #${anchor} in ${file})`);
        }
      }
    }
  }
  return problems;
}

describe('docs links', () => {
  it('every relative link in README, ARCHITECTURE, CHANGELOG, docs/ and tests/README resolves to a file and heading', () => {
    expect(brokenLinks('.')).toEqual([]);
  });

  it('reports a missing file and a missing heading, and follows GitHub slugs and fenced code', () => {
    const root = mkdtempSync(join(tmpdir(), 'ties-docs-links-'));
    try {
      writeFileSync(
        join(root, 'README.md'),
        [
          '# ties-map',
          '## Data format (`ties-map/1`)',
          '## Scrollytelling: `<ties-map story>`',
          '## Notes',
          '## Notes',
          '[ok](#data-format-ties-map1) [ok](#scrollytelling-ties-map-story) [ok](#notes-1)',
          '[gone](docs/gone.md) [stale](#data-format)',
          '`[not a link](nowhere.md)`',
          '```md',
          '[in a fence](nowhere.md)',
          '# not a heading',
          '```',
          '[fenced heading](#not-a-heading)',
        ].join('\n'),
      );
      expect(brokenLinks(root)).toEqual([
        'README.md:7: docs/gone.md (no file docs/gone.md)',
        'README.md:7: #data-format (no heading #data-format in README.md)',
        'README.md:13: #not-a-heading (no heading #not-a-heading in README.md)',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps the newcomer path: the commands and the embed snippet in the README, the rest one click away', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(12 * 1024);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
    expect(readme).toContain('<ties-map src="/static/data/azerbaijan-israel-usa.json"></ties-map>');
    expect(readme).toContain('](docs/embed.md#attributes-and-properties)');
    expect(readme).toContain('](docs/data.md#data-format-ties-map1)');
  });
});
