// Issue 22 items 2–5 as CLI runs (pkg/cli.mjs): exit codes, stderr and that every valid
// line's result is written. Before the fixes: a 2,090,000-item line followed by a valid line
// printed a stack trace, exited 1 and wrote no result at all; `> /dev/full` exited 0 (calendar
// import) or printed an ENOSPC stack and exited 1; `| head -1` printed an EPIPE stack; the
// table wrote a data file's escape sequences to the terminal; --jobs 1000 started 999
// workers for a 2-line file.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFiles, noticeText } from './cases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'pkg/cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'jincheng-cli-hardening-'));
const b4 = caseFiles.find((f) => f.type === 'scitech-acceptance-extension');
const TYPE = 'scitech-acceptance-extension';
const AS_OF = ['--as-of', '2026-02-27'];

function run(args, { input, shell } = {}) {
  const r = shell
    ? spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${cli}" ${args}`], { input, encoding: 'utf8', cwd: dir, maxBuffer: 256 << 20 })
    : spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir, maxBuffer: 256 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

before(() => {
  writeFileSync(join(dir, 'huge-then-valid.jsonl'), `${JSON.stringify({ steps: Array(2_090_000).fill(1) })}\n${JSON.stringify(caseFiles.find((f) => f.type === 'business-startup').base)}\n`);
  writeFileSync(join(dir, 'two.jsonl'), `${JSON.stringify(b4.base)}\n${JSON.stringify({ ...b4.base, previousExtensions: -1 })}\n`);
  const many = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ ...b4.base, previousExtensions: i % 2 ? 1 : -1 })).join('\n');
  writeFileSync(join(dir, 'many.jsonl'), `${many}\n`);
  writeFileSync(join(dir, 'title.json'), JSON.stringify({ ...b4.base, projectName: '\u001b]0;pwned\u0007\u001b[2J', previousExtensions: -1 }));
  const data = JSON.parse(readFileSync(join(root, 'data/calendar/2026.json'), 'utf8'));
  writeFileSync(join(dir, 'notice-2026.txt'), noticeText(data));
});

test('item 2: a line with two million bad items and a valid line after it: both results written', () => {
  const r = run(['validate', '--type', 'business-startup', '--as-of', '2026-09-30', 'huge-then-valid.jsonl']);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stderr, '');
  assert.deepEqual(r.lines.map((l) => JSON.parse(l).line), [1, 2]);
  const [huge, valid] = r.lines.map((l) => JSON.parse(l));
  assert.ok(huge.issues.length <= 1001);
  assert.ok(huge.issues.some((i) => i.code === 'submission.too_many_issues'));
  assert.ok(huge.errors >= 200);
  assert.equal(valid.valid, true, JSON.stringify(valid.issues));
});

test('item 3: the table shows control characters from the data escaped, never sends them to the terminal', () => {
  const r = run(['validate', '--type', TYPE, ...AS_OF, '--format', 'table', 'title.json']);
  assert.equal(r.code, 1);
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(r.stdout), JSON.stringify(r.stdout));
  // jsonl output is JSON: its escapes are JSON's own.
  const j = run(['validate', '--type', TYPE, ...AS_OF, '--format', 'jsonl', 'title.json']);
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(j.stdout));
  // A file name with an escape sequence is escaped in a message on stderr too.
  const u = run(['validate', '--type', TYPE, 'no\u001b[2Jsuch.jsonl']);
  assert.equal(u.code, 2);
  assert.match(u.stderr, /no\\u001b\[2Jsuch/);
});

test('item 4: output that cannot be written exits 3 with one line; a closed pipe exits 3 quietly', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, () => {
  const full = run(`validate --type ${TYPE} --as-of 2026-02-27 two.jsonl > /dev/full`, { shell: true });
  assert.equal(full.code, 3);
  assert.match(full.stderr, /^jincheng-rules: cannot write the output: ENOSPC/);
  assert.equal(full.stderr.trim().split('\n').length, 1, full.stderr);
  const imp = run('calendar import notice-2026.txt --year 2026 > /dev/full', { shell: true });
  assert.equal(imp.code, 3);
  assert.match(imp.stderr, /^jincheng-rules: cannot write the output: ENOSPC/);
  assert.equal(imp.stderr.trim().split('\n').length, 1, imp.stderr);
  // The same import to a file that takes it: exit 0.
  assert.equal(run('calendar import notice-2026.txt --year 2026 > out.json', { shell: true }).code, 0);
  const pipe = spawnSync('/bin/bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" validate --type ${TYPE} --as-of 2026-02-27 --jobs 1 many.jsonl | head -1 > /dev/null`], { encoding: 'utf8', cwd: dir });
  assert.equal(pipe.status, 3);
  assert.equal(pipe.stderr, '');
});

test('item 5: --jobs is capped at the available parallelism (saying so); a 2-line file starts no worker', () => {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const r = run(['validate', '--type', TYPE, ...AS_OF, '--jobs', '1000', '--stats', 'two.jsonl']);
  assert.equal(r.code, 1);
  assert.equal(r.lines.length, 2);
  const [message, stats] = r.stderr.trim().split('\n');
  assert.equal(message, `jincheng-rules: --jobs 1000 is more than the ${cores} thread(s) this machine runs at once: using ${cores}`);
  const s = JSON.parse(stats);
  assert.equal(s.jobs, cores);
  assert.equal(s.batches[0], 1, 'the one batch validated by the CLI\'s own thread');
  assert.ok(s.batches.slice(1).every((n) => n === 0));
  assert.ok(s.maxRssMiB < 300, `${s.maxRssMiB} MiB`);
  // Within the cap: no message; the output the same for any --jobs.
  const one = run(['validate', '--type', TYPE, ...AS_OF, '--jobs', '1', 'many.jsonl']);
  const all = run(['validate', '--type', TYPE, ...AS_OF, '--jobs', String(cores), 'many.jsonl']);
  assert.equal(all.stderr, '');
  assert.equal(all.stdout, one.stdout);
  assert.equal(all.lines.length, 20_000);
  assert.equal(run(['validate', '--type', TYPE, '--jobs', '0', 'two.jsonl']).code, 2);
});
