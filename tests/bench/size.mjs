#!/usr/bin/env node
// Part of `npm run bench`: what the web build's wasm (pkg/web/jincheng_bg.wasm, the one the
// 150,000-byte gzip budget holds) is made of, by a small reader of the wasm binary format
// (no tool to install):
//   - its sections (code, data, the rest), raw and gzip;
//   - the code by crate and module: the function sizes of a build of the same crate that
//     keeps its name section (cargo, opt-level z, no wasm-opt, target/size-names), each
//     function's share of that code applied to the shipped code section;
//   - the data by kind: the bytes of text runs — Chinese text (zh messages, labels, the
//     citations' quoted clauses, festival names) and ASCII text (en messages, codes,
//     field names, error texts) — and the rest (tables: field declarations, enum lists,
//     rule tables, the lunisolar table, the built-in calendar days; pointers and lengths).
// gzip of a part is the part compressed alone (parts compress together a little better).
// Writes test-output/bench-size.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../..', import.meta.url).pathname;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

function leb(b, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = b[at.i++];
    value += (byte & 127) * 2 ** shift;
    shift += 7;
  } while (byte & 128);
  return value;
}
const SECTION = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count'];

/** The sections of a wasm binary: `{id, name, start, end}` (start after the size). */
function sections(b) {
  const out = [];
  const at = { i: 8 };
  while (at.i < b.length) {
    const id = b[at.i++];
    const size = leb(b, at);
    const start = at.i;
    let name = SECTION[id];
    if (id === 0) {
      const p = { i: start };
      const n = leb(b, p);
      name = `custom "${b.subarray(p.i, p.i + n).toString()}"`;
    }
    out.push({ id, name, start, end: start + size });
    at.i = start + size;
  }
  return out;
}

/** The bodies' sizes of the code section, in function order (after the imports). */
function bodySizes(b, code) {
  const at = { i: code.start };
  const n = leb(b, at);
  const sizes = [];
  for (let k = 0; k < n; k++) {
    const size = leb(b, at);
    sizes.push(size);
    at.i += size;
  }
  return sizes;
}

function importedFunctions(b, imports) {
  if (!imports) return 0;
  const at = { i: imports.start };
  let functions = 0;
  for (let k = leb(b, at); k > 0; k--) {
    for (let s = 0; s < 2; s++) at.i += leb(b, at); // module, name
    const kind = b[at.i++];
    if (kind === 0) { leb(b, at); functions++; }
    else if (kind === 1) { at.i++; const f = b[at.i++]; leb(b, at); if (f & 1) leb(b, at); }
    else if (kind === 2) { const f = b[at.i++]; leb(b, at); if (f & 1) leb(b, at); }
    else if (kind === 3) { at.i += 2; }
  }
  return functions;
}

/** Function names by index, from the name section. */
function functionNames(b, name) {
  const names = new Map();
  const at = { i: name.start };
  at.i += leb(b, at); // "name"
  while (at.i < name.end) {
    const id = b[at.i++];
    const size = leb(b, at);
    const end = at.i + size;
    if (id === 1) {
      for (let k = leb(b, at); k > 0; k--) {
        const index = leb(b, at);
        const n = leb(b, at);
        names.set(index, b.subarray(at.i, at.i + n).toString());
        at.i += n;
      }
    }
    at.i = end;
  }
  return names;
}

/** The data segments' bytes, concatenated. */
function dataBytes(b, data) {
  const at = { i: data.start };
  const parts = [];
  for (let k = leb(b, at); k > 0; k--) {
    const flags = leb(b, at);
    if (flags === 2) leb(b, at);
    if (flags !== 1) { while (b[at.i++] !== 0x0b); } // the offset expression, up to `end`
    const n = leb(b, at);
    parts.push(b.subarray(at.i, at.i + n));
    at.i += n;
  }
  return Buffer.concat(parts);
}

/** The part a function belongs to, by the first crate path its (mangled) name mentions:
 * legacy `_ZN…E` names are read with `..` as `::`; v0 `_R…` names by their identifiers.
 * LTO inlines the core into the exports that call it: an export's body counts for the
 * binding, so the binding's share includes inlined core code. */
function owner(name) {
  // The length-prefixed identifiers of the name (both manglings), joined with `::`.
  const tokens = [];
  for (let i = 0; i < name.length;) {
    const m = /^\d+/.exec(name.slice(i));
    if (!m) { i++; continue; }
    let at = i + m[0].length;
    if (name[at] === '_') at++;
    tokens.push(name.slice(at, at + Number(m[0])));
    i = at + Number(m[0]);
  }
  const text = (tokens.length ? tokens.join('::') : name).replace(/\.\./g, '::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&');
  const core = text.match(/jincheng_rules::+(\w+)/);
  if (core) {
    const groups = {
      calendar: 'calendar (working days, notices, statutory days)',
      application: 'validation framework (validate, reports, many)', registry: 'validation framework (validate, reports, many)',
      model: 'fields, messages and reports (model)', json: 'JSON reading and writing (json, read)', read: 'JSON reading and writing (json, read)',
      identity: 'identity checks (resident ID, credit code, mobile)',
      scitech: 'the 17 types\' rules and deadlines', enforcement: 'the 17 types\' rules and deadlines', investment: 'the 17 types\' rules and deadlines', cybersecurity: 'the 17 types\' rules and deadlines', startup: 'the 17 types\' rules and deadlines',
      date: 'dates, periods, hours, numbers', periods: 'dates, periods, hours, numbers', hours: 'dates, periods, hours, numbers', decimal: 'dates, periods, hours, numbers',
    };
    return groups[core[1]] ?? 'jincheng_rules (lib.rs, error)';
  }
  if (/jincheng_wasm|wasm_bindgen|js_sys|^__wbg|^__wbindgen/.test(text)) return 'wasm binding (jincheng-wasm, wasm-bindgen, js-sys; with the core code inlined into the exports)';
  if (/chrono/.test(text)) return 'chrono (dates)';
  if (/serde/.test(text)) return 'serde / serde_json';
  return 'Rust core, alloc, std (generic code: Vec, String, iterators, fmt, mem*)';
}

// The shipped web wasm.
const shipped = readFileSync(`${root}pkg/web/jincheng_bg.wasm`);
const secs = sections(shipped);
const bySection = secs.map((s) => ({ section: s.name, bytes: s.end - s.start, gzip: gz(shipped.subarray(s.start, s.end)) }));
const code = secs.find((s) => s.name === 'code');
const data = secs.find((s) => s.name === 'data');

// The same crate with its names, for the code's owners.
const namesDir = `${root}target/size-names`;
execFileSync('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'jincheng-wasm', '--quiet'], {
  cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CARGO_TARGET_DIR: namesDir, CARGO_PROFILE_RELEASE_STRIP: 'false' },
});
const named = readFileSync(`${namesDir}/wasm32-unknown-unknown/release/jincheng_wasm.wasm`);
const nsecs = sections(named);
const names = functionNames(named, nsecs.find((s) => s.name === 'custom "name"'));
const imported = importedFunctions(named, nsecs.find((s) => s.name === 'import'));
const sizes = bodySizes(named, nsecs.find((s) => s.name === 'code'));
const totalNamed = sizes.reduce((a, b) => a + b, 0);
const codeBy = new Map();
sizes.forEach((size, k) => {
  const o = owner(names.get(imported + k) ?? '?');
  codeBy.set(o, (codeBy.get(o) ?? 0) + size);
});
const codeBytes = code.end - code.start;
const codeGzip = gz(shipped.subarray(code.start, code.end));
const codeParts = [...codeBy].sort((a, b) => b[1] - a[1]).map(([part, n]) => ({ part, share: +(n / totalNamed).toFixed(3), bytes: Math.round(codeBytes * n / totalNamed), gzip: Math.round(codeGzip * n / totalNamed) }));

// The data by kind.
const bytes = dataBytes(shipped, data);
const parts = { zh: [], ascii: [], rest: [] };
// Text runs: printable ASCII and whole UTF-8 characters; a run with a CJK character is
// Chinese text, one of at least 8 ASCII bytes ASCII text, anything else the rest.
for (let i = 0; i < bytes.length;) {
  let j = i, cjk = false;
  while (j < bytes.length) {
    const c = bytes[j];
    if (c >= 0x20 && c < 0x7f) { j++; continue; }
    const n = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
    if (n === 0 || j + n > bytes.length) break;
    let ok = true;
    for (let k = 1; k < n; k++) ok &&= (bytes[j + k] & 0xc0) === 0x80;
    if (!ok) break;
    if (n === 3) cjk = true;
    j += n;
  }
  if (j === i) { parts.rest.push(bytes.subarray(i, i + 1)); i++; continue; }
  const run = bytes.subarray(i, j);
  (cjk ? parts.zh : j - i >= 8 ? parts.ascii : parts.rest).push(run);
  i = j;
}
const label = {
  zh: 'Chinese text (zh messages and labels, quoted clauses, festival names)',
  ascii: 'ASCII text (en messages, codes, field names, error texts)',
  rest: 'tables and other bytes (field declarations, enum lists, rule tables, lunisolar table, built-in calendar days, pointers)',
};
const dataParts = Object.entries(parts).map(([k, list]) => {
  const all = Buffer.concat(list);
  return { part: label[k], bytes: all.length, gzip: gz(all) };
});

const webGzip = ['wasm.js', 'jincheng.js', 'index.js'].reduce((n, f) => n + gz(readFileSync(`${root}pkg/web/${f}`)), 0);
const report = { date: new Date().toISOString(), wasmBytes: shipped.length, wasmGzip: gz(shipped), webEntryGzip: webGzip, budget: 150_000, goal: 100_000, sections: bySection, code: codeParts, data: dataParts };
report.met = webGzip <= report.budget;
console.log(`\nsize — the web build (pkg/web): entry ${webGzip.toLocaleString('en-US')} bytes gzip (budget ≤ 150,000: ${report.met ? 'met' : 'NOT met'}; goal 100,000); wasm ${shipped.length.toLocaleString('en-US')} bytes, ${report.wasmGzip.toLocaleString('en-US')} gzip`);
console.log('| part of the wasm | bytes | gzip alone |');
console.log('|---|---|---|');
for (const s of bySection.filter((s) => s.bytes > 500)) console.log(`| section: ${s.section} | ${s.bytes.toLocaleString('en-US')} | ${s.gzip.toLocaleString('en-US')} |`);
for (const c of codeParts.filter((c) => c.share >= 0.005)) console.log(`| code: ${c.part} (${(c.share * 100).toFixed(1)} %) | ~${c.bytes.toLocaleString('en-US')} | ~${c.gzip.toLocaleString('en-US')} |`);
for (const d of dataParts) console.log(`| data: ${d.part} | ${d.bytes.toLocaleString('en-US')} | ${d.gzip.toLocaleString('en-US')} |`);
mkdirSync(`${root}test-output`, { recursive: true });
writeFileSync(`${root}test-output/bench-size.json`, JSON.stringify(report, null, 2));
if (!existsSync(`${root}pkg/web/jincheng_bg.wasm`)) process.exitCode = 1;
