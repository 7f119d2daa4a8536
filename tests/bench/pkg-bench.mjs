// The benchmark build (`npm run bench` only): the package's wasm crate plus the research
// form (./research-form, a bench-only crate), built with wasm-pack into
// test-output/pkg-bench with the same entry as pkg/node (crates/jincheng-wasm/entries/node,
// with the facade) and the same compilation (for speed: crates/jincheng-wasm/speed.mjs) —
// never into the shipped pkg/.
// Built once per source change: a script of the same `npm run bench` run that finds the
// build newer than every source file reuses it.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { wasmPackForSpeed } from '../../crates/jincheng-wasm/speed.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const out = `${root}test-output/pkg-bench`;

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** The benchmark build as a CommonJS module (its `index.cjs`: pkg/node's entry over the benchmark's wasm). */
export function benchPackage() {
  const wasm = `${out}/jincheng_bg.wasm`;
  const sources = ['src', 'data', 'crates/jincheng-wasm/src', 'crates/jincheng-wasm/speed.mjs', 'tests/bench/research-form/src', 'Cargo.toml', 'Cargo.lock'];
  const stale = !existsSync(wasm) || sources.some((s) => {
    const p = `${root}${s}`;
    return (statSync(p).isDirectory() ? newest(p) : statSync(p).mtimeMs) > statSync(wasm).mtimeMs;
  });
  if (stale) {
    const env = { ...process.env, PATH: `${root}node_modules/.bin:${process.env.PATH}` };
    // Compiled as pkg/node is (crates/jincheng-wasm/speed.mjs: for speed).
    wasmPackForSpeed(`${root}tests/bench/research-form`, out, [], env);
  }
  writeFileSync(`${out}/package.json`, '{"type":"commonjs"}\n');
  // The same entry and facade as pkg/node (validate crosses as one JSON string each way),
  // over this build's wasm-bindgen module (crates/jincheng-wasm/build-package.mjs, "Bundling").
  esbuild.buildSync({ entryPoints: [`${root}crates/jincheng-wasm/entries/node/index.js`], outfile: `${out}/index.cjs`, bundle: true, format: 'cjs', platform: 'node', target: 'node18', external: ['./jincheng.js'], banner: { js: "'use strict';" }, logLevel: 'warning' });
  return createRequire(import.meta.url)(`${out}/index.cjs`);
}
