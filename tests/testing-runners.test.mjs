// jincheng-rules/testing under each runner for real (issue 15, point 3): node:test, Jest,
// Vitest and Mocha run as child processes on the suite in tests/testing-runners/suite.cjs
// (each runner's file loads the package its own way and runs it), with tests that pass and
// tests that fail on purpose. Checked: the exit code, how many passed and
// failed, and that each failure shows the issues readably — one line per issue with pointer,
// code and message (Chinese by default, English with locale 'en') — and the runner's diff of
// `actual`/`expected`. The package is copied from pkg/ into the project's node_modules, so
// each runner resolves `jincheng-rules/testing` as in a user's project (Node conditions: the
// ES module build for node:test, Vitest and Jest with ES modules, CommonJS for Jest and Mocha).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFiles } from './cases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const app = join(root, 'test-output/testing-runners');
const bin = (name) => join(root, 'node_modules/.bin', name);
const m = createRequire(import.meta.url)('../pkg');

// The suites' submissions: a valid one and one with two errors (the same as in the suites).
const c = caseFiles.find((f) => f.type === 'scitech-acceptance-extension');
const { projectNumber, ...rest } = c.base;
const bad = { ...rest, previousExtensions: -1 };
const lineOf = (i) => `${i.path}  ${i.code}  ${i.message}`;
const zh = m.validate(c.type, bad, { asOf: c.baseAsOf }).issues.map(lineOf);
const en = m.validate(c.type, bad, { asOf: c.baseAsOf, locale: 'en' }).issues.map(lineOf);
const count = (text, s) => text.split(s).length - 1;

function run(cmd, args, env = {}) {
  const e = { ...process.env, JR_CASE: JSON.stringify({ type: c.type, asOf: c.baseAsOf, base: c.base }), CI: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
  delete e.NODE_TEST_CONTEXT; // a nested node --test reports to its own stdout
  const r = spawnSync(cmd, args, { cwd: app, encoding: 'utf8', env: e });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

before(() => {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  cpSync(join(root, 'pkg'), join(app, 'node_modules/jincheng-rules'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'harness', private: true, type: 'module' }));
  // Named *.test.* only here: `node --test tests/` must not run them in place.
  copyFileSync(join(root, 'tests/testing-runners/suite.cjs'), join(app, 'suite.cjs'));
  for (const [from, to] of [['node-runner.mjs', 'node.test.mjs'], ['jest-runner.cjs', 'jest.test.cjs'], ['jest-esm-runner.mjs', 'jest-esm.test.mjs'], ['vitest-runner.mjs', 'vitest.test.mjs'], ['mocha-runner.cjs', 'mocha.test.cjs']]) {
    copyFileSync(join(root, 'tests/testing-runners', from), join(app, to));
  }
});

test('the suites\' invalid submission has two errors, so each failure lists two lines', () => {
  assert.equal(zh.length, 2);
  assert.deepEqual(en.map((l) => l.split('  ').slice(0, 2)), zh.map((l) => l.split('  ').slice(0, 2)));
  assert.notEqual(en[1], zh[1]);
});

// What every runner shows for the two assertion failures.
function assertionFailures(out) {
  // assertValid: the errors, one line each, in Chinese.
  assert.match(out, /expected a valid scitech-acceptance-extension submission, got 2 errors:/);
  for (const l of zh) assert.ok(out.includes(l), `missing the line ${l}`);
  // assertIssues: the missing expectation and the unexpected issue, in English.
  assert.match(out, /the issues differ from the expected ones \(1 missing, 1 unexpected\)\s+missing:\s+range at \/title\s+unexpected:\s+/);
  assert.ok(out.includes(en[1]), `missing the line ${en[1]}`);
  assert.ok(!out.includes(en[0]), 'a paired issue is not listed as unexpected');
}

// What Jest and Vitest show for the three matcher failures.
function matcherFailures(out) {
  assert.match(out, /expect\(submission\)\.toBeValidFor\(typeId\)\s+Expected: valid for "scitech-acceptance-extension"\s+Received: 2 errors/);
  for (const l of zh) assert.ok(count(out, l) >= 2, `${l}: once for assertValid, once for toBeValidFor`);
  assert.match(out, /expect\(report\)\.toHaveIssue\(code, path\)\s+Expected: an issue "required at \/projectNumber"\s+Received: no issue/);
  assert.match(out, new RegExp(`expect\\(report\\)\\.not\\.toHaveIssue\\(code\\)\\s+Expected: no issue "range"\\s+Received:\\s+${zh[1].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
}

test('node:test: 2 pass, 2 fail with the issues in the error and actual/expected', () => {
  const { status, out } = run(process.execPath, ['--test', '--test-reporter=tap', 'node.test.mjs']);
  assert.equal(status, 1, out);
  assert.match(out, /# pass 2\n# fail 2\n/);
  assertionFailures(out);
  assert.match(out, /name: 'AssertionError'/);
  assert.match(out, /operator: 'assertIssues'/);
  assert.match(out, /expected:\n\s+0: 'range at \/title'\n\s+1: 'required'\n\s+actual:\n\s+0: 'range at \/previousExtensions'\n\s+1: 'required'/);
});

test('Mocha (CommonJS): 2 passing, 2 failing, exit code 2, its diff of actual/expected', () => {
  const { status, out } = run(bin('mocha'), ['mocha.test.cjs']);
  assert.equal(status, 2, out); // Mocha exits with the number of failures
  assert.match(out, /2 passing/);
  assert.match(out, /2 failing/);
  assertionFailures(out);
  assert.match(out, /AssertionError \[ERR_ASSERTION\]: expected a valid/);
  assert.match(out, /\+ expected - actual\s+\[\s+-\s+"range at \/previousExtensions"\s+\+\s+"range at \/title"\s+"required"\s+\]/);
});

for (const [how, file, env] of [['CommonJS, Jest\'s globals, no flag', 'jest.test.cjs', {}], ['ES modules, @jest/globals, --experimental-vm-modules', 'jest-esm.test.mjs', { NODE_OPTIONS: '--experimental-vm-modules' }]]) {
  test(`Jest (${how}): 3 passed, 5 failed; the assertions, the matchers and .not`, () => {
    const { status, out } = run(bin('jest'), ['--ci', '--rootDir', '.', '--testMatch', `**/${file}`, '--cacheDirectory', '.jest-cache', '--watchman=false'], env);
    assert.equal(status, 1, out);
    assert.match(out, /Tests:\s+5 failed, 3 passed, 8 total/);
    assertionFailures(out);
    matcherFailures(out);
    // Jest's own rendering of a node:assert AssertionError: the operator, then the diff.
    assert.match(out, /assert\.assertValid\(received, expected\)/);
    assert.match(out, /assert\.assertIssues\(received, expected\)/);
    assert.match(out, /-\s+"range at \/title",\n\s*\+\s+"range at \/previousExtensions",/);
  });
}

test('Vitest: 3 passed, 5 failed; the assertions, the matchers and .not', () => {
  const { status, out } = run(bin('vitest'), ['run', 'vitest.test.mjs']);
  assert.equal(status, 1, out);
  assert.match(out, /Tests\s+5 failed \| 3 passed \(8\)/);
  assertionFailures(out);
  assert.match(out, /AssertionError: expected a valid/);
  matcherFailures(out);
  assert.match(out, /-\s+"range at \/title",\n\s*\+\s+"range at \/previousExtensions",/);
});
