// The package's Node build (pkg/) with the size of its wasm module's linear memory, for
// tests/memory.test.mjs and tests/validate-many.test.mjs. The package exports no such
// diagnostic: the test catches the WebAssembly.Instance the Node glue creates as it loads.
import { createRequire } from 'node:module';

export function loadPackage() {
  const require = createRequire(import.meta.url);
  const { Instance } = WebAssembly;
  let instance;
  WebAssembly.Instance = function Caught(...args) {
    return (instance = new Instance(...args));
  };
  let m;
  try {
    m = require('../pkg');
  } finally {
    WebAssembly.Instance = Instance;
  }
  if (!instance?.exports.memory) throw new Error('wasm-memory.mjs: load it before anything else loads pkg/');
  return { m, wasmMemoryBytes: () => instance.exports.memory.buffer.byteLength };
}
