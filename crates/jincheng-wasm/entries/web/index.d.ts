// The declarations of the browser and bundler entry (pkg/web/index.d.ts): the functions
// (./api.d.ts) and init, which loads the WebAssembly module.
export * from './api.js';

/** Where init may load the module from: by default the copy embedded in the package. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/**
 * Load the WebAssembly module: call once and await it before any other function (each
 * throws an error with code `not_initialized` until it resolves). Rejects with code
 * `unsupported` without WebAssembly (see isSupported) and `init_failed` when the module
 * cannot start (e.g. a Content Security Policy without 'wasm-unsafe-eval').
 */
export default function init(input?: { module_or_path?: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<void>;
export { init };
/** init, synchronously (compiles on the calling thread). */
export function initSync(input?: { module?: BufferSource | WebAssembly.Module } | BufferSource | WebAssembly.Module): void;
