// Every public function of the core's `application`, `calendar`, `identity` and `periods`
// modules carries an example in its doc comment (a code block, which `cargo test` runs
// as a doctest). Run alone: `node tests/doc-examples.test.mjs --report` prints the
// coverage per file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// registry.rs holds what application/ held before it moved (the catalogue); the tools crate
// (crates/jincheng-tools) holds the notice reader and the generators that left the core.
const MODULES = ['src/application', 'src/calendar', 'src/identity', 'src/periods.rs', 'src/registry.rs',
  'crates/jincheng-tools/src/notice.rs', 'crates/jincheng-tools/src/generate.rs'];

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

// ---------------------------------------------------------------------------------------
// Runnable examples (issue 23): every code block of README.md and docs/*.md fenced as
// ```js run is run against the built package (pkg/, imported as `jincheng-rules` through a
// node_modules link, the way a portal imports it), and each result its comments state is
// compared, so a stale example fails `npm test`. The notation (docs/maintainers.md):
//
//   addWorkdays('2026-09-28', 5);     // => '2026-10-10'
//   const r = validate(id, s, opts);  // => {valid: true}       (checks the variable)
//   deadlines(id, s, opts)[0];
//   // => {due: '2026-10-01', actBy: '2026-09-30'}               (the statement above)
//   checkMobile('1', 'en');           // => throws 'invalid_options'
//
// A stated object is matched on the keys it names (an example shows what matters), an
// array item by item and on its length, anything else with ===. A stated value may go on
// over the following comment lines. Other comments are prose.
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The ```js run blocks of a Markdown text: {line, code} (line: the fence's line, 1-based). */
export function runnableBlocks(markdown) {
  const out = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```js run\s*$/.test(lines[i])) continue;
    const start = i;
    const body = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    out.push({ line: start + 1, code: body });
  }
  return out;
}

/**
 * A block as an ES module: its statements as written, each stated result turned into a
 * check (`__check(line, value, expected)` / `__throws(line, () => …, code)`).
 */
export function moduleOf(block, file) {
  const out = [];
  // The statement being read: its text, the variable it declares, and its lines in `out`
  // (a statement goes on over lines until one ends with `;`).
  let last = null;
  const lines = block.code;
  const add = (code) => {
    if (last?.open) {
      last.text += '\n' + code;
      last.idxs.push(out.length);
    } else {
      last = { text: code, idxs: [out.length] };
    }
    last.open = !/;\s*$/.test(code.replace(/\s*\/\/[^'"`]*$/, '')); // a trailing comment is not the end
    out.push(code);
  };
  for (let k = 0; k < lines.length; k++) {
    const at = block.line + 1 + k;
    const line = lines[k];
    const m = /^(.*?)\s*\/\/\s*=>\s*(.*)$/.exec(line);
    if (!m) {
      if (line.trim() && !line.trim().startsWith('//')) add(line);
      else out.push(line);
      continue;
    }
    let [, code, stated] = m;
    // The stated value goes on over the following comment lines (not themselves `// =>`).
    while (k + 1 < lines.length && /^\s*\/\/(?!\s*=>)/.test(lines[k + 1]) && !complete(stated)) stated += '\n' + lines[++k].replace(/^\s*\/\/\s?/, '');
    if (code.trim()) add(code);
    if (!last) throw new Error(`${file}:${at}: a stated result with no statement before it`);
    const target = statement(last.text);
    for (const idx of last.idxs) out[idx] = '';
    last = null;
    stated = literalPart(stated);
    const throwsCode = /^throws\s+(['"])(.+)\1\s*$/.exec(stated.trim());
    if (throwsCode) {
      out.push(`__throws(${at}, () => { ${target.text}; }, ${JSON.stringify(throwsCode[2])});`);
    } else if (target.decl) {
      out.push(`${target.text}; __check(${at}, ${target.decl}, (${stated}));`);
    } else {
      out.push(`__check(${at}, (${target.text}), (${stated}));`);
    }
  }
  return out.join('\n');
}

/** A stated value without the prose after it (`'2026-10-10' — 国庆 skipped`): the longest
 * prefix ending before a ` — ` that is a JavaScript expression; the whole text if none is. */
function literalPart(stated) {
  const parses = (x) => {
    try {
      new Function(`return (${x});`);
      return true;
    } catch {
      return false;
    }
  };
  if (/^\s*throws\s/.test(stated)) return stated.split(' — ')[0];
  if (parses(stated)) return stated;
  const cuts = [...stated.matchAll(/ — /g)].map((m) => m.index).reverse();
  return cuts.map((i) => stated.slice(0, i)).find(parses) ?? stated;
}

/** A statement: its text without the final `;`, and the variable it declares, if any. */
function statement(code) {
  const text = code.trim().replace(/;\s*$/, '');
  const decl = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=/.exec(text)?.[1] ?? null;
  return { text, decl };
}

/** Whether a stated value's brackets are balanced (outside strings): it is complete. */
function complete(text) {
  let depth = 0;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
  }
  return depth <= 0 && quote === null;
}

/** Whether `actual` has what `expected` states (see above); the path of the first difference, else null. */
export function differs(actual, expected, path = '') {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path || 'the value'}: an array expected, got ${JSON.stringify(actual)?.slice(0, 120)}`;
    if (actual.length !== expected.length) return `${path || 'the value'}: ${expected.length} items expected, got ${actual.length}: ${JSON.stringify(actual).slice(0, 300)}`;
    for (let i = 0; i < expected.length; i++) {
      const d = differs(actual[i], expected[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return `${path || 'the value'}: an object expected, got ${JSON.stringify(actual)?.slice(0, 120)}`;
    for (const key of Object.keys(expected)) {
      const d = differs(actual[key], expected[key], `${path}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path || 'the value'}: ${JSON.stringify(expected)} expected, got ${JSON.stringify(actual)}`;
}

const PRELUDE = `import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __failures = globalThis.__docFailures;
function __check(line, actual, expected) {
  const d = globalThis.__docDiffers(actual, expected);
  if (d) __failures.push(\`line \${line}: \${d}\`);
}
function __throws(line, f, code) {
  try { f(); } catch (e) { if (e?.code !== code) __failures.push(\`line \${line}: throws \${e?.code} (\${e?.message}), not \${code}\`); return; }
  __failures.push(\`line \${line}: does not throw \${code}\`);
}
`;

let scratch = null;
/** A directory whose node_modules/jincheng-rules is the built package. */
function scratchDir() {
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), 'jincheng-doc-run-'));
    mkdirSync(join(scratch, 'node_modules'));
    symlinkSync(join(root, 'pkg'), join(scratch, 'node_modules', 'jincheng-rules'), 'dir');
  }
  return scratch;
}

const docFiles = () => ['README.md', ...readdirSync(`${root}docs`).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

test('the notation of runnable examples: statements, stated results, throws, partial objects', async () => {
  const block = { line: 1, code: ["const x = { a: 1, b: [1, 2] };  // => {b: [1, 2]} — prose after a dash", 'x.a + 1;', '// => 2', "JSON.parse('{');  // => throws 'SyntaxError'", '// prose', "[1, {c: 'd', e: 0}];  // => [1,", "//   {c: 'd'}]", '[3, 4]', '  .map((n) => n * 2);', '// => [6, 8]'] };
  const src = moduleOf(block, 'sample');
  assert.match(src, /__check\(2, x, \(\{b: \[1, 2\]\}\)\)/);
  assert.match(src, /__check\(4, \(x\.a \+ 1\), \(2\)\)/);
  assert.match(src, /__throws\(5/);
  assert.match(src, /__check\(11, \(\[3, 4\]\n  \.map\(\(n\) => n \* 2\)\), \(\[6, 8\]\)\)/);
  assert.doesNotMatch(src, /^\[3, 4\]$/m);
  assert.equal(differs({ a: 1, b: 2 }, { a: 1 }), null);
  assert.match(differs([1, 2], [1]), /1 items expected, got 2/);
  assert.match(differs({ a: { b: 'x' } }, { a: { b: 'y' } }), /^\.a\.b: "y" expected, got "x"/);
  assert.equal(differs([{ c: 'd', e: 0 }], [{ c: 'd' }]), null);
});

test('every ```js run example of README.md and docs/*.md does what its comments say', async () => {
  globalThis.__docDiffers = differs;
  const dir = scratchDir();
  let blocks = 0;
  const failed = [];
  for (const file of docFiles()) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    for (const block of runnableBlocks(text)) {
      blocks++;
      const name = `${file.replace(/\W/g, '_')}_${block.line}.mjs`;
      const src = moduleOf(block, file);
      if (!/__(check|throws)\(/.test(src)) failed.push(`${file}:${block.line}: a runnable block states no result (\`// => …\`)`);
      writeFileSync(join(dir, name), PRELUDE + src);
      globalThis.__docFailures = [];
      try {
        await import(pathToFileURL(join(dir, name)).href);
      } catch (e) {
        globalThis.__docFailures.push(`throws ${e?.code ?? ''} ${e?.message ?? e}`);
      }
      for (const f of globalThis.__docFailures) failed.push(`${file}:${block.line}: ${f}`);
    }
  }
  assert.deepEqual(failed, [], `examples that do not do what they say:\n${failed.join('\n')}`);
  assert.ok(blocks >= 6, `only ${blocks} runnable blocks found: are the fences still \`\`\`js run?`);
});
