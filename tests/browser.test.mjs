// The demo portal (www/) in a real browser: Debian's chromium driven by playwright-core.
// Fills a date and a number of working days, computes the deadline, checks the
// holidays shown and the provisional notice, and saves a screenshot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import httpServer from 'http-server';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}test-output`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let server, browser, base;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH`);
  mkdirSync(out, { recursive: true });
  server = httpServer.createServer({ root: `${root}www`, cache: -1, showDir: false, silent: true });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.server.address().port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--lang=zh-CN', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the demo computes a deadline across 元旦 2027 and says it is provisional', async () => {
  const page = await browser.newPage({ locale: 'zh-CN' });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(base);
  await page.waitForSelector('body[data-ready=true]');
  await page.fill('#start', '2026-12-18');
  await page.fill('#n', '10');
  await page.click('button[type=submit]');
  await page.waitForSelector('#result:not([hidden])');
  assert.equal(await page.textContent('#due'), '2027年1月4日（星期一）');
  assert.match(await page.textContent('#rule'), /跳过元旦假期（2027年1月1日至3日，3天）/);
  assert.equal(await page.isVisible('#provisional'), true);
  assert.match(await page.textContent('#provisional-text'), /2027年的放假安排国务院尚未公布/);
  assert.match(await page.textContent('#skipped'), /按法定节假日推算/);
  await page.screenshot({ path: `${out}/demo-provisional.png`, fullPage: true });

  // Inside official years: the National Day block is skipped, the makeup Saturday counts.
  await page.fill('#start', '2026-09-28');
  await page.fill('#n', '5');
  await page.press('#n', 'Enter');
  await page.waitForFunction(() => document.getElementById('due').textContent.startsWith('2026年10月10日'));
  assert.equal(await page.isVisible('#provisional'), false);
  assert.match(await page.textContent('#makeup'), /2026年10月10日（星期六）：调休上班/);
  assert.match(await page.textContent('#skipped'), /国庆节假期/);
  await page.screenshot({ path: `${out}/demo-national-day.png`, fullPage: true });

  // A wrong entry gets a Chinese message beside the field, not an exception.
  await page.fill('#n', '2.5');
  await page.click('button[type=submit]');
  assert.equal(await page.isVisible('#n-error'), true);
  assert.match(await page.textContent('#n-error'), /请填写整数/);
  assert.equal(await page.getAttribute('#n', 'aria-invalid'), 'true');
  assert.deepEqual(problems, []);
  await page.close();
});
