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
