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
 * The demo portal (www/, which links pkg/) on a free localhost port, and a zh-CN Chromium:
 * `{ base, browser, close() }`. For the tests of the demo and of bindForm.
 */
export async function demoInBrowser() {
  const { default: httpServer } = await import('http-server');
  const www = new URL('../www', import.meta.url).pathname;
  const server = httpServer.createServer({ root: www, cache: -1, showDir: false, silent: true });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.server.address().port}/`;
  const browser = await launchChromium({ lang: 'zh-CN' });
  return { base, browser, close: async () => { await browser.close(); server.close(); } };
}
