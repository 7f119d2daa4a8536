// validateMany's batch fast path, in the Node build only (pkg/node/index.cjs): the web build
// has no batch export (Cargo feature "batch"). Part of the facade (facade.js).
import { __validateManyBytes, __validateManyNumbers, __validateManyText, validateMany as wasmValidateMany } from './jincheng.js';
import { MANY_KEYS, packedOptions } from './facade.js';

// The citations the batch has sent, by number (each citation's text crosses once): the
// wasm side keeps the same table (batch.rs) and sends a number; this side makes it an object.
const CITED = [];
function cite(x) {
  if (typeof x.citation === 'number') x.citation = { ...CITED[x.citation] };
}

// validateMany on JSON Lines text (a string or its UTF-8 bytes): as validate, one
// crossing each way for the whole batch: the reports come back as numbers (one
// Float64Array) and one JSON text of the batch's distinct strings and new citations,
// which this side turns into the same objects as validate's, or with output 'jsonl' straight
// into their JSON text (each distinct string, citation and deadline list encoded once per
// batch; a test compares the text with JSON.stringify of the objects). Arrays, and options
// beyond locale, asOf, firstLine and output, go to the full export, which also rejects a bad
// output value.
const SEVERITY = ['error', 'warning', 'info'];
const SEVERITY_JSON = SEVERITY.map((x) => '","severity":"' + x + '","message":');
// The batch's severity number carries the issue's notice too: severity + 4 × (1 late, 2 ineligible, 3 condition).
const NOTICE = [undefined, 'late', 'ineligible', 'condition'];
export function validateMany(typeId, input, options) {
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
    const r = typeof input === 'string' ? __validateManyText(typeId, input, o, first)
      : bytes ? __validateManyBytes(typeId, input, o, first) : undefined;
    if (r !== undefined) {
      const { strings: S, citations } = JSON.parse(r);
      const x = __validateManyNumbers();
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
  return wasmValidateMany(typeId, input, options);
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
    out += '],"deadlines":' + deadlines + '}\n';
  }
  return out;
}
