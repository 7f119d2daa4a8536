// Every public function of the core's `application`, `calendar`, `identity` and `periods`
// modules carries an example in its doc comment (a code block, which `cargo test` runs
// as a doctest). Run alone: `node tests/doc-examples.test.mjs --report` prints the
// coverage per file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// registry.rs holds what application/ held before it moved (the catalogue).
const MODULES = ['src/application', 'src/calendar', 'src/identity', 'src/periods.rs', 'src/registry.rs'];

function files() {
  return MODULES.flatMap((m) =>
    m.endsWith('.rs') ? [m] : readdirSync(`${root}${m}`).filter((f) => f.endsWith('.rs') && f !== 'tests.rs').map((f) => `${m}/${f}`),
  );
}

/// The `pub fn`s of a file outside its test module and its private inline modules
/// (serde helpers, JSON writers), each with whether its doc comment has a code block.
export function publicFunctions(path) {
  const lines = readFileSync(`${root}${path}`, 'utf8').split('\n');
  const out = [];
  let skipDepth = null; // brace depth at which a skipped inline module closes
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const code = line.replace(/\/\/.*$/, '').replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/'(?:[^'\\]|\\.)'/g, "''");
    if (skipDepth === null && /^\s*(?:pub\(crate\)\s+)?mod\s+\w+\s*\{/.test(code) && !/^\s*pub\s+mod/.test(code)) skipDepth = depth;
    if (skipDepth === null && /^\s*#\[cfg\(test\)\]/.test(line) && /^\s*mod\s+tests/.test(lines[i + 1] ?? '')) break;
    const m = skipDepth === null && /^\s*pub\s+(?:const\s+)?fn\s+(\w+)/.exec(code);
    if (m) {
      let j = i - 1;
      const doc = [];
      while (j >= 0 && /^\s*(\/\/\/|#\[)/.test(lines[j])) doc.unshift(lines[j--]);
      out.push({ path, line: i + 1, name: m[1], example: doc.some((d) => /^\s*\/\/\/\s*```/.test(d)) });
    }
    for (const ch of code) {
      if (ch === '{') depth++;
      else if (ch === '}') {
        depth--;
        if (skipDepth !== null && depth === skipDepth) skipDepth = null;
      }
    }
  }
  return out;
}

const all = () => files().flatMap(publicFunctions);

test('every public function of application, calendar, identity and periods has a doc example', () => {
  const fns = all();
  assert.ok(fns.length >= 40, `only ${fns.length} public functions found: is the scan still reading the modules?`);
  const missing = fns.filter((f) => !f.example).map((f) => `${f.path}:${f.line} ${f.name}`);
  assert.deepEqual(missing, [], `public functions without an example (add a \`\`\` block to the doc comment):\n${missing.join('\n')}`);
});

if (process.argv.includes('--report')) {
  const fns = all();
  const byFile = Map.groupBy ? Map.groupBy(fns, (f) => f.path) : fns.reduce((m, f) => m.set(f.path, [...(m.get(f.path) ?? []), f]), new Map());
  for (const [path, list] of byFile) console.log(`${path}: ${list.filter((f) => f.example).length}/${list.length}`);
  console.log(`total: ${fns.filter((f) => f.example).length}/${fns.length} with an example`);
  for (const f of fns.filter((f) => !f.example)) console.log(`  missing: ${f.path}:${f.line} ${f.name}`);
}
