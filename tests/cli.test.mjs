// The bulk-validation CLI in pkg/ (`npx jincheng-rules validate …`).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { mkdtempSync, writeFileSync, mkdirSync, createWriteStream, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFiles, noticeText } from './cases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'pkg/cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'jincheng-cli-'));
const b4 = caseFiles.find((f) => f.type === 'scitech-acceptance-extension');
const valid = b4.base;
const invalid = { ...b4.base, previousExtensions: -1 };

const m = createRequire(import.meta.url)('../pkg');

function run(args, input) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

before(() => {
  writeFileSync(join(dir, 'one.json'), JSON.stringify(valid));
  writeFileSync(join(dir, 'many.json'), JSON.stringify([valid, invalid]));
  writeFileSync(join(dir, 'lines.jsonl'), [JSON.stringify(valid), '{broken', '', JSON.stringify(invalid)].join('\n') + '\n');
  mkdirSync(join(dir, 'folder/sub'), { recursive: true });
  writeFileSync(join(dir, 'folder/a.json'), JSON.stringify(valid));
  writeFileSync(join(dir, 'folder/sub/b.ndjson'), `${JSON.stringify(valid)}\n${JSON.stringify(valid)}\n`);
  writeFileSync(join(dir, 'folder/notes.txt'), 'ignored');
  writeFileSync(join(dir, 'typed.jsonl'), [JSON.stringify({ type: 'scitech-acceptance-extension', ...valid }), JSON.stringify({ type: 'nope' }), JSON.stringify({ ...valid })].join('\n'));
});

test('package.json declares the bin', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'pkg/package.json'), 'utf8'));
  assert.equal(pkg.bin['jincheng-rules'], 'cli.mjs'); // no './': npm would warn and rewrite it
  assert.ok(pkg.files.includes('cli.mjs'));
});

test('a JSON file: one result, exit 0 when valid', () => {
  const r = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27', 'one.json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.lines.length, 1);
  const result = JSON.parse(r.lines[0]);
  assert.equal(result.valid, true);
  assert.equal(result.source, 'one.json');
  assert.equal(result.deadlines[0].due, '2026-02-28');
});

test('a JSON array: one result per submission, exit 1 when any has errors', () => {
  const r = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27', 'many.json']);
  assert.equal(r.code, 1);
  assert.deepEqual(r.lines.map((l) => JSON.parse(l).valid), [true, false]);
  assert.ok(JSON.parse(r.lines[1]).issues.some((i) => i.code === 'range' && i.path === '/previousExtensions'));
});

test('JSON Lines: a malformed line is reported with its number and the run goes on', () => {
  const r = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27', 'lines.jsonl']);
  assert.equal(r.code, 1);
  const results = r.lines.map((l) => JSON.parse(l));
  assert.deepEqual(results.map((x) => [x.line, x.valid]), [[1, true], [2, false], [4, false]]);
  // Read by validateMany: the library's code for unreadable input, the line named.
  assert.equal(results[1].issues[0].code, 'submission.invalid_json');
  assert.match(results[1].issues[0].message, /^第2行：/);
});

test('JSON Lines across chunks: line numbers run on, CRLF and a BOM are read', () => {
  // Over 256 KiB, so the file is validated in several validateMany calls.
  const rows = [];
  for (let i = 0; i < 2000; i++) rows.push(i === 1500 ? '{broken' : i % 7 === 3 ? '' : JSON.stringify(i % 2 ? valid : invalid));
  writeFileSync(join(dir, 'chunks.jsonl'), `\uFEFF${rows.join('\r\n')}\r\n`);
  const r = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27', 'chunks.jsonl']);
  assert.equal(r.code, 1);
  const results = r.lines.map((l) => JSON.parse(l));
  const expected = rows.flatMap((row, i) => (row === '' ? [] : [[i + 1, row === '{broken' ? null : row === JSON.stringify(valid)]]));
  assert.deepEqual(results.map((x) => [x.line, x.issues[0]?.code === 'submission.invalid_json' ? null : x.valid]), expected);
  assert.match(results.find((x) => x.line === 1501).issues[0].message, /^第1501行：/);
});

test('a directory, recursively (.json, .jsonl, .ndjson)', () => {
  const r = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27', 'folder']);
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(r.lines.map((l) => JSON.parse(l).source), ['folder/a.json', 'folder/sub/b.ndjson', 'folder/sub/b.ndjson']);
});

test('stdin, as JSON Lines or as one JSON document', () => {
  const lines = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27'], `${JSON.stringify(valid)}\n${JSON.stringify(invalid)}\n`);
  assert.equal(lines.code, 1);
  assert.equal(lines.lines.length, 2);
  assert.equal(JSON.parse(lines.lines[0]).source, '<stdin>');
  const doc = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27', '-'], JSON.stringify([valid, valid], null, 2));
  assert.equal(doc.code, 0, doc.stdout);
  assert.equal(doc.lines.length, 2);
});

test('a JSON file that does not parse is one issue, shaped as every issue is (reads, as api.d.ts declares)', () => {
  writeFileSync(join(dir, 'broken.json'), '{"applicant": ');
  const r = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27', 'broken.json']);
  assert.equal(r.code, 1);
  const [x] = r.lines.map((l) => JSON.parse(l));
  assert.deepEqual(x.issues.map((i) => [i.path, i.code, i.severity, i.citation, i.reads]), [['', 'submission.malformed', 'error', null, ['']]]);
});

test('--type auto reads each record\'s type', () => {
  const r = run(['validate', '--type', 'auto', '--as-of', '2026-02-27', 'typed.jsonl']);
  assert.equal(r.code, 1);
  const results = r.lines.map((l) => JSON.parse(l));
  assert.deepEqual(results.map((x) => [x.type, x.valid]), [['scitech-acceptance-extension', true], ['nope', false], [null, false]]);
  assert.ok(!results[0].issues.some((i) => i.code === 'unknown_field'), 'the type field is not part of the submission');
});

test('--locale en and --as-of change the results; the table format is readable', () => {
  const en = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-03-01', '--locale', 'en', 'one.json']);
  assert.equal(en.code, 1, 'one day late');
  assert.match(JSON.parse(en.lines[0]).issues[0].message, /A postponement must be requested one month before/);
  const table = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27', '--format', 'table', 'many.json']);
  assert.match(table.stdout, /^source\s+type\s+valid/);
  assert.match(table.stdout, /many\.json:2\s+scitech-acceptance-extension\s+no\s+1/);
  assert.match(table.stdout, /2 submission\(s\), 1 with errors/);
});

test('calendar import: each committed year\'s notice gives its data file, byte for byte', () => {
  for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
    const file = readFileSync(join(root, `data/calendar/${year}.json`), 'utf8');
    const data = JSON.parse(file);
    writeFileSync(join(dir, `notice-${year}.txt`), noticeText(data));
    const r = run(['calendar', 'import', `notice-${year}.txt`, '--year', String(year), '--url', data.notice.url]);
    assert.equal(r.code, 0, r.stderr);
    if (year === 2022) {
      // 2022-12-31 comes from the 2023 notice: the file is the import plus that entry.
      const own = JSON.parse(r.stdout);
      own.holidays.push(data.holidays.at(-1));
      assert.deepEqual(own, data);
    } else {
      assert.equal(r.stdout, file, `${year}`);
    }
    // The 2023 notice also gives 2022 its last day: said on stderr, with the entry.
    if (year === 2023) assert.match(r.stderr, /gives days to 2022: add them to data\/calendar\/2022\.json[\s\S]*"2022-12-31"/);
    else assert.equal(r.stderr, '');
  }
});

test('calendar import: a rejected notice exits 1 naming the line; usage errors exit 2', () => {
  const data = JSON.parse(readFileSync(join(root, 'data/calendar/2026.json'), 'utf8'));
  writeFileSync(join(dir, 'wrong.txt'), noticeText(data).replace('共9天', '共8天'));
  const r = run(['calendar', 'import', 'wrong.txt', '--year', '2026']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /第5行（二、春节）：写的是共8天，但2月15日至23日是9天/);
  assert.match(r.stderr, /line 5 \(二、春节\): 共8天 says 8 days/);
  const stdin = run(['calendar', 'import', '-', '--year', '2026'], noticeText(data));
  assert.equal(stdin.code, 0, stdin.stderr);
  assert.equal(JSON.parse(stdin.stdout).makeupWorkdays.length, 6);
  for (const args of [['calendar'], ['calendar', 'export'], ['calendar', 'import', 'wrong.txt'], ['calendar', 'import', 'wrong.txt', '--year', '27'], ['calendar', 'import', '--year', '2026'], ['calendar', 'import', 'missing.txt', '--year', '2026']]) {
    const u = run(args);
    assert.equal(u.code, 2, args.join(' '));
    assert.match(u.stderr, /jincheng-rules calendar import/);
  }
});

test('usage errors exit 2', () => {
  for (const args of [[], ['check'], ['validate'], ['validate', '--type', 'nope'], ['validate', '--type', 'mlps-filing', '--as-of', '2021-02-30'], ['validate', '--type', 'mlps-filing', '--locale', 'fr'], ['validate', '--type', 'mlps-filing', 'missing.json'], ['validate', '--type', 'mlps-filing', '--bogus']]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /Usage: jincheng-rules validate/);
  }
});

test('streaming: a large JSON Lines file runs in bounded memory', async () => {
  const big = join(dir, 'big.jsonl');
  const out = createWriteStream(big);
  const line = `${JSON.stringify(valid)}\n`;
  for (let i = 0; i < 60_000; i++) if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  await new Promise((r) => out.end(r));
  const r = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27', '--quiet', '--stats', big]);
  assert.equal(r.code, 0);
  const stats = JSON.parse(r.stderr.trim().split('\n').at(-1));
  assert.equal(stats.submissions, 60_000);
  // 60,000 records (~18 MB) go through a process whose peak stays far below holding
  // the results in memory (each result is ~1 KB of JSON with its deadline and trace).
  assert.ok(stats.maxRssMiB < 160, `peak RSS ${stats.maxRssMiB} MiB`);
});

test('a progress bar on stderr when stderr is a terminal, none otherwise', () => {
  const big = join(dir, 'big.jsonl');
  const plain = run(['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27', '--quiet', big]);
  assert.equal(plain.stderr, '');
  // `script` gives the command a pseudo-terminal.
  const cmd = `${process.execPath} ${cli} validate --type scitech-acceptance-extension --as-of 2026-02-27 --quiet ${big} > /dev/null`;
  const tty = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8' });
  assert.equal(tty.status, 0, tty.stderr);
  assert.match(tty.stdout, /validating \[.*\] 100% \| 60000 submissions/);
});

// ---- --jobs: batches on worker threads ----------------------------------------------------

const B4 = ['validate', '--type', 'scitech-acceptance-extension', '--as-of', '2026-02-27'];

test('--jobs 1, 2 and 3 give byte-identical output, in input order, as validate() reports each line', () => {
  // About 9 MB: some 36 batches of 256 KiB, enough for the workers to start and take their
  // share (--stats counts each thread's batches), so batches finish out of turn.
  const rows = [];
  for (let i = 0; i < 30_000; i++) {
    if (i === 23_333) rows.push('{"applicant": ');
    else if (i % 11 === 5) rows.push('');
    else rows.push(JSON.stringify(i % 3 === 0 ? invalid : i % 5 === 0 ? { ...valid, completionDeadline: '2026-03-15' } : valid));
  }
  writeFileSync(join(dir, 'mixed.jsonl'), `${rows.join('\r\n')}\n`);
  const outs = [1, 2, 3].map((j) => run([...B4, '--jobs', String(j), '--stats', 'mixed.jsonl']));
  for (const r of outs) assert.equal(r.code, 1, r.stderr);
  // --jobs 3 on a machine of fewer threads is capped (a line on stderr before the stats).
  const threads = outs.map((r) => JSON.parse(r.stderr.trim().split('\n').at(-1)).batches);
  assert.equal(threads[0].length, 1);
  assert.equal(threads[2].length, Math.min(3, os.availableParallelism()));
  assert.ok(threads[1][1] > 0 && threads[2][1] + (threads[2][2] ?? 0) > 0, `the workers validated batches: ${JSON.stringify(threads)}`);
  assert.equal(outs[1].stdout, outs[0].stdout, '--jobs 2 = --jobs 1');
  assert.equal(outs[2].stdout, outs[0].stdout, '--jobs 3 = --jobs 1');
  const results = outs[1].lines.map((l) => JSON.parse(l));
  const expected = rows.flatMap((row, i) => (row === '' ? [] : [i + 1]));
  assert.deepEqual(results.map((x) => x.line), expected, 'every non-blank line, in order');
  for (const x of results) {
    const row = rows[x.line - 1];
    if (x.line === 23_334) {
      assert.deepEqual([x.valid, x.errors, x.issues[0].code], [false, 1, 'submission.invalid_json']);
      assert.match(x.issues[0].message, /^第23334行：/);
      continue;
    }
    const report = m.validate('scitech-acceptance-extension', JSON.parse(row), { asOf: '2026-02-27' });
    const errors = report.issues.filter((i) => i.severity === 'error').length;
    const warnings = report.issues.filter((i) => i.severity === 'warning').length;
    assert.deepEqual(x, { source: 'mixed.jsonl', line: x.line, type: 'scitech-acceptance-extension', valid: report.valid, errors, warnings, issues: report.issues, deadlines: report.deadlines });
  }
  // The same lines on stdin: the same results, from <stdin>.
  const stdin = run([...B4, '--jobs', '2'], readFileSync(join(dir, 'mixed.jsonl')));
  assert.equal(stdin.stdout, outs[0].stdout.replaceAll('"source":"mixed.jsonl"', '"source":"<stdin>"'));
  // The table and --quiet, threads or not.
  for (const extra of [['--format', 'table'], ['--quiet']]) {
    assert.equal(run([...B4, '--jobs', '2', ...extra, 'mixed.jsonl']).stdout, run([...B4, '--jobs', '1', ...extra, 'mixed.jsonl']).stdout, extra.join(' '));
  }
});

test('a line longer than the library reads (4 MiB) is reported too large by its number, and never held whole', () => {
  const huge = JSON.stringify({ ...valid, reasons: '理由'.repeat(9 << 20) }); // ~56 MB
  writeFileSync(join(dir, 'huge.jsonl'), `${JSON.stringify(valid)}\n${huge}\n${JSON.stringify(invalid)}\n`);
  for (const jobs of ['1', '2']) {
    const r = run([...B4, '--jobs', jobs, '--stats', 'huge.jsonl']);
    assert.equal(r.code, 1, r.stderr);
    const results = r.lines.map((l) => JSON.parse(l));
    assert.deepEqual(results.map((x) => [x.line, x.valid, x.issues[0]?.code]), [[1, true, undefined], [2, false, 'submission.too_large'], [3, false, 'range']]);
    assert.match(results[1].issues[0].message, /^第2行：/);
    const stats = JSON.parse(r.stderr.trim().split('\n').at(-1));
    assert.ok(stats.maxRssMiB < 160, `peak RSS ${stats.maxRssMiB} MiB with a 56 MB line`);
  }
});

test('--jobs: exit codes as before, the default is the number of cores, a bad count is a usage error', () => {
  writeFileSync(join(dir, 'valid.jsonl'), `${JSON.stringify(valid)}\n`.repeat(3000));
  for (const jobs of ['1', '2', '4']) {
    const ok = run([...B4, '--jobs', jobs, '--quiet', '--stats', 'valid.jsonl']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.stdout, '');
    // More jobs than the machine runs at once are capped, saying so (issue 22 item 5).
    const stats = JSON.parse(ok.stderr.trim().split('\n').at(-1));
    assert.deepEqual(stats, { ...stats, submissions: 3000, withErrors: 0, jobs: Math.min(Number(jobs), os.availableParallelism()) });
    assert.equal(run([...B4, '--jobs', jobs, 'valid.jsonl', 'lines.jsonl']).code, 1);
  }
  const byDefault = run([...B4, '--stats', 'valid.jsonl']);
  assert.equal(JSON.parse(byDefault.stderr.trim()).jobs, os.availableParallelism());
  for (const jobs of ['0', '-1', '1.5', 'x', '']) {
    const r = run([...B4, `--jobs=${jobs}`, 'valid.jsonl']);
    assert.equal(r.code, 2, `--jobs ${jobs}`);
    assert.match(r.stderr, /--jobs takes a number of threads/);
  }
});

test('1,000,000 lines streamed through stdin with --jobs 2: flat memory, the faults by line number', async (t) => {
  // Generated as the child reads them (~330 MB, never held): the valid B4 submission, an
  // invalid one at every line ending in 49,999, a malformed line at 500,000 and 1,000,000.
  const N = 1_000_000;
  const good = `${JSON.stringify(valid)}\n`;
  const bad = `${JSON.stringify(invalid)}\n`;
  const broken = '{"applicant": \n';
  const child = spawn(process.execPath, [cli, ...B4, '--jobs', '2', '--quiet', '--stats'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('close', resolve));
  const lineAt = (n) => (n % 500_000 === 0 ? broken : n % 100_000 === 49_999 ? bad : good);
  for (let n = 1; n <= N;) {
    let chunk = '';
    for (const end = Math.min(N, n + 999); n <= end; n++) chunk += lineAt(n);
    if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
  const code = await exited;
  assert.equal(code, 1, stderr);
  const results = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const faults = [];
  for (let n = 1; n <= N; n++) if (lineAt(n) !== good) faults.push(n);
  assert.deepEqual(results.map((x) => x.line), faults);
  for (const x of results.filter((r) => r.line % 500_000 === 0)) {
    assert.equal(x.issues[0].code, 'submission.invalid_json');
    assert.match(x.issues[0].message, new RegExp(`^第${x.line}行：`));
  }
  const stats = JSON.parse(stderr.trim().split('\n').at(-1));
  assert.equal(stats.submissions, N);
  assert.equal(stats.withErrors, faults.length);
  // Peak RSS of the whole process (this thread and one worker, each with its own V8 heap
  // and wasm instance): measured 77-81 MiB for 20,000, 200,000 and 1,000,000 lines alike
  // when validateMany wrote its JSON Lines in wasm, 140-150 MiB since the facade writes them
  // from the batch's numbers and strings (~20 % faster; V8 lets each thread's young
  // generation grow; docs/measurements.md). 200 MiB leaves room for another Node's heap
  // sizing and stays far below what holding the input (330 MB) would take.
  t.diagnostic(`peak RSS ${stats.maxRssMiB} MiB for ${N.toLocaleString('en-US')} lines`);
  assert.ok(stats.maxRssMiB < 200, `peak RSS ${stats.maxRssMiB} MiB`);
});
