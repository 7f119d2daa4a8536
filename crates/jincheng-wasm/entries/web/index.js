// The browser and bundler entry (pkg/web/index.js): `await init()` once, then every function
// is synchronous. Each function checks that init has resolved and otherwise throws
// `not_initialized`. build-package.mjs bundles it with the facade and minifies it;
// `./jincheng.js` (wasm-bindgen's module) and `./wasm.js` (the embedded wasm) stay beside it.
// Every function the wasm exports is here but the facade's `__…` fast paths and
// wasm-bindgen's own init (tests/types.test.mjs checks both lists against the module).
import * as m from './jincheng.js';
import { wasmBytes, wasmBytesSync } from './wasm.js';
import * as F from '../../facade.js';
import { coded, isSupported, UNSUPPORTED } from '../../support.js';

let ready = false;
let loading;
function notInitialized() {
  throw coded('not_initialized', 'jincheng-rules is not initialised yet: call `await init()` once (import init from \'jincheng-rules\') before any other function.');
}
// The argument wasm-bindgen expects: an object, or (older style) the source itself.
const plain = (x) => x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype;
async function load(input) {
  if (!isSupported()) throw coded('unsupported', UNSUPPORTED);
  const source = plain(input) ? input.module_or_path : input;
  try {
    await m.default({ module_or_path: source === undefined || source === null ? await wasmBytes() : source });
  } catch (e) {
    const text = String(e && e.message);
    const csp = /Content Security Policy|unsafe-eval/i.test(text) ? " The page's Content Security Policy blocks WebAssembly: add 'wasm-unsafe-eval' to script-src." : '';
    throw coded('init_failed', `jincheng-rules could not start its WebAssembly module: ${text}.${csp}`, e);
  }
  ready = true;
}
/**
 * Load the WebAssembly module; call once and await it before any other function. Without an
 * argument the embedded module is used; `{ module_or_path }` (a URL, Response, bytes or
 * WebAssembly.Module) loads it from elsewhere. Rejects with `unsupported` or `init_failed`.
 */
export default function init(input) {
  if (ready) return Promise.resolve();
  if (!loading) loading = load(input).catch((e) => { loading = undefined; throw e; });
  return loading;
}
export { init, isSupported };
/** init, synchronously (compiles on the calling thread: prefer `await init()` in a page). */
export function initSync(input) {
  if (ready) return;
  if (!isSupported()) throw coded('unsupported', UNSUPPORTED);
  const source = plain(input) ? input.module : input;
  m.initSync({ module: source === undefined || source === null ? wasmBytesSync() : source });
  ready = true;
}

// The functions: the facade's (F) where it has a fast path, else the wasm's own.
export function addMonths(date, n) { if (!ready) notInitialized(); return m.addMonths(date, n); }
export function addWorkdays(date, n) { if (!ready) notInitialized(); return F.addWorkdays(date, n); }
export function applicationTypes(locale) { if (!ready) notInitialized(); return m.applicationTypes(locale); }
export function calendarCoverage() { if (!ready) notInitialized(); return m.calendarCoverage(); }
export function checkCreditCode(value, options) { if (!ready) notInitialized(); return m.checkCreditCode(value, options); }
export function checkMobile(value, options) { if (!ready) notInitialized(); return m.checkMobile(value, options); }
export function checkResidentId(value, options) { if (!ready) notInitialized(); return m.checkResidentId(value, options); }
export function dayInfo(date) { if (!ready) notInitialized(); return m.dayInfo(date); }
export function deadlines(typeId, submission, options) { if (!ready) notInitialized(); return m.deadlines(typeId, submission, options); }
export function explainAddWorkdays(date, n) { if (!ready) notInitialized(); return m.explainAddWorkdays(date, n); }
export function formState(typeId, submission, options) { if (!ready) notInitialized(); return m.formState(typeId, submission, options); }
export function isValid(typeId, submission, options) { if (!ready) notInitialized(); return m.isValid(typeId, submission, options); }
export function isWorkday(date) { if (!ready) notInitialized(); return F.isWorkday(date); }
export function loadCalendarYear(data) { if (!ready) notInitialized(); return m.loadCalendarYear(data); }
export function loadDocumentStatus(data) { if (!ready) notInitialized(); return m.loadDocumentStatus(data); }
export function provisionalYears(from, to) { if (!ready) notInitialized(); return m.provisionalYears(from, to); }
export function rules(typeId, locale) { if (!ready) notInitialized(); return m.rules(typeId, locale); }
export function schema(typeId, locale) { if (!ready) notInitialized(); return m.schema(typeId, locale); }
export function validate(typeId, submission, options) { if (!ready) notInitialized(); return F.validate(typeId, submission, options); }
export function validateMany(typeId, input, options) { if (!ready) notInitialized(); return m.validateMany(typeId, input, options); }
export function workdaysBetween(from, to) { if (!ready) notInitialized(); return F.workdaysBetween(from, to); }
