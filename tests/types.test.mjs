// The TypeScript declarations in pkg/: real object shapes (not `any`), and the same usage
// compiling under each resolution a portal may use — nodenext as an ES module, nodenext as
// CommonJS, and bundler — with the package installed as a dependency (a link to pkg/).
// Each usage file also holds `@ts-expect-error` lines: misuse must fail to compile.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const work = join(root, 'test-output/types');
// No @types/node and, for the Node resolutions, no DOM lib: the Node declarations need neither.
const STRICT = ['--noEmit', '--strict', '--target', 'es2022', '--types', ''];

function project(name, type, files) {
  const dir = join(work, name);
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(join(root, 'pkg'), join(dir, 'node_modules/jincheng-rules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `usage-${name}`, private: true, type }));
  for (const f of files) copyFileSync(join(root, 'tests/types', f), join(dir, f));
  return dir;
}

function compile(dir, args) {
  try {
    execFileSync(process.execPath, [tsc, ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    assert.fail(`tsc ${args.join(' ')} in ${dir}:\n${e.stdout}${e.stderr}`);
  }
}

before(() => {
  rmSync(work, { recursive: true, force: true });
});


test('nodenext, ES module: default init, named functions, jincheng-rules/testing', () => {
  const dir = project('esm', 'module', ['esm.mts', 'typed.ts']);
  compile(dir, [...STRICT, '--lib', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'esm.mts']);
});

test('nodenext, CommonJS: require() gives the functions and no default', () => {
  const dir = project('cjs', 'commonjs', ['cjs.cts', 'typed.ts']);
  compile(dir, [...STRICT, '--lib', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'cjs.cts']);
});

test('bundler resolution: the browser entry, init input types, a strict usage file', () => {
  const dir = project('bundler', 'module', ['bundler.ts', 'typed.ts', 'usage.ts']);
  compile(dir, [...STRICT, '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'bundler.ts', 'usage.ts']);
});

test('a misuse that the usage files expect to fail does fail (the check can fail)', () => {
  const dir = join(work, 'esm');
  writeFileSync(join(dir, 'wrong.mts'), "import { validate } from 'jincheng-rules';\nvalidate('scitech-acceptance', { projectNumber: 20240101 });\n");
  let output = '';
  try {
    execFileSync(process.execPath, [tsc, ...STRICT, '--lib', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'wrong.mts'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    output = `${e.stdout}${e.stderr}`;
  }
  assert.match(output, /wrong\.mts\(2,\d+\): error TS\d+/);
});

test('no exported function takes or returns any; no internal name in any declaration file', () => {
  // The functions of both builds are declared in web/api.d.ts, the Node build's own in
  // node/notice.d.ts; each entry's index.d.* re-exports them and declares init.
  for (const f of ['web/api.d.ts', 'web/index.d.ts', 'node/notice.d.ts', 'node/index.d.mts', 'node/index.d.cts', 'testing/index.d.ts', 'testing/node.d.mts', 'testing/node.d.cts']) {
    const dts = readFileSync(join(root, 'pkg', f), 'utf8');
    const exported = dts.split('\n').filter((l) => l.startsWith('export function'));
    assert.ok(exported.length >= (f === 'web/api.d.ts' ? 20 : 1), f);
    for (const line of exported) assert.doesNotMatch(line, /\bany\b/, `${f}: ${line}`);
    assert.doesNotMatch(dts, /\b__\w+\(/, `${f} names an internal function`);
  }
});

// The entries are written by hand (crates/jincheng-wasm/entries/web, entries/node) and so are
// their declarations: each entry exports every function of its wasm build (wasm-bindgen's
// module, pkg/*/jincheng.js, but the facade's `__…` fast paths and wasm-bindgen's init),
// with the same number of parameters and its own name, and init, initSync and isSupported; and the
// declarations name exactly what each entry exports (tsc checks an object with one key per
// export against the declared module).
const req = createRequire(import.meta.url);
const wasmNames = (glue) => Object.keys(glue).filter((n) => !n.startsWith('__') && !['default', 'initSync'].includes(n));
const OWN = ['init', 'initSync', 'isSupported'];

test('the entries export every function of the wasm, with its parameters, and nothing else', async () => {
  const builds = [
    ['web/index.js', await import(join(root, 'pkg/web/index.js')), await import(join(root, 'pkg/web/jincheng.js')), ['default']],
    ['node/index.cjs', req(join(root, 'pkg/node/index.cjs')), req(join(root, 'pkg/node/jincheng.js')), []],
    ['node/index.mjs', await import(join(root, 'pkg/node/index.mjs')), req(join(root, 'pkg/node/jincheng.js')), ['default']],
  ];
  for (const [entry, api, glue, extra] of builds) {
    const wasm = wasmNames(glue);
    assert.deepEqual(Object.keys(api).sort(), [...wasm, ...OWN, ...extra].sort(), entry);
    for (const n of wasm) assert.equal(api[n].length, glue[n].length, `${entry}: ${n}'s parameters`);
    for (const [n, f] of Object.entries(api)) assert.equal(f.name, n === 'default' ? 'init' : n, `${entry}: ${n}'s name`);
  }
  assert.ok(!('parseHolidayNotice' in (await import(join(root, 'pkg/web/index.js')))), 'the notice parser is in the Node build only');
});

test('the declarations declare every export of each entry and nothing more', async () => {
  const keys = (names) => `{ ${names.map((n) => `${n}: true`).join(', ')} }`;
  const web = Object.keys(await import(join(root, 'pkg/web/index.js')));
  const esm = Object.keys(await import(join(root, 'pkg/node/index.mjs')));
  const cjs = Object.keys(req(join(root, 'pkg/node/index.cjs')));
  const dir = project('exports', 'module', []);
  writeFileSync(join(dir, 'web.ts'), `import * as api from 'jincheng-rules';\nexport const names: { [K in keyof typeof api]: true } = ${keys(web)};\n`);
  writeFileSync(join(dir, 'esm.mts'), `import * as api from 'jincheng-rules';\nexport const names: { [K in keyof typeof api]: true } = ${keys(esm)};\n`);
  writeFileSync(join(dir, 'cjs.cts'), `import api = require('jincheng-rules');\nexport const names: { [K in keyof typeof api]: true } = ${keys(cjs)};\n`);
  compile(dir, [...STRICT, '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'web.ts']);
  compile(dir, [...STRICT, '--lib', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'esm.mts', 'cjs.cts']);
  // The check can fail: an export more, or one less, than declared.
  for (const names of [[...web, 'notDeclared'], web.filter((n) => n !== 'validate')]) {
    writeFileSync(join(dir, 'wrong.ts'), `import * as api from 'jincheng-rules';\nexport const names: { [K in keyof typeof api]: true } = ${keys(names)};\n`);
    assert.throws(() => compile(dir, [...STRICT, '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'wrong.ts']), /error TS\d+/);
  }
});

test('the form and adapters entries type-check a strict usage file', () => {
  compile(root, [...STRICT, '--module', 'es2022', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'tests/types/form-usage.ts']);
});

test('validateMany and parseHolidayNotice declarations type-check', () => {
  compile(root, [...STRICT, '--module', 'es2022', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'tests/types/notice-many.ts']);
});

test('jincheng-rules/testing matchers on expect(…) in Vitest, Jest (@jest/globals) and Jest (@types/jest), with the augmentations docs/api.md gives', () => {
  const files = ['testing-vitest.mts', 'testing-jest.mts', 'testing-jest-globals.mts'];
  const dir = project('runners', 'module', files);
  // The runners' own declarations need Node's and the DOM's types: they are not checked
  // (skipLibCheck, as in a usual test setup); the usage files are, each on its own, and
  // their `@ts-expect-error` lines (misuse) must fail.
  for (const f of files) compile(dir, [...STRICT, '--skipLibCheck', '--lib', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', f]);
});
