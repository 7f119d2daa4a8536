// The demo page's shell in Chromium (issue 14): the phone layout (point 3), the marks of
// invalid controls and the focus ring (point 6), the working-day tool (point 11) and the
// language switch (point 12). Screenshots go to a temporary folder; with UPDATE_SCREENSHOTS=1
// they replace tests/screenshots/*-after.png (a plain test run leaves the work tree clean).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoInBrowser } from './chromium.mjs';

const shots = process.env.UPDATE_SCREENSHOTS === '1' ? new URL('screenshots/', import.meta.url).pathname : `${mkdtempSync(join(tmpdir(), 'jincheng-shots-'))}/`;
const ACCENT = 'rgb(179, 38, 30)'; // --accent, #b3261e
let demo, browser, base;

before(async () => {
  mkdirSync(shots, { recursive: true });
  demo = await demoInBrowser();
  ({ base, browser } = demo);
});

after(() => demo?.close());

async function open({ width = 1280, height = 800, locale, phone = false } = {}) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height }, isMobile: phone, hasTouch: phone });
  if (locale) await context.addInitScript((l) => localStorage.setItem('jincheng-locale', l), locale);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  await page.goto(base);
  await page.waitForSelector('body[data-ready=true][data-calendar-ready=true]');
  return { context, page, problems };
}

const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('phone: the language button never covers the title; no type makes the page scroll sideways at 360 px', async () => {
  for (const locale of ['zh-CN', 'en']) {
    for (const width of [360, 390]) {
      const { context, page, problems } = await open({ width, height: 844, locale, phone: true });
      const title = await page.locator('h1').boundingBox();
      const button = await page.locator('#locale-switch').boundingBox();
      assert.ok(!overlap(title, button), `${locale} ${width}px: title ${JSON.stringify(title)} and button ${JSON.stringify(button)} overlap`);
      if (width === 390 && locale === 'zh-CN') await page.screenshot({ path: `${shots}page-top-after.png` });
      if (width === 360) {
        const types = await page.$$eval('#type-select option', (o) => o.map((x) => x.value));
        assert.equal(types.length, 17);
        const wide = [];
        for (const id of types) {
          await page.selectOption('#type-select', id);
          await page.waitForFunction((t) => document.querySelector('#form-fields [data-pointer]') && document.getElementById('type-select').value === t, id);
          const w = await page.evaluate(() => document.documentElement.scrollWidth);
          if (w > 360) wide.push(`${id}: ${w}px`);
        }
        assert.deepEqual(wide, [], `${locale}: pages wider than the 360 px screen`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
  // D1, whose long option names made the page 530 px wide, at 390×844.
  const { context, page } = await open({ width: 390, height: 844, phone: true });
  await page.selectOption('#type-select', 'unified-service-plan');
  await page.waitForSelector('#f_planKind');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 390);
  await page.screenshot({ path: `${shots}d1-after.png`, fullPage: true });
  await context.close();
});

test('every invalid control has the red border, whatever its kind', async () => {
  const { context, page } = await open();
  await page.selectOption('#type-select', 'enforcement-supervision-request');
  await page.selectOption('#f_applicant_kind', 'citizen');
  await page.fill('#f_applicant_residentId', '140525198001010018'); // wrong check character
  await page.click('#application-form button[type=submit]');
  await page.waitForSelector('#error-summary:not([hidden])');
  await page.fill('#n', 'x');
  await page.click('#workday-form button[type=submit]');
  const marks = await page.$$eval('[aria-invalid=true]', (nodes) => nodes.filter((n) => n.offsetParent !== null).map((n) => {
    const s = getComputedStyle(n);
    return { kind: n.tagName === 'INPUT' ? `input[type=${n.type}]` : n.tagName.toLowerCase(), id: n.id, border: [s.borderTopColor, s.borderRightColor, s.borderBottomColor, s.borderLeftColor], left: s.borderLeftWidth, shadow: s.boxShadow };
  }));
  const kinds = new Set(marks.map((m) => m.kind));
  for (const kind of ['input[type=text]', 'select', 'textarea']) assert.ok(kinds.has(kind), `an invalid ${kind} to look at: ${[...kinds]}`);
  for (const m of marks) {
    if (m.kind === 'input[type=checkbox]' || m.kind === 'input[type=radio]') assert.match(m.shadow, new RegExp(ACCENT.replace(/[()]/g, '\\$&')), m.id);
    else {
      assert.deepEqual(m.border, [ACCENT, ACCENT, ACCENT, ACCENT], `${m.kind} #${m.id}`);
      assert.equal(m.left, '6px', `${m.kind} #${m.id}: a thicker left edge, not colour alone`);
    }
  }
  // A valid control keeps the ordinary border.
  const plain = await page.$eval('#f_applicant_kind', (n) => [n.getAttribute('aria-invalid'), getComputedStyle(n).borderLeftColor]);
  assert.notEqual(plain[1], ACCENT, `${plain}`);
  await context.close();
});

function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test('one focus ring, at least 3:1 against what is around it, on every kind of focusable control', async () => {
  const { context, page } = await open();
  await page.selectOption('#type-select', 'enforcement-supervision-request');
  await page.waitForSelector('#f_reasons, textarea');
  await page.keyboard.press('Tab'); // keyboard use: the ring shows on every control, as it does for a keyboard user
  const selectors = {
    'input[type=text]': '#form-fields input[type=text]',
    'input[type=date]': '#as-of',
    select: '#type-select',
    textarea: '#form-fields textarea',
    button: '#application-form button[type=submit]',
    'button.secondary': '#locale-switch',
    a: 'a[href]',
    checkbox: '#form-fields input[type=checkbox]',
    radio: 'input[type=radio]',
  };
  const rings = {};
  for (const [kind, selector] of Object.entries(selectors)) {
    const found = await page.$(selector);
    if (!found) {
      assert.equal(kind, 'radio', `no ${kind} on the page`); // the demo has no radio buttons
      continue;
    }
    rings[kind] = await found.evaluate((n) => {
      n.focus();
      const s = getComputedStyle(n);
      // The ring is drawn outside the control (outline-offset): against the background behind it.
      let bg = 'rgb(255, 255, 255)';
      for (let p = n.parentElement; p; p = p.parentElement) {
        const c = getComputedStyle(p).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; }
      }
      return { focused: document.activeElement === n, visible: n.matches(':focus-visible'), color: s.outlineColor, style: s.outlineStyle, width: parseFloat(s.outlineWidth), offset: parseFloat(s.outlineOffset), bg };
    });
  }
  const colors = new Set();
  for (const [kind, r] of Object.entries(rings)) {
    assert.ok(r.focused && r.visible, `${kind} focused with a visible ring`);
    assert.equal(r.style, 'solid', `${kind}: ${JSON.stringify(r)}`);
    assert.ok(r.width >= 2, `${kind}: ring ${r.width}px`);
    const ratio = contrast(r.color, r.bg);
    assert.ok(ratio >= 3, `${kind}: ring ${r.color} on ${r.bg} is ${ratio.toFixed(2)}:1`);
    colors.add(r.color);
  }
  assert.equal(colors.size, 1, `one ring colour: ${[...colors]}`);
  console.log(`focus ring ${[...colors][0]}: ${Object.entries(rings).map(([k, r]) => `${k} ${contrast(r.color, r.bg).toFixed(1)}:1`).join(', ')}`);
  await context.close();
});

test('working-day tool: the hint’s −5, a full-width minus and a hyphen all count backwards', async () => {
  const { context, page, problems } = await open();
  const hint = await page.textContent('#n-hint');
  const hinted = hint.match(/[−-]\d+/)[0];
  assert.equal(hinted, '−5', 'the hint writes U+2212');
  await page.fill('#start', '2026-12-10');
  for (const typed of [hinted, '-5', '－5', '－５', ' − 5 ']) {
    await page.fill('#n', typed);
    await page.click('#workday-form button[type=submit]');
    await page.waitForSelector('#result:not([hidden])');
    assert.equal(await page.textContent('#due'), '2026年12月3日（星期四）', `“${typed}” counts 5 working days back`);
    assert.match(await page.textContent('#rule'), /向前倒数5个工作日/);
    assert.equal(await page.isVisible('#n-error'), false);
  }
  for (const typed of ['5', '+5', '５']) {
    await page.fill('#n', typed);
    await page.click('#workday-form button[type=submit]');
    await page.waitForFunction(() => document.getElementById('due').textContent.startsWith('2026年12月17日'));
  }
  // A wrong entry: the message, and the old result goes (on leaving the field already).
  await page.fill('#n', '5天');
  await page.press('#n', 'Tab');
  assert.equal(await page.isVisible('#result'), false, 'the result of the earlier count is gone');
  assert.match(await page.textContent('#n-error'), /工作日数请填写整数，例如 5 或 −5。/);
  assert.equal(await page.getAttribute('#n', 'aria-invalid'), 'true');
  await page.fill('#n', '5');
  await page.click('#workday-form button[type=submit]');
  await page.waitForSelector('#result:not([hidden])');
  await page.fill('#n', '2.5');
  await page.click('#workday-form button[type=submit]');
  assert.equal(await page.isVisible('#result'), false);
  assert.equal(await page.isVisible('#n-error'), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('working-day tool: a typed date that does not exist (02/30) is said on leaving the field', async () => {
  const { context, page } = await open();
  await page.fill('#n', '5');
  await page.click('#workday-form button[type=submit]');
  await page.waitForSelector('#result:not([hidden])');
  await page.fill('#start', '');
  await page.focus('#start');
  // Chromium's date field in this browser reads month/day/year.
  for (const part of ['02', '30', '2026']) await page.keyboard.type(part);
  assert.equal(await page.inputValue('#start'), '', 'the browser gives no value for a day that does not exist');
  for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement.id)) === 'start'; i++) await page.keyboard.press('Tab');
  await page.waitForSelector('#start-error:not([hidden])');
  assert.equal(await page.textContent('#start-error'), '没有这一天，请检查月和日（例如2月没有30日）。');
  assert.equal(await page.getAttribute('#start', 'aria-invalid'), 'true');
  assert.equal(await page.isVisible('#result'), false, 'the old result is cleared');
  await page.click('#workday-form button[type=submit]');
  assert.equal(await page.textContent('#start-error'), '没有这一天，请检查月和日（例如2月没有30日）。', 'not “enter a date”');
  // Corrected: the message goes as soon as the date is a real one.
  await page.fill('#start', '2026-02-27');
  assert.equal(await page.isVisible('#start-error'), false);
  assert.equal(await page.getAttribute('#start', 'aria-invalid'), 'false');
  await context.close();
});

/** Text nodes and option labels with Chinese characters whose language is not zh-CN. */
const unmarkedChinese = () => {
  const out = [];
  const han = /\p{Script=Han}/u;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!han.test(n.data) || el.closest('option, optgroup, textarea, script')) continue;
    if (el.closest('[lang]').lang !== 'zh-CN') out.push(`${el.tagName.toLowerCase()}#${el.id}: ${n.data.slice(0, 50)}`);
  }
  for (const o of document.querySelectorAll('option, optgroup')) {
    const text = o.tagName === 'OPTGROUP' ? o.label : o.textContent;
    if (han.test(text) && !/[A-Za-z]/.test(text) && o.closest('[lang]').lang !== 'zh-CN') out.push(`${o.tagName.toLowerCase()}: ${text}`);
  }
  return out;
};

test('language switch: results and the error list stay, in the new language; title and lang follow', async () => {
  const { context, page, problems } = await open();
  await page.selectOption('#type-select', 'enforcement-supervision-request');
  await page.fill('#as-of', '2023-06-01');
  await page.selectOption('#f_applicant_kind', 'citizen');
  await page.fill('#f_applicant_residentId', '140525198001010018');
  await page.click('#application-form button[type=submit]');
  await page.waitForSelector('#error-summary:not([hidden])');
  assert.match(await page.textContent('#error-summary-list'), /校验不通过/);
  await page.fill('#start', '2026-12-18');
  await page.fill('#n', '10');
  await page.click('#workday-form button[type=submit]');
  await page.waitForSelector('#result:not([hidden])');
  assert.equal(await page.title(), '晋城市政务服务申请自检');
  assert.deepEqual([await page.textContent('#locale-switch'), await page.getAttribute('#locale-switch', 'lang')], ['English', 'en']);

  await page.click('#locale-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForSelector('#error-summary:not([hidden])');
  assert.equal(await page.title(), 'Jincheng government services: check your application');
  assert.deepEqual([await page.textContent('#locale-switch'), await page.getAttribute('#locale-switch', 'lang')], ['中文', 'zh-CN']);
  assert.match(await page.textContent('#error-summary-list'), /The ID number does not check/, 'the error list, in English');
  assert.equal(await page.isVisible('#check-result'), true);
  assert.equal(await page.isVisible('#result'), true, 'the working-day result stays');
  assert.equal(await page.textContent('#due'), 'Monday 2027-01-04');
  assert.equal(await page.inputValue('#f_applicant_residentId'), '140525198001010018');
  // Chinese words on the English page (document numbers and titles, quoted clauses) are marked.
  await page.waitForTimeout(50);
  assert.deepEqual(await page.evaluate(unmarkedChinese), []);
  assert.ok(await page.locator('#type-document span[lang=zh-CN]').count() > 0, 'the document number is marked');
  assert.equal(await page.getAttribute('#type-select optgroup >> nth=0', 'lang'), 'zh-CN');
  assert.equal(await page.getAttribute('#type-select option >> nth=0', 'lang'), 'en');

  // A message beside a working-day field follows the language too.
  await page.fill('#n', 'x');
  await page.click('#workday-form button[type=submit]');
  assert.match(await page.textContent('#n-error'), /Enter a whole number/);
  await page.click('#locale-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await page.waitForSelector('#error-summary:not([hidden])');
  assert.equal(await page.title(), '晋城市政务服务申请自检');
  assert.deepEqual([await page.textContent('#locale-switch'), await page.getAttribute('#locale-switch', 'lang')], ['English', 'en']);
  assert.match(await page.textContent('#n-error'), /工作日数请填写整数/);
  assert.match(await page.textContent('#error-summary-list'), /校验不通过/);
  assert.deepEqual(problems, []);
  await context.close();
});
