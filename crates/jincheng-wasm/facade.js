// The JS facade over the wasm exports, bundled into pkg/ by build-package.mjs (pkg/web/index.js,
// pkg/node/index.cjs; and into the benchmark build by tests/bench/pkg-bench.mjs): the
// hottest calls check their arguments' shape in JS and cross the boundary as numbers or one
// string instead of objects; anything unusual goes to the full export, which throws the
// coded error. The Node build adds validateMany's batch fast path (facade-node.js).
// `./jincheng.js` is wasm-bindgen's module, which the build puts beside each entry in pkg/;
// its exports are imported by name (the Node bundle then needs no interop code).
import {
  __addWorkdaysPacked, __isWorkdayPacked, __validateText, __workdaysBetweenPacked,
  addWorkdays as wasmAddWorkdays, isWorkday as wasmIsWorkday, validate as wasmValidate, workdaysBetween as wasmWorkdaysBetween,
} from './jincheng.js';

function pack(s) {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return 0;
  let v = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return 0;
    v = v * 10 + c;
  }
  return v;
}
function unpack(p) {
  const y = (p / 10000) | 0, m = ((p / 100) | 0) % 100, d = p % 100;
  return y + (m < 10 ? '-0' : '-') + m + (d < 10 ? '-0' : '-') + d;
}
export function addWorkdays(date, n) {
  const p = pack(date);
  if (p !== 0 && typeof n === 'number') {
    const r = __addWorkdaysPacked(p, n);
    if (r !== 0) return unpack(r);
  }
  return wasmAddWorkdays(date, n);
}
export function workdaysBetween(from, to) {
  const a = pack(from), b = pack(to);
  if (a !== 0 && b !== 0) {
    const r = __workdaysBetweenPacked(a, b);
    if (r === r) return r;
  }
  return wasmWorkdaysBetween(from, to);
}
// validate: the engine's JSON.stringify here, the options as one number, the report
// back as JSON text for one JSON.parse.
// Anything the fast path does not cover (options with fields, serviceHours or labels, a
// throwing getter, text that cannot be written, an unknown type, an impossible asOf)
// goes to the full export, which reports or throws exactly as before.
const MAX_TEXT = 4 * 1024 * 1024;
// An unknown key (a typo such as asof) goes to the full export, which throws invalid_options.
const PACKED_KEYS = new Set(['locale', 'asOf', 'fields', 'serviceHours', 'labels']);
export const MANY_KEYS = new Set([...PACKED_KEYS, 'firstLine', 'output']);
export function packedOptions(o, keys = PACKED_KEYS) {
  if (o === undefined || o === null) return 0;
  if (typeof o !== 'object') return -1;
  try {
    // Inside the try: Array.isArray throws for a revoked Proxy.
    if (Array.isArray(o)) return -1;
    for (const k of Object.keys(o)) if (!keys.has(k)) return -1;
    if (o.fields != null || o.serviceHours != null || o.labels != null) return -1;
    const l = o.locale, a = o.asOf;
    const en = l === 'en' ? 1 : l == null || l === 'zh-CN' ? 0 : -1;
    const p = a == null ? 0 : pack(a);
    return en < 0 || (a != null && p === 0) ? -1 : p * 2 + en;
  } catch {
    return -1;
  }
}
export function validate(typeId, submission, options) {
  const o = packedOptions(options);
  if (o >= 0 && typeof typeId === 'string') {
    let text;
    try {
      text = submission === undefined ? 'null' : JSON.stringify(submission);
    } catch {
      text = undefined;
    }
    if (typeof text === 'string' && text.length <= MAX_TEXT) {
      const r = __validateText(typeId, text, o);
      if (r !== undefined) {
        return JSON.parse(r);
      }
    }
  }
  return wasmValidate(typeId, submission, options);
}
export function isWorkday(date) {
  const p = pack(date);
  if (p !== 0) {
    const r = __isWorkdayPacked(p);
    if (r !== 2) return r === 1;
  }
  return wasmIsWorkday(date);
}
