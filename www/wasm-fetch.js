// Stands in for the package's pkg/web/wasm.js on the demo page (index.html's import map):
// the page passes the .wasm URL to init, so the 187 KB base64 copy of the module is never
// downloaded. Without a URL, init would fetch the same file.
const url = new URL('./pkg/web/jincheng_bg.wasm', import.meta.url);

export async function wasmBytes() {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function wasmBytesSync() {
  throw new Error('initSync is not available on the demo page: await init() instead');
}
