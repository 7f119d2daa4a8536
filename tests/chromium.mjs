// The one way the Node tests start a browser: Debian's chromium (installed by `npm test`'s
// set-up, .ci/setup.mjs) driven by playwright-core, headless, with the flags that keep it
// off this machine's closed network. CHROMIUM_PATH points elsewhere.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
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
