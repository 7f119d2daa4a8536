// Memory stays flat over a million calls: nothing leaks across the JS↔wasm boundary
// (strings in, strings out, errors thrown, reports built).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseFiles } from './cases.mjs';
import { loadPackage } from './wasm-memory.mjs';

const { m, wasmMemoryBytes: wasmMemory } = loadPackage();

function heapAfter(fn) {
  fn();
  global.gc?.();
  return process.memoryUsage().rss;
}

test('a million calendar calls, and a hundred thousand validations, in flat memory', () => {
  // Warm up so that the calendar and the allocator have their working set (the calendar
  // builds each year the first time one of its days is asked about: 2021 … 2027 here).
  for (let i = 0; i < 20_000; i++) m.addWorkdays('2026-09-28', i % 300);
  m.workdaysBetween('2021-01-01', '2026-12-31');
  const base = caseFiles.find((f) => f.type === 'enforcement-supervision-review');
  for (let i = 0; i < 2_000; i++) m.validate(base.type, base.base, { asOf: '2026-10-09' });
  const start = process.memoryUsage().rss;
  const startWasm = wasmMemory();
  let sink = 0;
  for (let i = 0; i < 1_000_000; i++) {
    sink += m.addWorkdays('2026-09-28', i % 300).length;
    if (i % 10 === 0) sink += m.workdaysBetween('2021-01-01', '2026-12-31');
    if (i % 1000 === 0) {
      try { m.isWorkday('2021-02-30'); } catch (e) { sink += e.code.length; }
    }
  }
  for (let i = 0; i < 100_000; i++) sink += m.validate(base.type, base.base, { asOf: '2026-10-09' }).issues.length;
  const grown = process.memoryUsage().rss - start;
  assert.ok(sink > 0);
  // A leak of even 16 bytes per call would show as 16+ MB here.
  assert.ok(grown < 12 * 1024 * 1024, `RSS grew by ${(grown / 1048576).toFixed(1)} MiB`);
  assert.equal(wasmMemory(), startWasm, 'wasm linear memory did not grow');
});
