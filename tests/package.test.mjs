// The package as published (issue 12): `npm pack` of pkg/, checked by
// @arethetypeswrong/cli under every resolution, `npm publish --dry-run` without a warning,
// then installed from the tarball into a fresh project (offline) and used from Node
// CommonJS, Node ES modules and TypeScript (nodenext), with jincheng-rules/testing under
// node:test and Vitest, and the CLI through its bin.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFiles } from './cases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = join(root, 'pkg');
const app = join(root, 'test-output/package-app');
const bin = (name) => join(root, 'node_modules/.bin', name);
const c = caseFiles.find((f) => f.type === 'scitech-acceptance-extension');
const CASE = JSON.stringify({ type: c.type, asOf: c.baseAsOf, base: c.base });
const ARG = JSON.stringify([c.type, c.baseAsOf, c.base]);
let tarball;

function run(cmd, args, options = {}) {
  const env = { ...process.env, JR_CASE: CASE, ...options.env };
  delete env.NODE_TEST_CONTEXT; // a nested node --test reports to its own stdout
  const r = spawnSync(cmd, args, { cwd: app, encoding: 'utf8', ...options, env });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

before(() => {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  const name = execFileSync('npm', ['pack', pkg, '--pack-destination', app, '--silent'], { cwd: app, encoding: 'utf8' }).trim().split('\n').at(-1);
  tarball = join(app, name);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'portal-tests', private: true, type: 'module' }));
  // Offline, from the tarball alone: the package has no dependency.
  run('npm', ['install', `./${name}`, '--offline', '--no-audit', '--no-fund']);
  for (const f of ['use.cjs', 'use.mjs', 'use.mts']) copyFileSync(join(root, 'tests/package', f), join(app, f));
  // Named *.test.mjs only in the project (node --test tests/ must not run them in place).
  for (const f of ['testing.node', 'testing.vitest']) copyFileSync(join(root, `tests/package/${f}.mjs`), join(app, `${f}.test.mjs`));
});

test('the tarball holds README, LICENSE, both builds and the entries, and package.json is complete', () => {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const f of ['package/README.md', 'package/LICENSE', 'package/package.json', 'package/cli.mjs', 'package/cli-start.mjs', 'package/cli-batch.mjs', 'package/web/index.js', 'package/web/wasm.js', 'package/web/index.d.ts', 'package/node/index.cjs', 'package/node/index.d.cts', 'package/node/index.d.mts', 'package/testing/index.js']) {
    assert.ok(files.includes(f), `${f} missing from the tarball`);
  }
  const meta = JSON.parse(readFileSync(join(app, 'node_modules/jincheng-rules/package.json'), 'utf8'));
  assert.equal(meta.license, 'MIT');
  assert.match(readFileSync(join(app, 'node_modules/jincheng-rules/LICENSE'), 'utf8'), /MIT License[\s\S]*jincheng-rules contributors/);
  for (const k of ['repository', 'homepage', 'engines', 'keywords', 'bugs']) assert.ok(meta[k], `package.json lacks ${k}`);
  assert.equal(meta.dependencies, undefined, 'no runtime dependency: nothing is installed into a browser app besides the package');
  assert.deepEqual(meta.bin, { 'jincheng-rules': 'cli.mjs' });
});

test('@arethetypeswrong/cli: no problem under node10, node16 (CJS and ESM) and bundler', () => {
  // The .wasm export is a file for build scripts (require.resolve) and bundlers, not a
  // module with types: attw would report it as "no resolution", so it is left out here
  // and resolved by the CommonJS and ES module tests below instead.
  const r = spawnSync(bin('attw'), [tarball, '--exclude-entrypoints', './jincheng_bg.wasm', '--format', 'json'], { encoding: 'utf8' });
  const report = JSON.parse(r.stdout);
  const entrypoints = report.analysis.entrypoints;
  const exported = Object.keys(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).exports).filter((e) => e !== './jincheng_bg.wasm');
  assert.ok(exported.includes('./testing'));
  assert.deepEqual(Object.keys(entrypoints).sort(), exported.sort());
  for (const [entry, info] of Object.entries(entrypoints)) {
    assert.deepEqual(Object.keys(info.resolutions).sort(), ['bundler', 'node10', 'node16-cjs', 'node16-esm'], entry);
  }
  assert.deepEqual(report.problems ?? report.analysis.problems, {}, JSON.stringify(report.problems));
  assert.equal(r.status, 0, r.stderr);
  const text = spawnSync(bin('attw'), [tarball, '--exclude-entrypoints', './jincheng_bg.wasm', '--no-color', '--no-emoji'], { encoding: 'utf8' });
  console.log(text.stdout.split('\n').map((l) => `# ${l}`).join('\n'));
});

test('npm publish --dry-run in pkg/: no warning about the package', () => {
  const r = spawnSync('npm', ['publish', '--dry-run'], { cwd: pkg, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  // npm says a real publish needs a login; that is about this machine, not the package.
  const warnings = r.stderr.split('\n').filter((l) => /^npm warn/i.test(l) && !/requires you to be logged in/.test(l));
  assert.deepEqual(warnings, []);
  assert.match(r.stderr, /npm notice total files: \d+/);
  console.log(r.stderr.split('\n').filter((l) => /Tarball Details|package size|unpacked size|total files|\+ jincheng|logged in/.test(l)).map((l) => `# ${l}`).join('\n'));
});

test('Node CommonJS: require() works with no init; the testing entry too; the .wasm resolves', () => {
  const out = JSON.parse(run(process.execPath, ['use.cjs', ARG]).stdout);
  assert.deepEqual(out, { due: '2026-10-10', valid: true, supported: true, hasDefault: false, internal: [], wasm: true });
});

test('Node ES module: init() then every function; the matchers', () => {
  const out = JSON.parse(run(process.execPath, ['use.mjs', ARG]).stdout);
  assert.deepEqual(out, { due: '2026-10-10', valid: true, supported: true, matcher: true, wasm: true });
});

test('TypeScript nodenext: compiles against the installed package and runs', () => {
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022', '--types', '', 'use.mts']);
  assert.ok(existsSync(join(app, 'use.mjs')));
  const out = JSON.parse(run(process.execPath, ['use.mjs', ARG]).stdout);
  assert.deepEqual(out, { due: '2026-10-10', issues: true });
});

test('jincheng-rules/testing under node:test', () => {
  const r = run(process.execPath, ['--test', '--test-reporter=tap', 'testing.node.test.mjs']);
  assert.match(r.stdout, /# pass 3/);
  assert.match(r.stdout, /# fail 0/);
});

test('jincheng-rules/testing under Vitest (expect.extend(matchers))', () => {
  const r = run(bin('vitest'), ['run', 'testing.vitest.test.mjs', '--reporter', 'verbose'], { env: { CI: '1', NO_COLOR: '1' } });
  assert.match(r.stdout, /Tests\s+2 passed/);
});

test('the CLI through its bin', () => {
  writeFileSync(join(app, 'one.json'), JSON.stringify(c.base));
  const r = run(join(app, 'node_modules/.bin/jincheng-rules'), ['validate', '--type', c.type, '--as-of', c.baseAsOf, '--format', 'jsonl', 'one.json']);
  assert.equal(JSON.parse(r.stdout).valid, true);
});
