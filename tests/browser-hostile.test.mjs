// Issue 22 item 1 in Chromium against the web build (pkg/web/index.js, unbundled, as a page
// loads it): every hostile argument of the bad-input corpus (tests/bad-inputs.mjs
// runHostile), each followed by a normal call, then the reproduction (3,000 calls
// with a cyclic array, 3,000 with a 5,000-deep one): the module still answers, and every
// throw carries a code. Before the fix the page's module broke after ~2,000 such calls
// ("RuntimeError: unreachable", then "memory access out of bounds").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, servePage } from './chromium.mjs';

const PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>hostile</title>
<script type="module">
import init, * as J from '/pkg/web/index.js';
import { runHostile } from '/tests/bad-inputs.mjs';
try {
  await init();
  window.result = runHostile(J);
} catch (e) {
  window.result = { problems: ['page: ' + e.name + ': ' + e.message], calls: 0 };
}
</script>`;
let close, browser, base;

before(async () => {
  ({ base, close } = await servePage(PAGE, (p) => p.startsWith('/pkg/web/') || p === '/tests/bad-inputs.mjs'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  close?.();
});

test('web build in Chromium: after every hostile argument a normal call still answers', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base);
  await page.waitForFunction(() => window.result !== undefined, null, { timeout: 120_000 });
  const { calls, problems } = await page.evaluate(() => window.result);
  await page.close();
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
  assert.ok(calls > 1000, `${calls} calls`);
});
