// The CLI's batch step (cli.mjs): a chunk of whole JSON Lines of one type → one validateMany
// call with `output: 'jsonl'` → the CLI's result lines, as UTF-8 bytes. Run in the CLI's own
// thread (--jobs 1) or in each of its worker threads (--jobs N), which load this module with
// `workerData.cli` set (cli-start.mjs) and answer the batches they are posted, after the
// setup.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { validateMany } from './node/index.mjs';

export const pad = (s, n) => { s = String(s); return s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length); };

// Control characters (C0 but tab, DEL, C1) and direction overrides/isolates, which a
// terminal would act on (an escape sequence clears the screen, sets the window title) or
// which turn text around: shown as \u001b, never written as they are.
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text as a terminal may show it: every control character written as `\uXXXX`. */
export function shown(text) {
  return String(text).replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A result's row in the table format (what comes from the data escaped: see `shown`). */
export function tableRow(result) {
  const where = result.line === null ? result.source : `${result.source}:${result.line}`;
  const first = result.issues.find((i) => i.severity === 'error');
  return `${pad(shown(where), 32)} ${pad(shown(result.type ?? '-'), 34)} ${pad(result.valid ? 'yes' : 'no', 5)} ${pad(result.errors, 3)} ${pad(result.warnings, 4)} ${first ? shown(`${first.path || '/'} ${first.message}`) : ''}\n`;
}

const SEVERITY = '"severity":"';

/**
 * Validate one batch: `bytes` whole JSON Lines, the first being line `firstLine` of `source`.
 * Each report line of the library, `{"line":…,"valid":…,"issues":[…],"deadlines":[…]}`,
 * becomes the CLI's `{"source":…,"line":…,"type":…,"valid":…,"errors":…,"warnings":…,
 * "issues":[…],"deadlines":[…]}` by splicing text, without parsing it: the counts are the
 * `"severity":"error"` / `"severity":"warning"` members (only an issue has the member; inside
 * a JSON string a quote is escaped, so the sequence occurs only as a member). The table
 * format parses each line it prints.
 */
export function validateBatch({ type, options, format, quiet }, source, bytes, firstLine) {
  let text;
  try {
    text = validateMany(type, bytes, { ...options, firstLine, output: 'jsonl' });
  } catch {
    // The batch failed as a whole: each line on its own, so that a line the library cannot
    // answer costs only its own result, never the other lines'.
    text = byLine(type, options, bytes, firstLine);
  }
  const head = `{"source":${JSON.stringify(source)},"line":`;
  const typed = `,"type":${JSON.stringify(type)},"valid":`;
  let out = '';
  let total = 0;
  let failed = 0;
  for (let at = 0; at < text.length;) {
    const end = text.indexOf('\n', at);
    const v = text.indexOf(',"valid":', at);
    const valid = text.charCodeAt(v + 9) === 116; // t(rue)
    const issues = text.indexOf(',"issues":', v);
    total++;
    if (!valid) failed++;
    if (!quiet || !valid) {
      // Searched in the line alone (a slice, not a copy): a search in the whole text would
      // run on through the lines after a line without issues.
      const line = text.slice(issues, end);
      let errors = 0;
      let warnings = 0;
      for (let s = line.indexOf(SEVERITY); s !== -1; s = line.indexOf(SEVERITY, s + 12)) {
        const c = line.charCodeAt(s + 12);
        if (c === 101) errors++; // e(rror)
        else if (c === 119) warnings++; // w(arning)
      }
      if (format === 'jsonl') {
        out += `${head}${text.slice(at + 8, v)}${typed}${valid},"errors":${errors},"warnings":${warnings}${line}\n`;
      } else {
        const r = JSON.parse(text.slice(at, end));
        out += tableRow({ source, line: r.line, type, valid, errors, warnings, issues: r.issues });
      }
    }
    at = end + 1;
  }
  return { out: Buffer.from(out), total, failed };
}

/**
 * The JSON Lines reports of a batch, validated line by line; a line whose validation throws
 * gets a report of its own with one issue, `submission.unprocessed`, naming the error.
 */
function byLine(type, options, bytes, firstLine) {
  let out = '';
  let line = firstLine;
  for (let start = 0; start < bytes.length; line++) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    const one = bytes.subarray(start, end);
    start = end + 1;
    try {
      out += validateMany(type, one, { ...options, firstLine: line, output: 'jsonl' });
    } catch (e) {
      const message = `line ${line} could not be validated: ${String(e?.message ?? e).split('\n')[0].slice(0, 200)}`;
      out += `${JSON.stringify({ line, valid: false, issues: [{ path: '', code: 'submission.unprocessed', severity: 'error', message, citation: null, reads: [''] }], deadlines: [] })}\n`;
    }
  }
  return out;
}

if (!isMainThread && workerData?.cli) {
  let setup = null; // the first message
  parentPort.on('message', ({ setup: given, seq, source, bytes, firstLine }) => {
    if (given) {
      setup = given;
      parentPort.postMessage({ ready: true });
      return;
    }
    const { out, total, failed } = validateBatch(setup, source, bytes, firstLine);
    // The result's bytes move to the main thread, not copied (a fresh buffer, not pooled).
    // (Buffers cycled back to the worker once written were tried: peak RSS 81 → 100 MiB with
    // --quiet, 168 → 165 MiB with full output over 1,000,000 lines; not kept.)
    const owned = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength;
    const copy = owned ? out : new Uint8Array(out);
    parentPort.postMessage({ seq, out: copy, total, failed }, [copy.buffer]);
  });
}
