#!/usr/bin/env node
// Part of `npm run bench`: a test harness's batch, side by side in one run.
// JSON Lines of 100,000 submissions checked by `validateMany` (one crossing per batch)
// against the pipeline a harness would otherwise write: `JSON.parse` per line + Ajv
// compiled (allErrors) on the same form's JSON Schema. Ajv checks structure only; we
// check structure, every rule, and compute deadlines with Chinese messages.
//   - the research form (./research-form, its schema form.schema.json): the research
//     benchmark's valid and invalid sample (samples.mjs), alternating — half and half,
//     as the research weighs them (it times each sample on its own);
//   - B1 (scitech-project-application): the 20 submissions of its case file
//     (data/cases/B1-…json: 10 valid, 10 invalid), in turn; Ajv on our own `schema('B1')`.
// Our side runs on the benchmark build (./pkg-bench.mjs: the package's wasm + the
// research form), the same code as pkg/ node. Writes test-output/bench-many.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { valid, invalid } from './research-form/samples.mjs';
import { patch } from '../cases.mjs';
import { benchPackage, root } from './pkg-bench.mjs';

const ours = benchPackage();
const N = 100_000;
const RUNS = 5;
const OPTIONS = { asOf: '2026-03-02' };

const b1 = JSON.parse(readFileSync(new URL('../../data/cases/B1-scitech-project-application.json', import.meta.url), 'utf8'));
const b1Submissions = b1.cases.map((c) => patch(b1.base, c.set));
const formSchema = JSON.parse(readFileSync(new URL('./research-form/form.schema.json', import.meta.url), 'utf8'));

function compiled(AjvClass, schema) {
  const ajv = new AjvClass({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const batches = [
  { label: 'research form, valid and invalid alternating', type: 'bench-research-form', items: [valid, invalid], ajv: compiled(Ajv, formSchema) },
  { label: 'B1, its 20 case-file submissions in turn', type: b1.type, items: b1Submissions, ajv: compiled(Ajv2020, ours.schema(b1.type)) },
];

// The harness's pipelines. Each returns one result per line; `invalid` counts the lines
// found invalid (a check that both sides did the work).
const pipelines = {
  'JSON.parse per line + Ajv': (b, text) => {
    const results = [];
    let bad = 0;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const ok = b.ajv(JSON.parse(line));
      if (!ok) bad++;
      results.push(ok ? { valid: true } : { valid: false, errors: b.ajv.errors });
    }
    return { n: results.length, invalid: bad };
  },
  'validateMany, reports as objects': (b, text) => {
    const reports = ours.validateMany(b.type, text, OPTIONS);
    return { n: reports.length, invalid: reports.reduce((k, r) => k + (r.valid ? 0 : 1), 0) };
  },
};
// `output: 'jsonl'` (reports as JSON Lines text, for a harness that writes them out),
// where the build has it.
if (typeof ours.validateMany('bench-research-form', '{}', { ...OPTIONS, output: 'jsonl' }) === 'string') {
  pipelines["validateMany, output: 'jsonl'"] = (b, text) => {
    const out = ours.validateMany(b.type, text, { ...OPTIONS, output: 'jsonl' });
    let n = 0, bad = 0;
    for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n', i + 1)) n++;
    for (let i = out.indexOf('"valid":false'); i >= 0; i = out.indexOf('"valid":false', i + 1)) bad++;
    return { n, invalid: bad };
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
// The machine may be shared: the pipelines take turns within each run, and each batch is
// timed in wall time and in this process's CPU time (what it costs when it has a core);
// the ratio is taken per run, then the median.
const rows = [];
for (const b of batches) {
  const text = Array.from({ length: N }, (_, i) => JSON.stringify(b.items[i % b.items.length])).join('\n') + '\n';
  const row = { batch: b.label, lines: N, megabytes: +(Buffer.byteLength(text) / 1e6).toFixed(1), perSecond: {}, cpuPerSecond: {}, invalidLines: {} };
  const wall = {}, cpu = {};
  for (const [name, run] of Object.entries(pipelines)) {
    run(b, text.slice(0, text.indexOf('\n', 20_000) + 1)); // warm-up
    wall[name] = [];
    cpu[name] = [];
  }
  const ratios = [];
  for (let r = 0; r < RUNS; r++) {
    for (const [name, run] of Object.entries(pipelines)) {
      const t0 = process.hrtime.bigint(), c0 = cpuSeconds();
      const got = run(b, text);
      cpu[name].push(cpuSeconds() - c0);
      wall[name].push(Number(process.hrtime.bigint() - t0) / 1e9);
      if (got.n !== N) throw new Error(`${name}: ${got.n} results for ${N} lines`);
      row.invalidLines[name] = got.invalid;
    }
    ratios.push(wall['JSON.parse per line + Ajv'][r] / wall['validateMany, reports as objects'][r]);
  }
  for (const name of Object.keys(pipelines)) {
    row.perSecond[name] = Math.round(N / median(wall[name]));
    row.cpuPerSecond[name] = Math.round(N / median(cpu[name]));
  }
  row.ratio = +median(ratios).toFixed(2);
  row.cpuRatio = +(median(cpu['JSON.parse per line + Ajv']) / median(cpu['validateMany, reports as objects'])).toFixed(2);
  if (wall["validateMany, output: 'jsonl'"]) row.ratioJsonl = +(median(wall['JSON.parse per line + Ajv']) / median(wall["validateMany, output: 'jsonl'"])).toFixed(2);
  rows.push(row);
}

const TARGET = 1.0;
const report = { date: new Date().toISOString(), node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, load: os.loadavg().map((x) => +x.toFixed(2)), runs: RUNS, rows, target: TARGET };
report.met = rows.every((r) => r.ratio >= TARGET);
const verdict = (x) => (x >= TARGET ? 'met' : 'NOT met');
console.log(`\nvalidateMany benchmark — ${report.date.slice(0, 10)}, Node ${report.node}, ${report.cpu} × ${report.cores} (load ${report.load[0]}), ${N.toLocaleString('en-US')} JSON Lines, median of ${RUNS}`);
console.log(`| batch | ${Object.keys(pipelines).join(' /s | ')} /s | ours/Ajv, wall (target ≥ ${TARGET}×) | ours/Ajv, CPU time |`);
console.log(`|---|${Object.keys(pipelines).map(() => '---|').join('')}---|---|`);
for (const r of rows) {
  const extra = r.ratioJsonl ? `; jsonl ${r.ratioJsonl}×` : '';
  console.log(`| ${r.batch} (${r.megabytes} MB) | ${Object.values(r.perSecond).map((x) => x.toLocaleString('en-US')).join(' | ')} | ${r.ratio}× (${verdict(r.ratio)})${extra} | ${r.cpuRatio}× |`);
}
mkdirSync(`${root}test-output`, { recursive: true });
writeFileSync(`${root}test-output/bench-many.json`, JSON.stringify(report, null, 2));
