// The README stays a three-minute read, and every relative link of README.md and
// docs/*.md names a file of the repository (and, for a Markdown file, a heading in it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const README_MAX_BYTES = 8_500;

const docs = () => ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Links of a Markdown text, outside code blocks and code spans: [text](target) and ![alt](target). */
export function links(markdown) {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[(?:[^\][]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
}

/** GitHub's anchors of a Markdown file's headings. */
export function anchors(markdown) {
  const seen = new Map();
  const out = new Set();
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const m of prose.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = m[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

test(`README.md is at most ${README_MAX_BYTES.toLocaleString('en-US')} bytes`, () => {
  const size = statSync(join(root, 'README.md')).size;
  assert.ok(size <= README_MAX_BYTES, `README.md is ${size} bytes: move detail into docs/`);
});

test('every relative link of README.md and docs/*.md names a file of the repository', () => {
  const broken = [];
  for (const file of docs()) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const link of links(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
        if (!/^(https?|mailto):/i.test(link)) broken.push(`${file}: ${link} (only public URLs outside the repository)`);
        continue;
      }
      const [path, fragment] = link.split('#');
      const target = path === '' ? join(root, file) : resolve(dirname(join(root, file)), decodeURIComponent(path));
      const inside = relative(root, target);
      if (inside.startsWith('..') || inside.startsWith('/')) {
        broken.push(`${file}: ${link} (outside the repository)`);
      } else if (!existsSync(target)) {
        broken.push(`${file}: ${link} (no such file)`);
      } else if (fragment && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(decodeURIComponent(fragment))) {
        broken.push(`${file}: ${link} (no such heading)`);
      }
    }
  }
  assert.deepEqual(broken, []);
});

test('README.md and docs/ name no path outside the repository', () => {
  for (const file of docs()) {
    const text = readFileSync(join(root, file), 'utf8');
    assert.ok(!/(\.\.|\/work)\/shared\b/.test(text), `${file} points outside the repository (the shared research folder)`);
  }
});

test('the link and anchor readers work on a sample', () => {
  const md = '# A `code` title\n## Working time (R9, `src/hours.rs`)\n## A\n## A\n[x](docs/api.md#b) ![i](p.png) `[no](x)`\n```\n[no](y)\n```\n';
  assert.deepEqual(links(md), ['docs/api.md#b', 'p.png']);
  assert.deepEqual([...anchors(md)], ['a-code-title', 'working-time-r9-srchoursrs', 'a', 'a-1']);
});
