// Initialise the wasm module once for every script of the page. The page loads the .wasm
// file itself (served brotli-compressed, compiled as it downloads); see index.html's import
// map. `loading` settles either way; `ready` resolves when the module runs and, if it cannot
// (no WebAssembly, a network failure), stays pending: boot.js then shows what to do, and the
// scripts waiting on `ready` never start on a broken page.
import init from './pkg/web/index.js';

export const wasmUrl = new URL('./pkg/web/jincheng_bg.wasm', import.meta.url);
document.documentElement.dataset.checker = 'loading';
export const loading = init({ module_or_path: wasmUrl });
export const ready = loading.catch((e) => {
  document.documentElement.dataset.checkerFailed = e?.code ?? 'init_failed';
  document.dispatchEvent(new CustomEvent('jincheng-load-failed', { detail: { code: e?.code ?? 'init_failed', message: String(e?.message ?? e) } }));
  return new Promise(() => {});
});
export * from './pkg/web/index.js';
