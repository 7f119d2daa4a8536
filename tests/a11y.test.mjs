// axe-core (WCAG 2.2 A/AA rules) on the demo in Chromium, at 1280×800 and on a phone
// (390×844): the page as it opens, a form with errors, and a deadline view (a type with a
// computed deadline, and the working-day result). Zero violations, in Chinese and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { demoInBrowser, fillCompleteA2 } from './chromium.mjs';

const axe = createRequire(import.meta.url)('axe-core');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SIZES = [[1280, 800], [390, 844]];
let demo, browser, base;

before(async () => {
  demo = await demoInBrowser();
  ({ base, browser } = demo);
});

after(() => demo?.close());

/** Run axe on the page as it is now; a violation is listed with its nodes. */
async function audit(page, what) {
  // Through the DevTools protocol: the page's CSP (script-src 'self') stays as it is.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axe.source);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), TAGS);
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join(' ')}`).join('\n')}`);
  assert.deepEqual(found, [], `${what}: axe ${axe.version} found ${found.length} violation(s)`);
  return result.passes?.length ?? 0;
}

async function open(width, height, locale) {
  const phone = width < 600;
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height }, isMobile: phone, hasTouch: phone });
  if (locale === 'en') await context.addInitScript(() => localStorage.setItem('jincheng-locale', 'en'));
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector('body[data-ready=true][data-calendar-ready=true]');
  return { context, page };
}

for (const locale of ['zh-CN', 'en']) {
  for (const [width, height] of SIZES) {
    test(`axe WCAG 2.2 AA, ${locale}, ${width}×${height}: the page, a form with errors, deadlines`, async () => {
      const { context, page } = await open(width, height, locale);
      const where = `${locale} ${width}×${height}`;
      await audit(page, `${where}, initial page`);

      // A form with errors: A1 and B3 submitted empty or wrong.
      for (const type of ['enforcement-supervision-request', 'scitech-project-acceptance']) {
        await page.selectOption('#type-select', type);
        await page.waitForFunction((t) => document.getElementById('type-select').value === t && document.querySelector('#form-fields [data-pointer]'), type);
        if (type === 'enforcement-supervision-request') {
          await page.selectOption('#f_applicant_kind', 'citizen');
          await page.fill('#f_applicant_residentId', '140525198001010018');
          await page.press('#f_applicant_residentId', 'Tab');
        }
        await page.click('#application-form button[type=submit]');
        await page.waitForSelector('#error-summary:not([hidden])');
        await audit(page, `${where}, ${type} with errors`);
      }

      // Deadlines: A2 complete (5 working days across National Day), and the working-day tool.
      await page.selectOption('#type-select', 'enforcement-supervision-review');
      await page.waitForSelector('#f_decision_receivedDate');
      await fillCompleteA2(page);
      await page.click('#application-form button[type=submit]');
      await page.waitForSelector('#check-result:not([hidden])');
      assert.ok(await page.locator('#deadline-list table').count() > 0, 'a deadline with its month view');
      await page.fill('#start', '2026-12-18');
      await page.fill('#n', '10');
      await page.click('#workday-form button[type=submit]');
      await page.waitForSelector('#result:not([hidden]) #due-month table');
      await audit(page, `${where}, deadline views`);
      await context.close();
    });
  }
}

test('axe: the loading-failure message passes too, and the audit does find a planted fault', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.route('**/jincheng_bg.wasm', (route) => route.abort('connectionreset'));
  await page.goto(base);
  await page.waitForSelector('body[data-load-failed]');
  await audit(page, 'load failure');
  // The harness itself: an image without a text alternative must be reported.
  await page.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('img'), { src: 'data:,' })));
  await assert.rejects(audit(page, 'planted fault'), /image-alt/);
  await context.close();
});
