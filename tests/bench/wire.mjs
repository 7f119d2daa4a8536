#!/usr/bin/env node
// Issue 21, "do the wire formats earn their place?": each wire format of the facade's fast
// paths against the plain one, side by side in one process on the same wasm instance (the
// benchmark build, ./pkg-bench.mjs, compiled as pkg/node is), the variants alternating,
// CPU time of this process (the machine is shared), median of RUNS (default 21):
//   (a) the calendar's packed dates (__addWorkdaysPacked, __isWorkdayPacked,
//       __workdaysBetweenPacked) against the full string exports;
//   (b) validate: __validateText (the options packed, the report as plain JSON text since
//       its citation table was measured to earn nothing) against the full export;
//   (c) validateMany on JSON Lines: the numbers protocol (__validateManyText/Bytes/Numbers,
//       Strings) against the reports as one JSON array text parsed once in JS (the bench
//       crate's __validateManyPlainJson) and against the full export.
// Every variant is first checked to give the same result. Prints each measurement and
// writes test-output/bench-wire.json.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import assert from 'node:assert/strict';
import { patch } from '../cases.mjs';
import { benchPackage, out, root } from './pkg-bench.mjs';
import { valid as formValid, invalid as formInvalid } from './research-form/samples.mjs';

const facade = benchPackage();
const glue = createRequire(import.meta.url)(`${out}/jincheng.js`);
const RUNS = Number(process.env.RUNS ?? 21);
// CPU time of this process (user + system), not wall time: the machine is shared.
const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let sink = 0;
const results = [];
function ab(label, ops, variants) {
  const names = Object.keys(variants);
  for (const n of names) variants[n](); // warm up
  const times = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < RUNS; r++) {
    for (const n of r % 2 ? [...names].reverse() : names) {
      const t0 = cpu();
      variants[n]();
      times[n].push((cpu() - t0) / 1e3);
    }
  }
  const base = median(times[names[0]]);
  console.log(`\n${label} (${ops.toLocaleString('en')} calls, CPU time, median of ${RUNS})`);
  for (const n of names) {
    const t = median(times[n]);
    console.log(`  ${n.padEnd(60)} ${t.toFixed(1).padStart(8)} ms  ${(t * 1e6 / ops).toFixed(0).padStart(7)} ns/call  ${(t / base).toFixed(2)}x`);
  }
  results.push({ label, ops, ms: Object.fromEntries(names.map((n) => [n, +median(times[n]).toFixed(2)])) });
}

// (a) calendar: packed dates (the facade) vs the full string exports.
const DAY = 86400000, BASE = Date.UTC(2021, 0, 1);
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const N = 10000;
const REPEAT = 10; // calendar loops repeated: runs of ~10 ms
const starts = Array.from({ length: N }, (_, i) => iso(BASE + ((i * 7919) % 1765) * DAY));
const spans = Array.from({ length: 1000 }, (_, i) => [iso(BASE + ((i * 613) % 1765) * DAY - DAY), iso(BASE + ((i * 613) % 1765) * DAY + 364 * DAY)]);
for (const s of starts.slice(0, 500)) assert.equal(facade.addWorkdays(s, 10), glue.addWorkdays(s, 10));
ab('addWorkdays(d, 10)', N * REPEAT, {
  'packed dates (facade: __addWorkdaysPacked)': () => { for (let r = 0; r < REPEAT; r++) for (const s of starts) sink += facade.addWorkdays(s, 10).length; },
  'strings (full export addWorkdays)': () => { for (let r = 0; r < REPEAT; r++) for (const s of starts) sink += glue.addWorkdays(s, 10).length; },
});
ab('isWorkday(d)', N * REPEAT, {
  'packed dates (facade: __isWorkdayPacked)': () => { for (let r = 0; r < REPEAT; r++) for (const s of starts) sink += facade.isWorkday(s) ? 1 : 0; },
  'strings (full export isWorkday)': () => { for (let r = 0; r < REPEAT; r++) for (const s of starts) sink += glue.isWorkday(s) ? 1 : 0; },
});
ab('workdaysBetween over one year', spans.length * REPEAT, {
  'packed dates (facade: __workdaysBetweenPacked)': () => { for (let r = 0; r < REPEAT; r++) for (const [a, b] of spans) sink += facade.workdaysBetween(a, b); },
  'strings (full export workdaysBetween)': () => { for (let r = 0; r < REPEAT; r++) for (const [a, b] of spans) sink += glue.workdaysBetween(a, b); },
});

const shortSpans = starts.slice(0, 2000).map((s) => [s, iso(Date.parse(s) + 14 * DAY)]);
ab('workdaysBetween over two weeks', shortSpans.length * REPEAT, {
  'packed dates (facade: __workdaysBetweenPacked)': () => { for (let r = 0; r < REPEAT; r++) for (const [a, b] of shortSpans) sink += facade.workdaysBetween(a, b); },
  'strings (full export workdaysBetween)': () => { for (let r = 0; r < REPEAT; r++) for (const [a, b] of shortSpans) sink += glue.workdaysBetween(a, b); },
});

// (b) and (c) on two sets: B1's case-file submissions in turn, and the research form's
// valid and invalid sample alternating (as tests/bench/many.mjs).
const b1 = JSON.parse(readFileSync(new URL('../../data/cases/B1-scitech-project-application.json', import.meta.url), 'utf8'));
const OPTIONS = { asOf: '2026-03-02' };
const PACKED = 20260302 * 2; // asOf packed as the facade packs it (zh-CN)
const sets = [
  { label: "B1, its case file's submissions in turn", type: b1.type, subs: b1.cases.map((c) => patch(b1.base, c.set)) },
  { label: 'the research form, valid and invalid alternating', type: 'bench-research-form', subs: [formValid, formInvalid] },
];
const V = 4000, LINES = 20000;
for (const { label, type, subs } of sets) {
  const nValid = subs.filter((s) => glue.validate(type, s, OPTIONS).valid).length;
  // (b) validate: __validateText (packed options, plain JSON text) vs the full export.
  for (const s of subs) assert.deepEqual(facade.validate(type, s, OPTIONS), glue.validate(type, s, OPTIONS));
  ab(`validate: ${label} (${nValid} of ${subs.length} valid)`, V, {
    'facade: __validateText (packed options, JSON text)': () => { for (let i = 0; i < V; i++) sink += facade.validate(type, subs[i % subs.length], OPTIONS).issues.length; },
    'full export validate (options object; JSON text)': () => { for (let i = 0; i < V; i++) sink += glue.validate(type, subs[i % subs.length], OPTIONS).issues.length; },
  });
  // (c) validateMany: the numbers protocol (Strings, Float64Array) vs plain JSON text.
  const text = Array.from({ length: LINES }, (_, i) => JSON.stringify(subs[i % subs.length])).join('\n');
  const bytes = Buffer.from(text);
  const plainMany = () => JSON.parse(glue.__validateManyPlainJson(type, text, PACKED, 1));
  const expected = glue.validateMany(type, text, OPTIONS);
  assert.deepEqual(facade.validateMany(type, text, OPTIONS), expected);
  assert.deepEqual(facade.validateMany(type, bytes, OPTIONS), expected);
  assert.deepEqual(plainMany(), expected);
  ab(`validateMany: ${label}, ${LINES.toLocaleString('en')} JSON Lines (a string; bytes)`, LINES, {
    'facade: numbers protocol (__validateManyText + Strings)': () => { sink += facade.validateMany(type, text, OPTIONS).length; },
    'plain JSON text (__validateManyPlainJson, one JSON.parse)': () => { sink += plainMany().length; },
    'full export validateMany (JSON text parsed by the glue)': () => { sink += glue.validateMany(type, text, OPTIONS).length; },
    'facade on bytes (__validateManyBytes + Strings)': () => { sink += facade.validateMany(type, bytes, OPTIONS).length; },
    'full export on bytes': () => { sink += glue.validateMany(type, bytes, OPTIONS).length; },
  });
  const JSONL = { ...OPTIONS, output: 'jsonl' };
  assert.equal(facade.validateMany(type, text, JSONL), glue.validateMany(type, text, JSONL));
  ab(`validateMany, output 'jsonl': ${label}`, LINES, {
    'facade: numbers protocol, the JSON text rebuilt in JS': () => { sink += facade.validateMany(type, text, JSONL).length; },
    'full export (JSON Lines text written in Rust)': () => { sink += glue.validateMany(type, text, JSONL).length; },
  });
}
mkdirSync(`${root}test-output`, { recursive: true });
writeFileSync(`${root}test-output/bench-wire.json`, JSON.stringify({ node: process.version, cpus: os.cpus().length, runs: RUNS, results }, null, 2) + '\n');
if (!(sink > 0)) throw new Error('nothing computed');
