// Loading the demo (issue 14, point 4): what `npm start`'s server sends (.ci/serve.mjs:
// precompressed brotli/gzip with the right headers), how long a throttled phone waits for a
// usable form (4× CPU, 1.6 Mbps down, 150 ms latency: at most 1.5 s), the loading state, and
// the Chinese messages when the checker cannot load or the browser has no WebAssembly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve, chooseEncoding } from '../.ci/serve.mjs';
import { demoInBrowser, throttledPhone } from './chromium.mjs';

const www = new URL('../www/', import.meta.url);
let demo, browser, base;

before(async () => {
  demo = await demoInBrowser();
  ({ base, browser } = demo);
});

after(() => demo?.close());

/** A raw GET (node's fetch would decompress): status, headers, body bytes. */
function get(url, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    request(url, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

test('the server sends each file precompressed as the browser accepts, with its type, Vary and ETag', async () => {
  const wasm = readFileSync(new URL('pkg/web/jincheng_bg.wasm', www));
  const url = `${base}pkg/web/jincheng_bg.wasm`;

  const br = await get(url, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(Number(br.headers['content-length']), br.body.length);
  assert.ok(brotliDecompressSync(br.body).equals(wasm), 'brotli body is the file');
  console.log(`jincheng_bg.wasm: ${wasm.length} bytes, ${br.body.length} brotli`);
  assert.ok(br.body.length < wasm.length * 0.4, `brotli ${br.body.length} of ${wasm.length}`);

  const gz = await get(url, { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(gunzipSync(gz.body).equals(wasm));
  assert.notEqual(gz.headers.etag, br.headers.etag, 'each encoding has its own ETag');

  const plain = await get(url, { 'Accept-Encoding': 'identity' });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.ok(plain.body.equals(wasm));
  assert.equal((await get(url, { 'Accept-Encoding': 'br;q=0, gzip' })).headers['content-encoding'], 'gzip');

  const again = await get(url, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);

  const page = await get(base, { 'Accept-Encoding': 'br' });
  assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(page.headers['content-encoding'], 'br');
  assert.match(page.headers.link, /^<pkg\/web\/jincheng_bg\.wasm>; rel=preload; as="fetch"; type="application\/wasm"; crossorigin, <wasm\.js>; rel=modulepreload/);
  for (const [path, type] of [['app.js', 'text/javascript; charset=utf-8'], ['style.css', 'text/css; charset=utf-8'], ['pkg/package.json', 'application/json; charset=utf-8']]) {
    assert.equal((await get(`${base}${path}`, { 'Accept-Encoding': 'br' })).headers['content-type'], type, path);
  }
  const head = await get(url, { 'Accept-Encoding': 'br' }, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal(Number(head.headers['content-length']), br.body.length);

  assert.equal((await get(`${base}nothing-here.js`)).status, 404);
  assert.equal((await get(`${base}..%2f..%2fpackage.json`)).status, 404, 'no path outside the folder');
  assert.equal((await get(`${base}pkg/node/jincheng.js`)).status, 200, 'the package link is followed');
  assert.equal((await get(base, {}, 'POST')).status, 405);
});

test('Accept-Encoding is read with its q-values', () => {
  assert.equal(chooseEncoding('gzip, deflate, br'), 'br');
  assert.equal(chooseEncoding('gzip;q=1.0, br;q=0'), 'gzip');
  assert.equal(chooseEncoding('*'), 'br');
  assert.equal(chooseEncoding('identity'), null);
  assert.equal(chooseEncoding(''), null);
  assert.equal(chooseEncoding(undefined), null);
});

test('a file edited while the server runs is sent as it is now', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  writeFileSync(join(dir, 'a.js'), 'export const a = 1;\n'.repeat(100));
  const s = await serve({ folder: dir, port: 0 });
  try {
    const first = await get(`${s.url}a.js`, { 'Accept-Encoding': 'gzip' });
    assert.match(gunzipSync(first.body).toString(), /a = 1/);
    writeFileSync(join(dir, 'a.js'), 'export const a = 2;\n'.repeat(120));
    const second = await get(`${s.url}a.js`, { 'Accept-Encoding': 'gzip' });
    assert.match(gunzipSync(second.body).toString(), /a = 2/);
    assert.notEqual(first.headers.etag, second.headers.etag);
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every module the page imports is preloaded, through the import map', () => {
  const html = readFileSync(new URL('index.html', www), 'utf8');
  const map = JSON.parse(html.match(/<script type="importmap">([^<]*)<\/script>/)[1]).imports;
  const root = new URL('index.html', www);
  const mapped = Object.fromEntries(Object.entries(map).map(([k, v]) => [new URL(k, root).href, new URL(v, root).href]));
  const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => new URL(m[1], root).href));
  const entries = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => new URL(m[1], root).href);
  const seen = new Set();
  const walk = (href) => {
    if (seen.has(href)) return;
    seen.add(href);
    for (const [, spec] of readFileSync(new URL(href), 'utf8').matchAll(/(?:^|[\s;}])(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;}])import\s*['"]([^'"]+)['"]/gm)) {
      if (!spec) continue;
      const url = new URL(spec, href).href;
      walk(mapped[url] ?? url);
    }
  };
  entries.forEach(walk);
  const missing = [...seen].filter((u) => !preloaded.has(u)).map((u) => u.slice(root.href.length - 'index.html'.length));
  assert.deepEqual(missing, [], 'modules the page imports without a <link rel="modulepreload"> (each costs a round trip)');
  assert.ok(!seen.has(new URL('pkg/web/wasm.js', root).href), 'the embedded copy stays out of the graph');
  assert.ok(seen.size >= 10, [...seen].join(' '));
  // The CSP allows the import map by its hash: a changed map needs a new hash.
  const hash = createHash('sha256').update(html.match(/<script type="importmap">([^<]*)<\/script>/)[1]).digest('base64');
  assert.ok(html.includes(`'sha256-${hash}'`), `the CSP lists 'sha256-${hash}'`);
});

// The goal, usable within 1.5 s, is a speed goal: `node tests/bench/demo-load.mjs` measures it
// alone and says whether it is met (docs/measurements.md, "The demo on a throttled phone").
// Here, among the suite's files running in parallel on a shared machine, the page is held
// to 2 s, so that a real regression (the wasm downloaded twice, the base64 copy fetched, the
// checker no longer compiled while it downloads: each ~0.5–1.3 s) still fails the suite.
const GUARD_MS = 2000;

test('on a throttled phone the form is usable (goal 1.5 s: the benchmark; here held to 2 s), and says it is loading until then', async () => {
  // Five cold loads; the best is what the page costs (a shared machine only ever adds time).
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const { context, page } = await throttledPhone(browser);
    const requests = [];
    page.on('requestfinished', (r) => requests.push(r));
    await page.goto(base, { waitUntil: 'domcontentloaded' });
    if (i === 0) {
      // Before the checker runs: the controls are off, the page says it is loading.
      const early = await page.evaluate(() => ({
        busy: document.querySelector('main').getAttribute('aria-busy'),
        status: document.getElementById('load-status')?.textContent,
        role: document.getElementById('load-status')?.getAttribute('role'),
        disabled: [...document.querySelectorAll('#type-select, #application-form button, #workday-form button, #locale-switch')].map((c) => c.disabled),
        usable: performance.getEntriesByName('jincheng-usable').length,
      }));
      if (!early.usable) {
        assert.equal(early.busy, 'true');
        assert.equal(early.status, '正在加载…');
        assert.equal(early.role, 'status');
        assert.ok(early.disabled.every(Boolean), `controls disabled while loading: ${early.disabled}`);
      }
    }
    await page.waitForSelector('body[data-calendar-ready=true]', { timeout: 30000 });
    const usable = await page.evaluate(() => performance.getEntriesByName('jincheng-usable')[0].startTime);
    runs.push(Math.round(usable));
    const state = await page.evaluate(() => ({
      busy: document.querySelector('main').getAttribute('aria-busy'),
      status: document.getElementById('load-status'),
      enabled: [...document.querySelectorAll('[data-wait]')].every((c) => !c.disabled),
      fields: document.querySelectorAll('#form-fields [data-pointer]').length,
    }));
    assert.deepEqual({ ...state, fields: state.fields > 0 }, { busy: 'false', status: null, enabled: true, fields: true });
    const urls = requests.map((r) => r.url().slice(base.length));
    assert.ok(!urls.includes('pkg/web/wasm.js'), 'the base64 copy of the module is not downloaded');
    const wasm = requests.find((r) => r.url().endsWith('/jincheng_bg.wasm'));
    assert.equal((await wasm.response()).headers()['content-encoding'], 'br');
    assert.equal(urls.filter((u) => u === 'pkg/web/jincheng_bg.wasm').length, 1, 'the preload is used, not a second download');
    await context.close();
  }
  const best = Math.min(...runs);
  console.log(`throttled phone (4x CPU, 1.6 Mbps, 150 ms): usable form after ${runs.join(', ')} ms; best ${best} ms (goal 1500: tests/bench/demo-load.mjs; held here to ${GUARD_MS})`);
  assert.ok(best <= GUARD_MS, `usable after ${best} ms (runs ${runs.join(', ')}), held to ${GUARD_MS} ms here (goal 1.5 s)`);
});

test('when the checker cannot be downloaded, the page says so in Chinese and offers to reload', async () => {
  for (const blocked of ['**/jincheng_bg.wasm', '**/pkg/web/jincheng.js']) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.route(blocked, (route) => route.abort('connectionreset'));
    await page.goto(base);
    await page.waitForSelector('body[data-load-failed]', { timeout: 15000 });
    const alert = page.locator('#load-status');
    assert.equal(await alert.getAttribute('role'), 'alert', blocked);
    assert.match(await alert.textContent(), /本页的检查程序未能加载。.*请检查网络连接后点击“重新加载”/, blocked);
    assert.equal(await page.getAttribute('main', 'aria-busy'), 'false');
    assert.equal(await page.isDisabled('#application-form button[type=submit]'), true, 'the buttons stay off');
    // Reloading with the network back loads the page.
    await page.unroute(blocked);
    await Promise.all([page.waitForNavigation(), alert.getByRole('button', { name: '重新加载' }).click()]);
    await page.waitForSelector('body[data-calendar-ready=true]');
    assert.equal(await page.isEnabled('#application-form button[type=submit]'), true);
    await context.close();
  }
});

test('without WebAssembly the page says which browsers work, in English too', async () => {
  for (const [locale, text] of [['zh-CN', /您的浏览器无法运行本页的检查程序。本页需要浏览器支持 WebAssembly。请把浏览器更新到最新版本/], ['en', /Your browser cannot run this page’s checker\.This page needs WebAssembly/]]) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.addInitScript((loc) => {
      delete globalThis.WebAssembly;
      if (loc === 'en') localStorage.setItem('jincheng-locale', 'en');
    }, locale);
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(base);
    await page.waitForSelector('body[data-load-failed=unsupported]', { timeout: 15000 });
    assert.match(await page.textContent('#load-status'), text);
    assert.equal(await page.getAttribute('#load-status', 'lang'), locale === 'en' ? 'en' : null, 'the message is marked English on the English page');
    assert.equal(await page.locator('#load-status button').count(), 0, 'no reload button: reloading would not help');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the example portal page is usable on the throttled phone too (goal 1.5 s: the benchmark; here held to 2 s): the .wasm as a file, not the embedded copy', async () => {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const { context, page } = await throttledPhone(browser);
    const requests = [];
    page.on('requestfinished', (r) => requests.push(r.url().slice(base.length)));
    await page.addInitScript(() => {
      new MutationObserver((_, watch) => {
        if (document.querySelector('form [aria-required=true]')) {
          window.__usable = performance.now();
          watch.disconnect();
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['aria-required'] });
    });
    await page.goto(`${base}examples/existing-portal.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__usable !== undefined, null, { timeout: 30000 });
    runs.push(Math.round(await page.evaluate(() => window.__usable)));
    assert.ok(requests.includes('pkg/web/jincheng_bg.wasm') && !requests.includes('pkg/web/wasm.js'), requests.join(' '));
    await context.close();
  }
  const best = Math.min(...runs);
  console.log(`example page, throttled phone: usable after ${runs.join(', ')} ms; best ${best} ms (goal 1500: tests/bench/demo-load.mjs --page examples/existing-portal.html; held here to ${GUARD_MS})`);
  assert.ok(best <= GUARD_MS, `usable after ${best} ms (runs ${runs.join(', ')}), held to ${GUARD_MS} ms here (goal 1.5 s)`);
});
