// The JS facade over the wasm exports, written into pkg/ by build-package.mjs (and into
// the benchmark build by tests/bench/validation.mjs): the hottest calls check their
// arguments' shape in JS and cross the boundary as numbers or one string instead of
// objects; anything unusual goes to the full export, which throws the coded error.
// One body, two module formats (it refers to the wasm-bindgen module as `m`).
export const FACADE = `
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
function addWorkdays(date, n) {
  const p = pack(date);
  if (p !== 0 && typeof n === 'number') {
    const r = m.__addWorkdaysPacked(p, n);
    if (r !== 0) return unpack(r);
  }
  return m.addWorkdays(date, n);
}
function workdaysBetween(from, to) {
  const a = pack(from), b = pack(to);
  if (a !== 0 && b !== 0) {
    const r = m.__workdaysBetweenPacked(a, b);
    if (r === r) return r;
  }
  return m.workdaysBetween(from, to);
}
// validate: the engine's JSON.stringify here, the options as one number, the report
// back as JSON text, each citation as a number into a table that the wasm side fills
// (each citation's text crosses once) and this side turns back into a fresh object.
// Anything the fast path does not cover (options with fields, serviceHours or labels, a
// throwing getter, text that cannot be written, an unknown type, an impossible asOf)
// goes to the full export, which reports or throws exactly as before.
const MAX_TEXT = 4 * 1024 * 1024;
// An unknown key (a typo such as asof) goes to the full export, which throws invalid_options.
const PACKED_KEYS = new Set(['locale', 'asOf', 'fields', 'serviceHours', 'labels']);
const MANY_KEYS = new Set([...PACKED_KEYS, 'firstLine', 'output']);
function packedOptions(o, keys = PACKED_KEYS) {
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
const CITED = [];
function cite(x) {
  if (typeof x.citation === 'number') x.citation = { ...CITED[x.citation] };
}
function validate(typeId, submission, options) {
  const o = packedOptions(options);
  if (o >= 0 && typeof typeId === 'string') {
    let text;
    try {
      text = submission === undefined ? 'null' : JSON.stringify(submission);
    } catch {
      text = undefined;
    }
    if (typeof text === 'string' && text.length <= MAX_TEXT) {
      const r = m.__validateText(typeId, text, o);
      if (r !== undefined) {
        const { report, citations } = JSON.parse(r);
        for (const [i, c] of citations) CITED[i] = c;
        report.issues.forEach(cite);
        report.deadlines.forEach(cite);
        return report;
      }
    }
  }
  return m.validate(typeId, submission, options);
}
function isWorkday(date) {
  const p = pack(date);
  if (p !== 0) {
    const r = m.__isWorkdayPacked(p);
    if (r !== 2) return r === 1;
  }
  return m.isWorkday(date);
}
`;

/** The functions the facade replaces. */
export const FACADE_NAMES = ['addWorkdays', 'workdaysBetween', 'isWorkday', 'validate'];

/** The Node build's part of the facade, after FACADE in the same scope (it uses its helpers). */
export const FACADE_NODE = `
// validateMany on JSON Lines text (a string or its UTF-8 bytes): as validate, one
// crossing each way for the whole batch: the reports come back as numbers (one
// Float64Array) and one JSON text of the batch's distinct strings and new citations,
// which this side turns into the same objects as validate's, or with output 'jsonl' straight
// into their JSON text (each distinct string, citation and deadline list encoded once per
// batch; a test compares the text with JSON.stringify of the objects). Arrays, options beyond
// locale, asOf, firstLine and output, and the web build (no batch fast path: Cargo feature
// "batch") go to the full export, which also rejects a bad output value.
const SEVERITY = ['error', 'warning', 'info'];
const SEVERITY_JSON = SEVERITY.map((x) => '","severity":"' + x + '","message":');
// The batch's severity number carries the issue's notice too: severity + 4 × (1 late, 2 ineligible, 3 condition).
const NOTICE = [undefined, 'late', 'ineligible', 'condition'];
function validateMany(typeId, input, options) {
  let o = packedOptions(options, MANY_KEYS), first = 1, jsonl = false;
  if (o >= 0 && options != null) {
    try {
      const f = options.firstLine;
      const out = options.output;
      if (out === 'jsonl') jsonl = true;
      else if (out != null && out !== 'array') o = -1;
      if (f != null) first = Number.isInteger(f) && f >= 1 && f < 2 ** 31 ? f : (o = -1);
    } catch {
      o = -1;
    }
  }
  if (o >= 0 && typeof typeId === 'string') {
    // Plain bytes only: a Proxy's traps may throw, a subclass's length getter may lie, a
    // detached Uint8Array reads as empty (and cannot be copied): these go to the full
    // export, which reads them safely or throws the coded error.
    let bytes = false;
    try {
      const proto = typeof input === 'object' && input !== null ? Object.getPrototypeOf(input) : null;
      bytes = (proto === Uint8Array.prototype || proto === Buffer.prototype) && input.length > 0;
    } catch {
      bytes = false;
    }
    const r = typeof input === 'string' ? m.__validateManyText(typeId, input, o, first)
      : bytes ? m.__validateManyBytes(typeId, input, o, first) : undefined;
    if (r !== undefined) {
      const { strings: S, citations } = JSON.parse(r);
      const x = m.__validateManyNumbers();
      for (const [i, c] of citations) CITED[i] = c;
      if (jsonl) return manyJsonl(S, x);
      const reports = [], R = [];
      for (let k = 0; k < x.length;) {
        const line = x[k], valid = x[k + 1] === 1, n = x[k + 2], issues = [];
        k += 3;
        for (let j = 0; j < n; j++, k += 7) {
          const c = x[k + 4], issue = { path: S[x[k]], code: S[x[k + 1]], severity: SEVERITY[x[k + 2] & 3], message: S[x[k + 3]], citation: c < 0 ? null : { ...CITED[c] } };
          if (x[k + 5] >= 0) issue.suggestion = S[x[k + 5]];
          issue.reads = (R[x[k + 6]] ??= JSON.parse(S[x[k + 6]])).slice();
          if (x[k + 2] >= 4) issue.notice = NOTICE[x[k + 2] >> 2];
          issues.push(issue);
        }
        const d = x[k++], deadlines = d < 0 ? [] : JSON.parse(S[d]);
        deadlines.forEach(cite);
        reports.push({ line, valid, issues, deadlines });
      }
      return reports;
    }
  }
  return m.validateMany(typeId, input, options);
}
// The reports of a batch as JSON Lines, written as JSON.stringify would write the objects.
function manyJsonl(S, x) {
  const J = new Array(S.length), C = new Map(), D = new Map();
  const str = (i) => J[i] ?? (J[i] = JSON.stringify(S[i]));
  let out = '';
  for (let k = 0; k < x.length;) {
    const n = x[k + 2];
    out += '{"line":' + x[k] + (x[k + 1] === 1 ? ',"valid":true,"issues":[' : ',"valid":false,"issues":[');
    k += 3;
    for (let j = 0; j < n; j++, k += 7) {
      const c = x[k + 4];
      let cited = 'null';
      if (c >= 0) {
        cited = C.get(c);
        if (cited === undefined) C.set(c, (cited = JSON.stringify(CITED[c])));
      }
      out += (j ? ',{"path":' : '{"path":') + str(x[k]) + ',"code":' + str(x[k + 1]).slice(0, -1) + SEVERITY_JSON[x[k + 2] & 3] + str(x[k + 3]) + ',"citation":' + cited + (x[k + 5] >= 0 ? ',"suggestion":' + str(x[k + 5]) : '') + ',"reads":' + S[x[k + 6]] + (x[k + 2] >= 4 ? ',"notice":"' + NOTICE[x[k + 2] >> 2] + '"}' : '}');
    }
    const d = x[k++];
    let deadlines = '[]';
    if (d >= 0) {
      deadlines = D.get(d);
      if (deadlines === undefined) {
        const list = JSON.parse(S[d]);
        list.forEach(cite);
        D.set(d, (deadlines = JSON.stringify(list)));
      }
    }
    out += '],"deadlines":' + deadlines + '}\\n';
  }
  return out;
}
`;

/** The functions FACADE_NODE replaces. */
export const FACADE_NODE_NAMES = ['validateMany'];
