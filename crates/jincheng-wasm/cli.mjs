#!/usr/bin/env node
// jincheng-rules validate --type ID [FILE…]
// jincheng-rules calendar import NOTICE.txt --year YEAR [--url URL]
//
// validate: validates submissions in bulk: JSON files (one submission, or an array of
// them), JSON Lines files (.jsonl/.ndjson), a directory (its .json/.jsonl/.ndjson files,
// recursively), or stdin ("-" or no FILE; read as JSON Lines, or as one JSON document
// when it starts with "[" or spans lines). JSON Lines of one type are streamed in batches
// of whole lines (256 KiB), each one validateMany call, on --jobs N threads (default: the
// number of cores; this thread and N - 1 worker_threads running cli-batch.mjs), written in
// input order, with at most 2 × N batches read and not yet written: memory stays flat for
// any input size. N is at most the available parallelism, and a worker starts only when a
// batch waits for one. One result per submission on stdout, as JSON Lines or a table (in
// the table, control characters from the data are shown escaped, never sent to the
// terminal). A line the library cannot answer costs only its own result. Exit status: 0
// all valid, 1 when any submission has errors (a malformed line counts), 2 on usage
// errors, 3 when the output cannot be written (a full disk; a closed pipe, as `| head`
// closes it, ends the run quietly with 3 too).
//
// calendar import: reads the State Council's holiday notice (its text) with
// parseHolidayNotice and writes the year's schedule as JSON in the layout of
// data/calendar/<year>.json. Exit status: 0 written, 1 the notice is rejected (the
// message names the line), 2 on usage errors, 3 when the output cannot be written.
import { early, defaultJobs, jobsFor, BATCH, WORKER_OPTIONS } from './cli-start.mjs'; // first: it starts the worker threads
import { createReadStream, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { applicationTypes, parseHolidayNotice, validate } from './node/index.mjs';
import { validateBatch, pad, shown, tableRow } from './cli-batch.mjs';

const USAGE = `Usage: jincheng-rules validate --type <id|auto> [options] [FILE|DIR|-]...
       jincheng-rules calendar import <NOTICE.txt|-> --year <year> [--url <url>]

Validate Jincheng application submissions in bulk.

Options:
  --type <id|auto>   application type id, or "auto" to read each record's "type" field
  --as-of <date>     the submission date, YYYY-MM-DD (default: today in China time)
  --locale <loc>     zh-CN (default) or en
  --format <fmt>     jsonl or table (default: table on a terminal, else jsonl)
  --quiet            print only submissions with errors
  --jobs <n>         threads validating JSON Lines (default and most: the available
                     parallelism, ${defaultJobs()}; more is capped, with a message)
  --stats            print the count and peak memory to stderr at the end
  -h, --help         this text

Import a holiday notice (国务院办公厅关于<year>年部分节假日安排的通知, as text) into
the JSON of data/calendar/<year>.json, on stdout:
  --year <year>      the year the notice schedules (required)
  --url <url>        where the notice is published (the notice's "url"; not in its text)

Types: ${applicationTypes().map((t) => t.id).join(', ')}
Exit status: 0 all valid (import: written), 1 some submission has errors (import: the
notice is rejected), 2 usage error, 3 the output could not be written (disk full,
closed pipe).`;

/** Exit status when the output cannot be written. */
const IO_FAILED = 3;

/** The output failed: one line (none for a closed pipe: the reader has what it wanted), exit 3. */
function outputFailed(e) {
  if (e?.code !== 'EPIPE') process.stderr.write(`jincheng-rules: cannot write the output: ${shown(e?.code ?? '')} ${shown(String(e?.message ?? e).split('\n')[0])}\n`);
  process.exit(IO_FAILED);
}
process.stdout.on('error', outputFailed);

/** Write to stdout now (fd 1), exiting 3 when it cannot be written. */
function writeNow(text) {
  const bytes = Buffer.from(text);
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(1, bytes, at);
  } catch (e) {
    // A non-blocking pipe: the stream waits, and writes what is not written yet (only that).
    if (e?.code === 'EAGAIN') return process.stdout.write(bytes.subarray(at));
    outputFailed(e);
  }
}

function usage(message) {
  if (message) process.stderr.write(`jincheng-rules: ${shown(message)}\n\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(message ? 2 : 0);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      'as-of': { type: 'string' },
      locale: { type: 'string' },
      format: { type: 'string' },
      quiet: { type: 'boolean' },
      stats: { type: 'boolean' },
      jobs: { type: 'string' },
      year: { type: 'string' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  usage(e.message);
}
const { values, positionals } = args;
if (values.help) usage();
const [command, ...inputs] = positionals;
if (command === 'calendar') {
  importNotice(inputs);
  process.exit(process.exitCode ?? 0);
}
if (command !== 'validate') usage(command ? `unknown command "${command}"` : 'missing command "validate"');
if (!values.type) usage('--type is required');
const known = new Set(applicationTypes().map((t) => t.id));
if (values.type !== 'auto' && !known.has(values.type)) usage(`unknown type "${values.type}"`);
const format = values.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
if (!['jsonl', 'table'].includes(format)) usage(`unknown format "${format}"`);
const options = {};
if (values.locale) options.locale = values.locale;
if (values['as-of']) options.asOf = values['as-of'];
try {
  validate([...known][0], {}, options);
} catch (e) {
  usage(e.message);
}
if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs)) usage(`--jobs takes a number of threads (1 or more), got "${values.jobs}"`);
const jobs = jobsFor(values.jobs);
if (values.jobs !== undefined && Number(values.jobs) > jobs) {
  process.stderr.write(`jincheng-rules: --jobs ${shown(values.jobs)} is more than the ${jobs} thread(s) this machine runs at once: using ${jobs}\n`);
}

// ---- calendar import ------------------------------------------------------------

/** A schedule as JSON text in the layout of data/calendar/<year>.json. */
function calendarJson(y) {
  const s = (v) => JSON.stringify(v);
  const list = (a) => `[${a.map(s).join(', ')}]`;
  const lines = ['{', `  "year": ${y.year},`, `  "source": ${s(y.source)},`];
  if (y.notice) {
    lines.push('  "notice": {', Object.entries(y.notice).map(([k, v]) => `    ${s(k)}: ${s(v)}`).join(',\n'), '  },');
  }
  lines.push('  "holidays": [');
  y.holidays.forEach((h, i) => {
    const members = [`      "name": ${s(h.name)}`, `      "days": ${list(h.days)}`];
    if (h.quote !== undefined) members.push(`      "quote": ${s(h.quote)}`);
    if (h.source !== undefined) members.push(`      "source": ${s(h.source)}`);
    lines.push('    {', members.join(',\n'), `    }${i < y.holidays.length - 1 ? ',' : ''}`);
  });
  lines.push('  ],', `  "makeupWorkdays": ${list(y.makeupWorkdays)}`, '}');
  return `${lines.join('\n')}\n`;
}

function importNotice([sub, file, ...extra]) {
  if (sub !== 'import') usage(sub ? `unknown calendar command "${sub}"` : 'missing "import" after "calendar"');
  if (!file) usage('calendar import: the notice file is required ("-" for stdin)');
  if (extra.length) usage(`calendar import: one notice at a time, got also "${extra.join(' ')}"`);
  if (!values.year || !/^\d{4}$/.test(values.year)) usage('calendar import: --year YYYY is required');
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    usage(`cannot read "${file}"`);
  }
  let parsed;
  try {
    parsed = parseHolidayNotice(text, { year: Number(values.year) });
  } catch (e) {
    process.stderr.write(`jincheng-rules: ${shown(e.message)}\n`);
    process.exitCode = 1;
    return;
  }
  const { previousYear, ...year } = parsed;
  if (values.url) {
    if (year.notice) year.notice.url = values.url;
    else process.stderr.write('jincheng-rules: --url left out: the text names no notice (title, number and date) to attach it to\n');
  }
  writeNow(calendarJson(year));
  if (previousYear) {
    const entry = JSON.stringify({ holidays: previousYear.holidays, makeupWorkdays: previousYear.makeupWorkdays }, null, 2);
    process.stderr.write(`jincheng-rules: the notice also gives days to ${previousYear.year}: add them to data/calendar/${previousYear.year}.json (as 2022.json holds 2022-12-31 from the 2023 notice):\n${entry}\n`);
  }
}

// ---- Sources ------------------------------------------------------------------

const JSONL = new Set(['.jsonl', '.ndjson']);
function expand(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    usage(`cannot read "${path}"`);
  }
  if (!st.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => (d.isDirectory() ? expand(join(path, d.name)) : ['.json', ...JSONL].includes(extname(d.name)) ? [join(path, d.name)] : []));
}
const files = inputs.length ? inputs.flatMap((p) => (p === '-' ? ['-'] : expand(p))) : ['-'];

let currentStream = null; // the file stream being read, for the progress bar

// ---- Progress (stderr, terminals only) ----------------------------------------------
// A few lines instead of a progress-bar package: a dependency of this package is installed
// into every browser app that uses the library, and the bar is only for this CLI.

function progressBar() {
  if (!process.stderr.isTTY) return null;
  const total = files.reduce((sum, f) => sum + (f === '-' ? 0 : statSync(f).size), 0);
  if (total < 1 << 20) return null; // short runs need no bar
  const start = Date.now();
  const width = 40;
  let last = -1;
  const draw = (done, count) => {
    const share = total ? Math.min(1, done / total) : 1;
    const pct = Math.floor(share * 100);
    const filled = Math.round(share * width);
    const left = share > 0 ? Math.round(((Date.now() - start) / 1000) * (1 / share - 1)) : 0;
    const eta = left >= 60 ? `${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : `${left}s`;
    const line = `validating [${'\u2588'.repeat(filled)}${'\u2591'.repeat(width - filled)}] ${pct}% | ${count} submissions | ${eta} left`;
    if (line === last) return;
    last = line;
    process.stderr.write(`\r${line}\x1b[K`);
  };
  process.stderr.write('\x1b[?25l'); // hide the cursor while drawing
  draw(0, 0);
  return {
    update: (done, { count }) => draw(done, count),
    stop: () => process.stderr.write('\n\x1b[?25h'),
  };
}

// ---- Output ---------------------------------------------------------------------
// Everything goes out through `emit`, in input order: a batch validated by a worker is
// held until the batches before it are written.

let total = 0;
let failed = 0;
let doneBytes = 0;
const bar = progressBar();
let needDrain = false;
let waiting = [];
const wake = () => { const w = waiting; waiting = []; for (const r of w) r(); };
function emit(bytes) {
  if (bytes.length && !process.stdout.write(bytes)) {
    needDrain = true;
    process.stdout.once('drain', () => { needDrain = false; wake(); });
  }
}
const out = [];
function write(text) {
  out.push(text);
  if (out.length >= 256) flush();
}
function flush() {
  if (out.length) emit(out.join(''));
  out.length = 0;
}
if (format === 'table') write(`${pad('source', 32)} ${pad('type', 34)} ${pad('valid', 5)} ${pad('err', 3)} ${pad('warn', 4)} first error\n`);

const counts = (report) => {
  let errors = 0, warnings = 0;
  for (const i of report.issues) {
    if (i.severity === 'error') errors++;
    else if (i.severity === 'warning') warnings++;
  }
  return { errors, warnings };
};

// ---- JSON Lines of one type: batches, on `jobs` threads --------------------------------

const setup = { type: values.type, options, format, quiet: Boolean(values.quiet) };
// A line longer than the library reads (4 MiB) is reported submission.too_large from its
// first bytes: more than LONG of one line are never held.
const LONG = (4 << 20) + 4;
const IN_FLIGHT = 2 * jobs; // batches read and not yet written, at most
let sent = 0; // batches dispatched
let written = 0; // batches written
const done = new Map(); // seq → a batch validated out of turn
const batches = new Array(jobs).fill(0); // batches validated by this thread, then by each worker (--stats)
let workers = null; // [{worker, pending}]: up to jobs - 1 worker threads, this thread the jobs-th

function deliver(seq, result) {
  done.set(seq, result);
  while (done.has(written)) {
    const r = done.get(written);
    done.delete(written);
    written++;
    total += r.total;
    failed += r.failed;
    emit(r.out);
  }
  if (bar) bar.update(doneBytes + (currentStream?.bytesRead ?? 0), { count: total });
  wake();
}

/** The workers started at load (cli-start.mjs), given their setup; more come with `addWorker`. */
function startWorkers() {
  workers = [];
  for (let i = 0; i < early.length; i++) addWorker();
}

/** One more worker thread (one started at load if any is left), up to jobs - 1. */
function addWorker() {
  const i = workers.length;
  if (i >= jobs - 1) return;
  workers.push((() => {
    const worker = early[i] ?? new Worker(new URL('./cli-batch.mjs', import.meta.url), WORKER_OPTIONS);
    worker.postMessage({ setup });
    const w = { worker, pending: 0, ready: false };
    worker.on('message', ({ ready, seq, out, total: n, failed: f }) => {
      if (ready) {
        w.ready = true; // its library loaded: batches may go to it from now on
        return;
      }
      w.pending--;
      batches[i + 1]++;
      deliver(seq, { out: Buffer.from(out.buffer, out.byteOffset, out.byteLength), total: n, failed: f });
    });
    worker.on('error', (e) => {
      process.stderr.write(`jincheng-rules: a validation thread failed: ${shown(String(e?.message ?? e).split('\n')[0])}\n`);
      process.exit(2);
    });
    return w;
  })());
}

/** Wait until fewer than `limit` batches are read and not yet written, and stdout takes more. */
async function until(limit) {
  while (sent - written >= limit || needDrain) await new Promise((r) => waiting.push(r));
}

/** Validate a batch of whole lines, the first being line `firstLine` of `source`. */
async function dispatch(source, bytes, firstLine) {
  await until(IN_FLIGHT);
  const seq = sent++;
  if (!workers) startWorkers();
  // To the least busy ready worker while it has under two batches; else this thread
  // validates it (the workers keep working meanwhile): N threads on N cores, none waiting on
  // another, nor on a worker still loading the library.
  const w = workers.reduce((a, b) => (b.ready && (!a?.ready || b.pending < a.pending) ? b : a), null);
  if (!w || !w.ready || w.pending >= 2) {
    // From the second batch on, every worker busy (or none yet) and none still loading: one
    // more starts for the batches to come; this thread validates this one meanwhile.
    if (seq > 0 && workers.every((x) => x.ready)) addWorker();
    batches[0]++;
    deliver(seq, validateBatch(setup, source, bytes, firstLine));
    return;
  }
  w.pending++;
  const copy = new Uint8Array(bytes); // a buffer of its own, moved to the worker
  w.worker.postMessage({ seq, source, bytes: copy, firstLine }, [copy.buffer]);
}

/** Stream JSON Lines from `chunks` (Buffers) in batches of whole lines. */
async function bulk(source, chunks) {
  flush();
  let parts = [];
  let size = 0;
  let lineBase = 0; // lines before the next batch
  const send = async (bytes) => {
    const first = lineBase + 1;
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lineBase++;
    await dispatch(source, bytes, first);
  };
  let skipping = false; // in a line longer than LONG, past its first bytes
  for await (let chunk of chunks) {
    if (skipping) {
      const nl = chunk.indexOf(10);
      if (nl === -1) continue;
      skipping = false;
      chunk = chunk.subarray(nl); // its '\n' ends the line's first bytes
    }
    parts.push(chunk);
    size += chunk.length;
    if (size < BATCH) continue;
    const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    const cut = bytes.lastIndexOf(10);
    if (cut === -1) {
      // One line longer than a batch: read on; past LONG bytes keep only its first ones
      // (at a UTF-8 character's start), enough for its report, and skip to its end.
      if (size <= LONG) { parts = [bytes]; continue; }
      let keep = LONG;
      while ((bytes[keep] & 0xc0) === 0x80) keep--;
      parts = [bytes.subarray(0, keep)];
      size = keep;
      skipping = true;
      continue;
    }
    const rest = bytes.subarray(cut + 1);
    parts = rest.length ? [rest] : [];
    size = rest.length;
    await send(bytes.subarray(0, cut + 1));
  }
  if (size) await send(parts.length === 1 ? parts[0] : Buffer.concat(parts, size));
  await until(1); // this source written before the next is read
}

/** Stdin with a type: JSON Lines in batches, unless its first line opens a JSON document ("[", or not JSON on its own). */
async function stdin(type) {
  const it = process.stdin[Symbol.asyncIterator]();
  const head = [];
  let first = null;
  while (first === null) {
    const { value, done: end } = await it.next();
    if (end) break;
    head.push(value);
    const nl = value.indexOf(10);
    if (nl !== -1) first = Buffer.concat(head).toString('utf8', 0, Buffer.concat(head).indexOf(10));
  }
  if (first === null) first = Buffer.concat(head).toString('utf8');
  const line = first.replace(/^\uFEFF/, '').replace(/\r$/, '');
  let document = line.trim().startsWith('[');
  if (!document && line.trim() !== '') {
    try {
      JSON.parse(line);
    } catch {
      document = true;
    }
  }
  const rest = async function* () {
    yield* head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  };
  if (!document) return bulk('<stdin>', rest());
  const parts = [];
  for await (const chunk of rest()) parts.push(chunk);
  return emitRecords(documentRecords('<stdin>', Buffer.concat(parts).toString('utf8')), type);
}

// ---- Any other source: record by record, in this thread ------------------------------------

/** The records of one JSON document: {source, line, record} or {source, line, error}. */
function* documentRecords(source, text, lineNumbers = true) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    yield { source, line: null, error: `malformed JSON: ${e.message}` };
    return;
  }
  const list = Array.isArray(doc) ? doc : [doc];
  for (let i = 0; i < list.length; i++) yield { source, line: Array.isArray(doc) || lineNumbers ? i + 1 : null, record: list[i] };
}

/** Records of one source (for --type auto, and JSON files): {source, line, record} or {source, line, error}. */
async function* records(file) {
  const source = file === '-' ? '<stdin>' : file;
  if (file !== '-' && !JSONL.has(extname(file))) {
    yield* documentRecords(source, readFileSync(file, 'utf8'), false);
    return;
  }
  const input = file === '-' ? process.stdin : createReadStream(file);
  currentStream = file === '-' ? null : input;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let buffered = null; // stdin holding one multi-line JSON document
  for await (const line of lines) {
    n++;
    if (buffered !== null) { buffered.push(line); continue; }
    if (line.trim() === '') continue;
    if (file === '-' && n === 1 && line.trim().startsWith('[')) { buffered = [line]; continue; }
    try {
      yield { source, line: n, record: JSON.parse(line) };
    } catch (e) {
      if (file === '-' && n === 1) { buffered = [line]; continue; }
      yield { source, line: n, error: `malformed JSON Lines record: ${e.message}` };
    }
  }
  if (buffered !== null) yield* documentRecords(source, buffered.join('\n'));
}

/** The results of records, one at a time. */
async function emitRecords(items, fixedType) {
  for await (const item of items) {
    let result;
    if (item.error) {
      const code = item.line === null ? 'submission.malformed' : 'submission.invalid_json';
      result = { source: item.source, line: item.line, type: null, valid: false, errors: 1, warnings: 0, issues: [{ path: '', code, severity: 'error', message: item.error, citation: null, reads: [''] }], deadlines: [] };
    } else {
      let record = item.record;
      let type = fixedType;
      if (type === 'auto') {
        type = record && typeof record === 'object' && !Array.isArray(record) ? record.type : undefined;
        if (record && typeof record === 'object' && !Array.isArray(record)) ({ type: type, ...record } = record);
      }
      if (!known.has(type)) {
        result = { source: item.source, line: item.line, type: type ?? null, valid: false, errors: 1, warnings: 0, issues: [{ path: '/type', code: 'unknown_type', severity: 'error', message: `unknown or missing type ${JSON.stringify(type ?? null)}`, citation: null, reads: ['/type'] }], deadlines: [] };
      } else {
        const report = validate(type, record, options);
        result = { source: item.source, line: item.line, type, valid: report.valid, ...counts(report), issues: report.issues, deadlines: report.deadlines };
      }
    }
    total++;
    if (!result.valid) failed++;
    if (!values.quiet || !result.valid) write(format === 'jsonl' ? `${JSON.stringify(result)}\n` : tableRow(result));
    if (bar && total % 500 === 0) bar.update(doneBytes + (currentStream?.bytesRead ?? 0), { count: total });
  }
  flush();
  await until(1);
}

for (const file of files) {
  currentStream = null;
  if (values.type === 'auto') await emitRecords(records(file), 'auto');
  else if (file === '-') await stdin(values.type);
  else if (JSONL.has(extname(file))) {
    currentStream = createReadStream(file, { highWaterMark: BATCH });
    await bulk(file, currentStream);
  } else await emitRecords(records(file), values.type);
  if (file !== '-') doneBytes += statSync(file).size;
  bar?.update(doneBytes, { count: total });
}
flush();
await until(1);
await Promise.all([...early, ...(workers ?? []).map((w) => w.worker)].map((w) => w.terminate()));
if (bar) bar.stop();
if (format === 'table') emit(`\n${total} submission(s), ${failed} with errors\n`);
if (values.stats) process.stderr.write(`${JSON.stringify({ submissions: total, withErrors: failed, jobs, batches, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
process.exitCode = failed ? 1 : 0;
