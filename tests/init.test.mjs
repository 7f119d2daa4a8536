// The browser build's start-up, in Node (pkg/web runs in Node too: the wasm is embedded):
// calls before init throw `not_initialized`; init without WebAssembly rejects `unsupported`;
// isSupported() checks each feature the module uses; the embedded module inflates without
// DecompressionStream. The same in Chromium: tests/bundlers.test.mjs and tests/csp.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { inflate } from '../crates/jincheng-wasm/inflate.mjs';

const web = new URL('../pkg/web/index.js', import.meta.url).href;
const wasmFile = new URL('../pkg/web/jincheng_bg.wasm', import.meta.url);

/** Run `body` in a fresh Node process after `prelude`; return what it printed as JSON. */
function run(prelude, body) {
  const script = `${prelude}\nconst m = await import(${JSON.stringify(web)});\nconst out = await (async () => { ${body} })();\nprocess.stdout.write(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

test('every function throws not_initialized before init, and works after it', () => {
  const out = run('', `
    const before = [];
    for (const [name, args] of [['validate', ['mlps-filing', {}]], ['addWorkdays', ['2026-09-28', 5]], ['isWorkday', ['2026-10-10']], ['applicationTypes', []], ['checkResidentId', ['x']], ['calendarCoverage', []]]) {
      try { m[name](...args); before.push([name, 'returned']); } catch (e) { before.push([name, e.code, e.message]); }
    }
    const pending = m.init();
    let during;
    try { m.addWorkdays('2026-09-28', 5); } catch (e) { during = e.code; }
    await pending;
    return { before, during, supported: m.isSupported(), after: m.addWorkdays('2026-09-28', 5), again: await m.default() };`);
  for (const [name, code, message] of out.before) {
    assert.equal(code, 'not_initialized', name);
    assert.match(message, /await init\(\)/, name);
  }
  assert.equal(out.before.length, 6);
  assert.equal(out.during, 'not_initialized', 'a call while init is still pending');
  assert.equal(out.supported, true);
  assert.equal(out.after, '2026-10-10');
  assert.equal(out.again, undefined, 'a second init resolves at once');
});

test('no internal export in the public module namespace', async () => {
  const names = run('', 'return Object.keys(m);');
  assert.ok(names.includes('validate') && names.includes('isSupported') && names.includes('default'));
  assert.deepEqual(names.filter((n) => n.startsWith('__')), []);
  const { createRequire } = await import('node:module');
  const cjs = createRequire(import.meta.url)('../pkg');
  assert.deepEqual(Object.keys(cjs).filter((n) => n.startsWith('__')), []);
  assert.equal(cjs.default, undefined, 'no default in CommonJS (the types say so too)');
  assert.equal(typeof cjs.init, 'function');
  const esm = await import('../pkg/node/index.mjs');
  assert.deepEqual(Object.keys(esm).filter((n) => n.startsWith('__')), []);
});

test('without WebAssembly: isSupported() is false and init rejects with code unsupported', () => {
  const out = run('delete globalThis.WebAssembly;', `
    let error;
    try { await m.default(); } catch (e) { error = { code: e.code, message: e.message }; }
    let sync;
    try { m.initSync(); } catch (e) { sync = e.code; }
    let call;
    try { m.validate('mlps-filing', {}); } catch (e) { call = e.code; }
    return { supported: m.isSupported(), error, sync, call };`);
  assert.equal(out.supported, false);
  assert.equal(out.error.code, 'unsupported');
  assert.match(out.error.message, /WebAssembly/);
  assert.match(out.error.message, /Safari 15/);
  assert.equal(out.sync, 'unsupported');
  assert.equal(out.call, 'not_initialized');
});

test('isSupported() asks for each feature the module uses', () => {
  // A WebAssembly that lacks one feature: validate() refuses modules with its opcode.
  for (const [feature, opcode] of [['reference types', '208,111'], ['bulk memory', '252,10'], ['non-trapping float-to-int', '252,0'], ['sign extension', '65,0,192']]) {
    const prelude = `const real = WebAssembly.validate; WebAssembly.validate = (b) => !Array.from(b).join(',').includes(',${opcode},') && real(b);`;
    const out = run(prelude, 'let code; try { await m.default(); } catch (e) { code = e.code; } return { supported: m.isSupported(), code };');
    assert.deepEqual(out, { supported: false, code: 'unsupported' }, feature);
  }
  // Every probe is a module the real engine accepts.
  assert.equal(run('', 'return m.isSupported();'), true);
});

test('the embedded module inflates without DecompressionStream (JS inflater) and with initSync', () => {
  const out = run('delete globalThis.DecompressionStream;', `
    m.initSync();
    return m.validate('scitech-acceptance-extension', null, { locale: 'en' }).issues[0].code;`);
  assert.equal(out, 'submission.type');
});

test('init from the .wasm file itself ({ module_or_path }) instead of the embedded copy', () => {
  const out = run('', `
    const bytes = (await import('node:fs')).readFileSync(new URL(${JSON.stringify(wasmFile.href)}));
    await m.default({ module_or_path: bytes });
    return m.addWorkdays('2026-09-28', 5);`);
  assert.equal(out, '2026-10-10');
});

test('init with bytes that are no module rejects with init_failed, and a later init can still succeed', () => {
  const out = run('', `
    let code;
    try { await m.default({ module_or_path: new Uint8Array([1, 2, 3]) }); } catch (e) { code = e.code; }
    await m.default();
    return { code, after: m.isWorkday('2026-10-10') };`);
  assert.deepEqual(out, { code: 'init_failed', after: true });
});

test('the JS inflater gives back what zlib deflated (random, repetitive, stored, fixed blocks) and rejects damage', () => {
  const samples = [randomBytes(70_000), Buffer.alloc(100_000, 7), Buffer.from('abcabcabd'.repeat(5000)), readFileSync(wasmFile), Buffer.alloc(0)];
  for (const data of samples) {
    for (const opts of [{ level: 9 }, { level: 1 }, { level: 0 }, { strategy: 4 /* Z_FIXED */ }]) {
      const d = deflateRawSync(data, opts);
      assert.ok(Buffer.from(inflate(d, data.length)).equals(data), `${data.length} bytes, ${JSON.stringify(opts)}`);
    }
  }
  const d = deflateRawSync(readFileSync(wasmFile), { level: 9 });
  assert.throws(() => inflate(d.subarray(0, d.length >> 1), readFileSync(wasmFile).length), /inflate/);
});
