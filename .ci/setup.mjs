#!/usr/bin/env node
// Installs what `npm start` and `npm test` need, skipping what is already there:
// the wasm32 target, wasm-pack, wasm-bindgen-cli at the exact version the binding
// crate pins, and the npm dev dependencies (binaryen's wasm-opt among them).
// Idempotent; prints one line per tool.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function output(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function run(cmd, args) {
  console.log(`setup: ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root });
}

if (output('cargo', ['--version']) === null) {
  console.error('setup: cargo is missing; install Rust with rustup (https://rustup.rs) and run again.');
  process.exit(1);
}

const targets = output('rustup', ['target', 'list', '--installed']) ?? '';
if (targets.split('\n').includes('wasm32-unknown-unknown')) console.log('setup: wasm32-unknown-unknown target present');
else run('rustup', ['target', 'add', 'wasm32-unknown-unknown']);

if (output('wasm-pack', ['--version'])) console.log(`setup: ${output('wasm-pack', ['--version'])} present`);
else run('cargo', ['install', 'wasm-pack', '--locked']);

// wasm-bindgen-cli must match the crate exactly (it is pinned with `=`).
const manifest = readFileSync(join(root, 'crates/jincheng-wasm/Cargo.toml'), 'utf8');
const pin = manifest.match(/^wasm-bindgen\s*=\s*"=([0-9.]+)"/m)?.[1];
if (!pin) throw new Error('crates/jincheng-wasm/Cargo.toml must pin wasm-bindgen with "=x.y.z"');
const have = output('wasm-bindgen', ['--version'])?.split(' ')[1];
if (have === pin) console.log(`setup: wasm-bindgen-cli ${pin} present`);
// `--locked` fails for this crate on a missing dependency version (DEVELOPERS.md).
else run('cargo', ['install', 'wasm-bindgen-cli', '--version', `=${pin}`, ...(have ? ['--force'] : [])]);

// npm dev dependencies: install when node_modules is missing or older than the lockfile.
const stamp = join(root, 'node_modules/.package-lock.json');
const lock = join(root, 'package-lock.json');
if (existsSync(stamp) && statSync(stamp).mtimeMs >= statSync(lock).mtimeMs) console.log('setup: npm dev dependencies present');
else run('npm', ['ci', '--no-audit', '--no-fund']);
