#!/usr/bin/env node
// Part of `npm run bench`: what a process pays before its first answer, each in a fresh
// Node process (median of 11): instantiation (the Node build: `require` of pkg/, which
// compiles and instantiates the wasm; the web build: `await init()` of pkg/web, which
// inflates the embedded wasm and instantiates it), then the first call after it —
// `addWorkdays` (a count in 2026: the calendar builds that one year) and, in other
// processes, `validate` of B1 (whose deadlines count working days too).
// The browser's own numbers (Chromium, the same web build) come from the demo tests.
// Writes test-output/bench-startup.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const root = new URL('../..', import.meta.url).pathname;
const RUNS = 11;
const b1 = JSON.parse(readFileSync(`${root}data/cases/B1-scitech-project-application.json`, 'utf8'));
const calls = {
  addWorkdays: "m.addWorkdays('2026-09-28', 5)",
  validate: `m.validate(${JSON.stringify(b1.type)}, ${JSON.stringify(b1.base)}, { asOf: '2026-03-02' })`,
};
const builds = {
  node: { load: "const m = require('./pkg');", module: false },
  web: { load: "const m = await import('./pkg/web/index.js'); await m.default();", module: true },
};

function once(build, call) {
  const script = `const now = () => Number(process.hrtime.bigint()) / 1e6;
const t0 = now(); ${build.load} const t1 = now(); ${call}; const t2 = now();
process.stdout.write(JSON.stringify([t1 - t0, t2 - t1]));`;
  const args = build.module ? ['--input-type=module', '-e', script] : ['-e', script];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root }));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const TARGETS = { instantiateMs: 10, firstCallMs: 2 };
const rows = [];
for (const [build, b] of Object.entries(builds)) {
  for (const [call, expr] of Object.entries(calls)) {
    const samples = Array.from({ length: RUNS }, () => once(b, expr));
    const inst = samples.map((s) => s[0]), first = samples.map((s) => s[1]);
    rows.push({
      build, call,
      instantiateMs: +median(inst).toFixed(2), instantiateMinMs: +Math.min(...inst).toFixed(2),
      firstCallMs: +median(first).toFixed(2), firstCallMinMs: +Math.min(...first).toFixed(2),
    });
  }
}
for (const r of rows) r.met = { instantiateMs: r.instantiateMs <= TARGETS.instantiateMs, firstCallMs: r.firstCallMs <= TARGETS.firstCallMs };

const report = { date: new Date().toISOString(), node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, load: os.loadavg().map((x) => +x.toFixed(2)), runs: RUNS, targets: TARGETS, rows };
const verdict = (met) => (met ? 'met' : 'NOT met');
console.log(`\nstart-up benchmark — ${report.date.slice(0, 10)}, Node ${report.node}, ${report.cpu} × ${report.cores} (load ${report.load[0]}), fresh process each, median (min) of ${RUNS}`);
console.log(`| build | first call | instantiation, ms (target ≤ ${TARGETS.instantiateMs}) | first call after it, ms (target ≤ ${TARGETS.firstCallMs}) |`);
console.log('|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.build} | ${r.call} | ${r.instantiateMs} (${r.instantiateMinMs}): ${verdict(r.met.instantiateMs)} | ${r.firstCallMs} (${r.firstCallMinMs}): ${verdict(r.met.firstCallMs)} |`);
}
mkdirSync(`${root}test-output`, { recursive: true });
writeFileSync(`${root}test-output/bench-startup.json`, JSON.stringify(report, null, 2));
