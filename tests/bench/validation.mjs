#!/usr/bin/env node
// Part of `npm run bench`: validate() against Ajv (compiled, allErrors) and Zod on the
// representative 15-field form of the validation research benchmark (copied to
// ./research-form), valid and invalid, side by side in one run. Our side is the same
// form expressed through the core's public API (./research-form/src/lib.rs: a bench-only
// crate embedding the package's wasm crate, built into test-output/pkg-bench — never
// into the shipped pkg/).
// Writes test-output/bench-validation.json.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { valid, invalid } from './research-form/samples.mjs';
import { form as zodForm } from './research-form/form.zod.mjs';
import { benchPackage, out, root } from './pkg-bench.mjs';

const ours = benchPackage();

const schema = JSON.parse(readFileSync(new URL('./research-form/form.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const ajvValidate = ajv.compile(schema);

const TYPE = 'bench-research-form';
const OPTIONS = { asOf: '2026-03-02' };
const libs = {
  ours: (d) => { const r = ours.validate(TYPE, d, OPTIONS); return { ok: r.valid, errors: r.issues.filter((i) => i.severity === 'error') }; },
  ajv: (d) => (ajvValidate(d) ? { ok: true } : { ok: false, errors: ajvValidate.errors }),
  zod: (d) => { const r = zodForm.safeParse(d); return r.success ? { ok: true } : { ok: false, errors: r.error.issues }; },
};

for (const [name, fn] of Object.entries(libs)) {
  if (!fn(valid).ok) throw new Error(`${name} rejects the valid sample: ${JSON.stringify(fn(valid).errors)}`);
  if (fn(invalid).ok) throw new Error(`${name} accepts the invalid sample`);
}

const N = 50_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function rate(fn, data) {
  let sink = 0;
  for (let i = 0; i < 5_000; i++) sink += fn(data).ok ? 1 : 0;
  const rates = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < N; i++) sink += fn(data).ok ? 1 : 0;
    rates.push(N / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  return { opsPerSec: Math.round(median(rates)), sink };
}

const rows = {};
for (const [name, fn] of Object.entries(libs)) {
  rows[name] = { valid: rate(fn, valid).opsPerSec, invalid: rate(fn, invalid).opsPerSec, invalidErrors: fn(invalid).errors.length };
}
// Where one call's time goes (µs per call, same run): the engine's JSON.stringify alone;
// + the string into wasm and the whole check (no report written); the facade's whole
// call (+ writing the report as JSON, reading it back, JSON.parse); and the wasm-bindgen
// export called with objects (JSON.stringify and options read from inside wasm).
const raw = createRequire(import.meta.url)(`${out}/jincheng.js`);
const PACKED = 20260302 * 2;
const steps = {
  'JSON.stringify(submission) alone': (d) => ({ ok: JSON.stringify(d).length > 0 }),
  '+ string into wasm and the check, no report written': (d) => ({ ok: raw.__validateNoOutput(TYPE, JSON.stringify(d), PACKED) >= 0 }),
  'whole call through the facade (what validate() does)': (d) => ({ ok: ours.validate(TYPE, d, OPTIONS) !== null }),
  'whole call, wasm export taking objects (no facade)': (d) => ({ ok: raw.validate(TYPE, d, OPTIONS) !== null }),
};
const breakdown = {};
for (const [label, fn] of Object.entries(steps)) {
  breakdown[label] = { valid: +(1e6 / rate(fn, valid).opsPerSec).toFixed(2), invalid: +(1e6 / rate(fn, invalid).opsPerSec).toFixed(2) };
}

const report = {
  date: new Date().toISOString(), node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, iterations: N, rows, breakdownMicroseconds: breakdown,
  ratios: { validVsAjv: +(rows.ours.valid / rows.ajv.valid).toFixed(3), invalidVsZod: +(rows.ours.invalid / rows.zod.invalid).toFixed(2) },
  targets: { validVsAjv: 0.5, invalidVsZod: 5 },
};
report.met = { validVsAjv: report.ratios.validVsAjv >= report.targets.validVsAjv, invalidVsZod: report.ratios.invalidVsZod >= report.targets.invalidVsZod };
console.log(`\nvalidation benchmark — ${report.date.slice(0, 10)}, Node ${report.node}, research form (15 fields), ${N.toLocaleString('en-US')} calls × 5 runs`);
console.log('| library | valid ops/s | invalid ops/s | errors on the invalid sample |');
console.log('|---|---|---|---|');
for (const [name, r] of Object.entries(rows)) console.log(`| ${name === 'ours' ? 'jincheng-rules (wasm)' : name === 'ajv' ? 'Ajv 8 (compiled, allErrors)' : 'Zod 4'} | ${r.valid.toLocaleString('en-US')} | ${r.invalid.toLocaleString('en-US')} | ${r.invalidErrors} |`);
const verdict = (met) => (met ? 'met' : 'NOT met');
console.log(`ours/Ajv on valid input: ${report.ratios.validVsAjv}× (target ≥ 0.5×: ${verdict(report.met.validVsAjv)}); ours/Zod on invalid input: ${report.ratios.invalidVsZod}× (target ≥ 5×: ${verdict(report.met.invalidVsZod)})`);
console.log('\n| where the time of one call goes | valid, µs | invalid, µs |');
console.log('|---|---|---|');
for (const [label, b] of Object.entries(breakdown)) console.log(`| ${label} | ${b.valid} | ${b.invalid} |`);
mkdirSync(`${root}test-output`, { recursive: true });
writeFileSync(`${root}test-output/bench-validation.json`, JSON.stringify(report, null, 2));
if (!existsSync(`${root}pkg/package.json`)) console.log('(pkg/ not built: run npm run build for the calendar benchmark)');
