// The browser entry's start-up in Chromium, unbundled (pkg/web/index.js as a page loads
// it): a call before init throws `not_initialized`; without WebAssembly, isSupported() is
// false and init rejects `unsupported`; under a Content Security Policy without
// 'wasm-unsafe-eval', init rejects `init_failed` saying so; with it (and no connect-src at
// all: the module is embedded, nothing is fetched) everything works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, servePage } from './chromium.mjs';

const PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title>
<script type="module">
import init, { isSupported, addWorkdays } from '/pkg/web/index.js';
const out = { supported: isSupported() };
try { addWorkdays('2026-09-28', 5); } catch (e) { out.before = { code: e.code, message: e.message }; }
try { await init(); out.due = addWorkdays('2026-09-28', 5); } catch (e) { out.init = { code: e.code, message: e.message, name: e.name }; }
window.result = out;
</script>`;
let close, browser, base;
let csp = null;

before(async () => {
  ({ base, close } = await servePage(PAGE, (p) => p.startsWith('/pkg/'), () => (csp ? { 'content-security-policy': csp } : {})));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  close?.();
});

async function load({ policy = null, prelude } = {}) {
  csp = policy;
  const page = await browser.newPage();
  if (prelude) await page.addInitScript(prelude);
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(base);
  await page.waitForFunction(() => window.result !== undefined, null, { timeout: 30_000 });
  const result = await page.evaluate(() => window.result);
  await page.close();
  return { result, requests, problems };
}

test('a call before init throws not_initialized; after init every function works; the .wasm file is never fetched', async () => {
  const { result, requests, problems } = await load();
  assert.equal(result.supported, true);
  assert.equal(result.before.code, 'not_initialized');
  assert.match(result.before.message, /await init\(\)/);
  assert.equal(result.due, '2026-10-10');
  assert.equal(result.init, undefined);
  assert.ok(!requests.some((p) => p.endsWith('.wasm')), requests.join(' '));
  assert.deepEqual(problems, []);
});

test('without WebAssembly: isSupported() is false and init rejects with code unsupported', async () => {
  const { result } = await load({ prelude: () => { delete globalThis.WebAssembly; } });
  assert.equal(result.supported, false);
  assert.equal(result.init.code, 'unsupported');
  assert.match(result.init.message, /WebAssembly/);
  assert.equal(result.due, undefined);
});

test("a CSP without 'wasm-unsafe-eval': init rejects with init_failed and says what to add", async () => {
  const { result } = await load({ policy: "default-src 'self'; script-src 'self' 'unsafe-inline'" });
  assert.equal(result.supported, true, 'validating a module needs no permission');
  assert.equal(result.init.code, 'init_failed');
  assert.match(result.init.message, /'wasm-unsafe-eval'/);
});

test("a CSP with 'wasm-unsafe-eval' and connect-src 'none': works (nothing is fetched)", async () => {
  const { result, problems } = await load({ policy: "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; connect-src 'none'" });
  assert.equal(result.init, undefined, JSON.stringify(result.init));
  assert.equal(result.due, '2026-10-10');
  assert.deepEqual(problems, []);
});
