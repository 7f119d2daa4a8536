// The wasm bytes for init (pkg/web/wasm.js): jincheng_bg.wasm, deflated (RFC 1951) and
// written as base64, so that no bundler has an asset to resolve; gzip over this text is ~6 %
// smaller than gzip over the .wasm (Zopfli inside). `./wasm-data.js` is the data, which
// build-package.mjs writes for each build: `export const SIZE` (the wasm's length in bytes)
// and `export const DATA` (the deflated bytes as base64). Bundled and minified into one file.
import { inflate } from '../../inflate.mjs';
import { DATA, SIZE } from './wasm-data.js';

function fromBase64(s) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(s);
  const bin = atob(s), out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
/** The wasm bytes, inflated in JS. */
export function wasmBytesSync() {
  return inflate(fromBase64(DATA), SIZE);
}
/** The wasm bytes, inflated by the platform where it can (DecompressionStream), else in JS. */
export async function wasmBytes() {
  if (typeof DecompressionStream === 'function' && typeof Response === 'function') {
    try {
      const stream = new Blob([fromBase64(DATA)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      if (bytes.length === SIZE) return bytes;
    } catch {
      // no 'deflate-raw' here (Chrome < 103, Safari < 16.4, Firefox < 113): inflate in JS
    }
  }
  return wasmBytesSync();
}
