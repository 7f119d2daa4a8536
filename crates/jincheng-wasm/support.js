// What isSupported() checks, for both entries (entries/web, entries/node): WebAssembly, and
// each feature the wasm is built with (Cargo.toml's wasm-opt flags, and sign extension, which
// rustc emits by default), as a smallest module using it for WebAssembly.validate. Nothing is
// compiled, so a CSP without 'wasm-unsafe-eval' does not change the answer (init then fails
// with `init_failed`).
const FEATURES = [
  // ref.null extern; drop
  [10, 7, 1, 5, 0, 208, 111, 26, 11],
  // (memory 1) i32.const 0 ×3; memory.copy
  [5, 3, 1, 0, 1, 10, 14, 1, 12, 0, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0, 11],
  // f32.const 0; i32.trunc_sat_f32_s; drop
  [10, 12, 1, 10, 0, 67, 0, 0, 0, 0, 252, 0, 26, 11],
  // i32.const 0; i32.extend8_s; drop
  [10, 8, 1, 6, 0, 65, 0, 192, 26, 11],
];
let supported;
/** True where WebAssembly and the features this module uses are available (reference types, bulk memory, non-trapping float-to-int, sign extension). */
export function isSupported() {
  if (supported === undefined) {
    try {
      const W = globalThis.WebAssembly;
      supported = typeof W === 'object' && W !== null && typeof W.validate === 'function' &&
        FEATURES.every((body) => W.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, ...body])));
    } catch {
      supported = false;
    }
  }
  return supported;
}
/** An Error with a `code` (JinchengError). */
export function coded(code, message, cause) {
  const e = new Error(message, cause === undefined ? undefined : { cause });
  e.code = code;
  return e;
}
export const UNSUPPORTED = 'jincheng-rules needs WebAssembly with reference types, bulk memory and non-trapping float-to-int conversions (Chrome/Edge 96, Firefox 79, Safari 15 or later), which this environment does not offer: check isSupported() and show the portal\'s own fallback.';
