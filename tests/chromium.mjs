// The one way the Node tests start a browser: Debian's chromium (installed by `npm test`'s
// set-up, .ci/setup.mjs) driven by playwright-core, headless, with the flags that keep it
// off this machine's closed network. CHROMIUM_PATH points elsewhere.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless Chromium; `lang` sets the browser's language (the demo's default locale follows it). */
export async function launchChromium({ lang } = {}) {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run \`node .ci/setup.mjs\` (npm test does) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...(lang ? [`--lang=${lang}`] : []), '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * The demo portal (www/, which links pkg/) served as `npm start` serves it (.ci/serve.mjs:
 * precompressed brotli/gzip) on a free localhost port, and a zh-CN Chromium:
 * `{ base, browser, close() }`. For the tests of the demo and of bindForm.
 */
export async function demoInBrowser() {
  const { serve } = await import('../.ci/serve.mjs');
  const server = await serve({ folder: new URL('../www', import.meta.url).pathname, port: 0 });
  const browser = await launchChromium({ lang: 'zh-CN' });
  return { base: server.url, browser, close: async () => { await browser.close(); await server.close(); } };
}

/**
 * Fill the demo's A2 form (enforcement-supervision-review, already chosen) with a complete
 * request: decision received 2026-09-28, checked as of 2026-10-09, so its deadline of 5
 * working days crosses the National Day holiday.
 */
export async function fillCompleteA2(page) {
  await page.fill('#as-of', '2026-10-09');
  await page.selectOption('#f_applicant_kind', 'enforcement_agency');
  await page.fill('#f_applicant_name', '泽州县市场监督管理局');
  await page.fill('#f_applicant_creditCode', '11140525MB151234XH');
  await page.fill('#f_applicant_contact_name', '李明');
  await page.fill('#f_applicant_contact_mobile', '13903560001');
  await page.fill('#f_decision_number', '泽执监决〔2026〕3号');
  await page.fill('#f_decision_issuer', '泽州县司法局');
  await page.selectOption('#f_decision_issuerDivision', '140525');
  await page.fill('#f_decision_receivedDate', '2026-09-28');
  await page.fill('#f_reasons', '认为原行政处罚程序合法，请求复查。');
}

/**
 * A new context and page as a cheap phone sees the demo: 390×844, touch, 4× slower CPU (CDP
 * Emulation.setCPUThrottlingRate), 1.6 Mbps down, 150 ms latency (CDP
 * Network.emulateNetworkConditions), no cache. For the load test and tests/bench/demo-load.mjs.
 */
export async function throttledPhone(browser) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  return { context, page };
}

/** The demo's "as of" date set as the applicant sets it (the change event the page listens to). */
export async function setAsOf(page, date) {
  await page.fill('#as-of', date);
  await page.dispatchEvent('#as-of', 'change');
}

/**
 * The demo (already loaded) with `data` as the saved draft of `type` (www/forms.js's draft
 * format), the type chosen and the draft restored, on `asOf`.
 */
export async function restoreDraft(page, type, data, asOf) {
  await page.evaluate(([t, d]) => localStorage.setItem(`jincheng-draft:${t}`, JSON.stringify({ version: 1, savedAt: Date.now(), data: d })), [type, data]);
  await page.selectOption('#type-select', type);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('type') && document.getElementById('draft-status').textContent.includes('已恢复'));
  await setAsOf(page, asOf);
}

/**
 * A test page at `/` and the repository's files under it that `allowed(pathname)` admits
 * (the built package, a test module), on a free port of 127.0.0.1. `headers()` gives the
 * page's extra headers, read at each request (a Content-Security-Policy a test sets).
 * Returns `{ base, close }`.
 */
export async function servePage(page, allowed, headers = () => ({})) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const MIME = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html', ...headers() }).end(page);
      return;
    }
    const path = join(root, url.pathname);
    if (!allowed(url.pathname) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
