// The Node build is compiled for speed, the web build for size. The web build ships to
// pages under a gzip budget (tests/size.test.mjs), so Cargo.toml's release profile is
// opt-level "z" and its wasm-opt runs -Oz; the Node build runs in test harnesses and on
// servers that check batches (validateMany, the CLI), where no size budget applies: it is
// compiled with opt-level 3 and optimised with wasm-opt -O3 (the other wasm-opt flags as
// in Cargo.toml), ~1.5× faster per submission for ~100 KB more wasm. Its own target
// directory (target/node) keeps both builds' compiled crates cached. Used by
// build-package.mjs (pkg/node) and by the benchmark build (tests/bench/pkg-bench.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Cargo.toml's wasm-opt flags for the package, with -O3 in place of -Oz. */
export function speedFlags() {
  const toml = readFileSync(join(root, 'crates/jincheng-wasm/Cargo.toml'), 'utf8');
  const flags = JSON.parse(toml.match(/^wasm-opt = (\[.*\])$/m)[1]);
  if (!flags.includes('-Oz')) throw new Error('speed.mjs: Cargo.toml\'s wasm-opt flags no longer hold -Oz');
  return flags.map((f) => (f === '-Oz' ? '-O3' : f));
}

/** wasm-pack for Node (`--target nodejs`), compiled and optimised for speed; `env` has node_modules/.bin on PATH. */
export function wasmPackForSpeed(crate, out, extra, env) {
  const speedEnv = { ...env, CARGO_PROFILE_RELEASE_OPT_LEVEL: '3', CARGO_TARGET_DIR: join(root, 'target/node') };
  execFileSync('wasm-pack', ['build', crate, '--release', '--no-opt', '--no-pack', '--target', 'nodejs', '--out-dir', out, '--out-name', 'jincheng', ...extra], { stdio: 'inherit', env: speedEnv });
  const wasm = join(out, 'jincheng_bg.wasm');
  execFileSync('wasm-opt', [...speedFlags(), wasm, '-o', wasm], { stdio: 'inherit', env });
}
