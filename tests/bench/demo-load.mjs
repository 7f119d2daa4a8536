#!/usr/bin/env node
// How long a throttled phone waits for the demo's form (issue 14, point 4): cold loads in
// Chromium at 390×844 with 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), 1.6 Mbps
// down, 150 ms latency (CDP Network.emulateNetworkConditions), no cache. "Usable" is the moment
// the page sets both body[data-ready] (the form is built) and body[data-calendar-ready] (the
// controls are on), from the start of the navigation (performance.now()), recorded in the page.
//   node tests/bench/demo-load.mjs [folder=www] [--runs 5] [--no-compress] [--page examples/existing-portal.html]
// `--page` measures another page of the folder: usable when bindForm has bound its form (the
// first control marked aria-required, which it does once the checker runs).
// `--no-compress` serves every file as it is (what http-server did before): with a folder
// exported from an older commit (git archive <commit> www | tar -x -C /tmp/old; ln -s
// "$PWD/pkg" /tmp/old/www/pkg) it measures the page as it was.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../.ci/serve.mjs';
import { launchChromium, throttledPhone } from '../chromium.mjs';

const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i < 0 ? false : args.splice(i, 1) && true; };
const option = (name, fallback) => { const i = args.indexOf(name); return i < 0 ? fallback : args.splice(i, 2)[1]; };
const compress = !flag('--no-compress');
const runs = Number(option('--runs', '5'));
const path = option('--page', '');
const folder = resolve(args[0] ?? fileURLToPath(new URL('../../www', import.meta.url)));

const server = await serve({ folder, port: 0, compress });
const browser = await launchChromium({ lang: 'zh-CN' });
const times = [];
let bytes = 0;
try {
  for (let i = 0; i < runs; i++) {
    const { context, page } = await throttledPhone(browser);
    // Recorded in the page, so that a page of an older commit (no performance mark) is
    // measured the same way.
    await page.addInitScript((demo) => {
      new MutationObserver((_, watch) => {
        const b = document.body;
        if (demo ? b?.dataset.ready === 'true' && b.dataset.calendarReady === 'true' : document.querySelector('form [aria-required=true]')) {
          window.__usable = performance.now();
          watch.disconnect();
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready', 'data-calendar-ready', 'aria-required'] });
    }, path === '');
    await page.goto(server.url + path, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__usable !== undefined, null, { timeout: 60000 });
    times.push(Math.round(await page.evaluate(() => window.__usable)));
    bytes = await page.evaluate(() => performance.getEntriesByType('resource').reduce((a, r) => a + r.transferSize, 0) + performance.getEntriesByType('navigation')[0].transferSize);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const sorted = [...times].sort((a, b) => a - b);
const GOAL_MS = 1500; // issue 14: the form usable within 1.5 s on a throttled phone
console.log(`${folder}${path ? `/${path}` : ''}${compress ? '' : ' (uncompressed)'}: usable after ${times.join(', ')} ms; best ${sorted[0]}, median ${sorted[Math.floor(sorted.length / 2)]} ms; ${Math.round(bytes / 1024)} KB transferred; goal ${GOAL_MS} ms (best): ${sorted[0] <= GOAL_MS ? 'met' : 'NOT met'}`);
