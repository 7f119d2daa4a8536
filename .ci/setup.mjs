#!/usr/bin/env node
// Installs what `npm start`, `npm test` and `npm run build` need, skipping what is
// already there, so that the README's commands work on a machine that has only Rust,
// Node and npm:
//   build tools  the wasm32 target, wasm-pack, wasm-bindgen-cli at the exact version the
//                binding crate pins, and the npm dev dependencies (binaryen's wasm-opt)
//   browser      Debian's chromium and a CJK font (fonts-wqy-microhei), for the browser
//                tests and screenshots; apt-get as root, or through sudo when that works
//                without a password; otherwise a message saying what to install.
// `node .ci/setup.mjs --build` installs the build tools only (`npm run build`).
// Idempotent; prints one line per tool.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildOnly = process.argv.includes('--build');
const started = Date.now();

function output(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function run(cmd, args, env) {
  console.log(`setup: ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, env: env ?? process.env });
}

function fail(message) {
  console.error(`setup: ${message}`);
  process.exit(1);
}

if (output('cargo', ['--version']) === null) fail('cargo is missing; install Rust with rustup (https://rustup.rs) and run again.');

const targets = output('rustup', ['target', 'list', '--installed']) ?? '';
if (targets.split('\n').includes('wasm32-unknown-unknown')) console.log('setup: wasm32-unknown-unknown target present');
else run('rustup', ['target', 'add', 'wasm32-unknown-unknown']);

// npm dev dependencies first: binaryen's wasm-opt must be on PATH before any wasm-pack
// build (wasm-pack's own download of wasm-opt fails without internet).
const stamp = join(root, 'node_modules/.package-lock.json');
const lock = join(root, 'package-lock.json');
if (existsSync(stamp) && statSync(stamp).mtimeMs >= statSync(lock).mtimeMs) console.log('setup: npm dev dependencies present');
else run('npm', ['ci', '--no-audit', '--no-fund']);

if (output('wasm-pack', ['--version'])) console.log(`setup: ${output('wasm-pack', ['--version'])} present`);
else run('cargo', ['install', 'wasm-pack', '--locked']);

// wasm-bindgen-cli must match the crate exactly (it is pinned with `=`).
const manifest = readFileSync(join(root, 'crates/jincheng-wasm/Cargo.toml'), 'utf8');
const pin = manifest.match(/^wasm-bindgen\s*=\s*"=([0-9.]+)"/m)?.[1];
if (!pin) fail('crates/jincheng-wasm/Cargo.toml must pin wasm-bindgen with "=x.y.z"');
const have = output('wasm-bindgen', ['--version'])?.split(' ')[1];
if (have === pin) console.log(`setup: wasm-bindgen-cli ${pin} present`);
// `--locked` fails for this crate on a missing dependency version.
else run('cargo', ['install', 'wasm-bindgen-cli', '--version', `=${pin}`, ...(have ? ['--force'] : [])]);

if (!buildOnly) {
  // Debian packages for the browser tests: the browser, and a font with Chinese glyphs
  // (without it, screenshots of the demo show boxes).
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const packages = [];
  if (!existsSync(chromium)) packages.push('chromium');
  if (!existsSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc')) packages.push('fonts-wqy-microhei');
  if (packages.length === 0) console.log('setup: chromium and a CJK font present');
  else {
    const isRoot = process.getuid?.() === 0;
    const sudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
    if (!output('apt-get', ['--version']) || (!isRoot && !sudo)) {
      fail(`the browser tests need ${packages.join(' and ')}, and this user cannot install them ` +
        `(apt-get needs root). Install them (Debian/Ubuntu: sudo apt-get install ${packages.join(' ')}) ` +
        'or point CHROMIUM_PATH at a Chromium binary, then run again.');
    }
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args) => (sudo ? run('sudo', ['-n', 'apt-get', ...args], env) : run('apt-get', args, env));
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  }
}
console.log(`setup: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
