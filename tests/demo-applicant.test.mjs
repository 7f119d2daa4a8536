// The applicant's experience, round three (issue 24), in Chromium on a phone (390×844, touch):
// one tap always works, dates are not judged mid-typing, late and ineligible are notices at
// the top, deadlines on a rest day give advice, focus follows list edits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { demoInBrowser, restoreDraft, setAsOf } from './chromium.mjs';
import { caseFiles } from './cases.mjs';

const PHONE = { width: 390, height: 844 };
// Screenshots for docs/ with UPDATE_SCREENSHOTS=1; otherwise a temporary folder (the work tree stays clean).
const shots = process.env.UPDATE_SCREENSHOTS === '1' ? new URL('../docs/screenshots/', import.meta.url).pathname : `${mkdtempSync(join(tmpdir(), 'jincheng-shots-'))}/`;
mkdirSync(shots, { recursive: true });
const byType = Object.fromEntries(caseFiles.map((f) => [f.type, f]));
let demo, browser, base;

before(async () => {
  demo = await demoInBrowser();
  ({ base, browser } = demo);
});
after(() => demo?.close());

/** A phone-sized page of the demo (`path` such as `?type=B3`), ready; page errors collected. */
async function phone(path = '', { viewport = PHONE } = {}) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.goto(base + path);
  await page.waitForSelector('body[data-ready=true]');
  return { context, page };
}

/** Choose a type with its base case (data/cases) as the saved draft, on the case's date or `asOf`. */
async function withBaseCase(page, type, asOf, change = {}) {
  const f = byType[type];
  const data = structuredClone(f.base);
  for (const [pointer, v] of Object.entries(change)) {
    const ts = pointer.split('/').slice(1);
    const o = ts.slice(0, -1).reduce((x, t) => x[t], data);
    if (v === undefined) delete o[ts.at(-1)];
    else o[ts.at(-1)] = v;
  }
  await restoreDraft(page, type, data, asOf ?? f.baseAsOf);
}

async function submit(page) {
  await page.tap('#application-form button[type=submit]');
  await page.waitForSelector('#check-result:not([hidden])');
}

test('24.1 A2: a tap on an error-list link right after leaving a field focuses its control, the first time', async () => {
  const { context, page } = await phone('?type=A2');
  await submit(page);
  const link = page.locator('#error-summary a', { hasText: '请填写收到决定书日期。' });
  await link.waitFor();
  // Type the credit code, then tap the link at once: the blur and the tap are one gesture.
  await page.tap('#f_applicant_creditCode');
  await page.keyboard.type('11140525MB151234XH');
  const before = await link.elementHandle();
  await link.tap();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f_decision_receivedDate', 'focus on the date, not the page body');
  // The list was updated in place: the same link node, still there.
  assert.equal(await before.evaluate((a) => a.isConnected), true);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('24.1 E2: a tap on 使用“…” right after typing in another field puts the value in, the first time', async () => {
  const { context, page } = await phone('?type=E2');
  await page.tap('#f_legalRepresentative_mobile');
  await page.keyboard.type('+86 139 3566 1288');
  await page.tap('#f_legalRepresentative_name');
  const use = page.locator('#f_legalRepresentative_mobile-jc-message button.jc-suggestion').first();
  await use.waitFor();
  assert.equal(await use.textContent(), '使用“13935661288”');
  await page.keyboard.type('张三');
  await use.tap();
  assert.equal(await page.inputValue('#f_legalRepresentative_mobile'), '13935661288');
  await page.waitForFunction(() => document.getElementById('f_legalRepresentative_mobile-jc-message').textContent === '');
  // The name was checked once the tap had landed.
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('22.7 bindForm is safe from DOM clobbering: controls named elements, append, id, querySelector; ids with spaces and quotes', async () => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.goto(`${base}examples/existing-portal.html`);
  const r = await page.evaluate(async () => {
    const { bindForm } = await import('../pkg/form/index.js');
    document.body.insertAdjacentHTML('beforeend', `<form id="k" action="#">
      <input type="hidden" name="id" value="portal-form-7"><input type="hidden" name="elements"><input type="hidden" name="append">
      <input type="hidden" name="querySelector"><input type="hidden" name="addEventListener"><input type="hidden" name="noValidate">
      <label for='a b"c'>单位名称</label><input id='a b"c' name="/applicant/name">
      <label for="kk">信用代码</label><input id="kk" name="/applicant/creditCode" aria-describedby="own"><p id="own">18位</p>
      <button>提交</button></form>`);
    const form = document.getElementById('k');
    const c = bindForm(form, 'enforcement-supervision-review', { asOf: '2026-10-09' });
    await c.ready;
    const report = c.check();
    const tokens = (el, attr) => (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
    const name = document.querySelector('#k [name="/applicant/name"]');
    const summary = document.querySelector('#k .jc-error-summary');
    const out = {
      issues: report.issues.length,
      labelledby: tokens(summary, 'aria-labelledby').map((id) => document.getElementById(id)?.textContent ?? null),
      describedby: tokens(name, 'aria-describedby').map((id) => document.getElementById(id)?.textContent ?? null),
      kk: tokens(document.getElementById('kk'), 'aria-describedby').map((id) => document.getElementById(id)?.textContent ?? null),
      nameId: name.id,
      hidden: document.querySelector('#k input[name=id]').value,
    };
    // The summary's link still reaches a control whose id has a space and a quote.
    [...summary.querySelectorAll('a')].find((a) => a.textContent === '请填写单位名称。').click();
    out.focused = document.activeElement === name;
    HTMLFormElement.prototype.requestSubmit.call(form);
    out.submitted = location.hash;
    c.destroy();
    out.after = document.querySelectorAll('#k .jc-message, #k .jc-error-summary').length;
    return out;
  });
  assert.ok(r.issues > 3);
  assert.deepEqual(r.labelledby, ['请修改以下内容'], 'the summary is labelled by its heading, not “[object HTMLInputElement]”');
  assert.deepEqual(r.describedby, ['请填写单位名称。'], 'one token, pointing at the message');
  assert.deepEqual(r.kk, ['18位', '请填写信用代码。']);
  assert.equal(r.nameId, 'a b"c', 'the page\'s own id is left as it is');
  assert.equal(r.hidden, 'portal-form-7');
  assert.equal(r.focused, true);
  assert.equal(r.submitted, '', 'a submit with errors is blocked');
  assert.equal(r.after, 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('24.2 a date typed key by key (11/20/2026) is not judged on its partial values; leaving it checks it', async () => {
  // en-US: the date control reads month/day/year, as in the report (typed 11/20/2026).
  const context = await browser.newContext({ locale: 'en-US', viewport: PHONE, hasTouch: true, isMobile: true });
  await context.addInitScript(() => localStorage.setItem('jincheng-locale', 'zh-CN'));
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.goto(`${base}?type=A2`);
  await page.waitForSelector('body[data-ready=true]');
  await setAsOf(page, '2026-11-23');
  const box = () => page.evaluate(() => document.getElementById('f_decision_receivedDate-jc-message')?.textContent ?? '');
  const values = [];
  const spoken = await liveChanges(page, async () => {
    await page.focus('#f_decision_receivedDate');
    for (const key of '11202026') {
      await page.keyboard.press(key);
      values.push(await page.inputValue('#f_decision_receivedDate'));
      assert.equal(await box(), '', `nothing said at ${values.at(-1)}`);
    }
  });
  assert.deepEqual(values.slice(-4), ['0002-11-20', '0020-11-20', '0202-11-20', '2026-11-20'], 'the browser reports each partial year');
  assert.deepEqual(spoken, [], 'nothing announced while the year is typed');
  // A year left unfinished: said once, on leaving.
  await page.goto(`${base}?type=A2`);
  await page.waitForSelector('body[data-ready=true]');
  await page.focus('#f_decision_receivedDate');
  for (const key of '1120202') await page.keyboard.press(key);
  assert.equal(await page.inputValue('#f_decision_receivedDate'), '0202-11-20');
  assert.equal(await box(), '');
  await page.focus('#f_reasons');
  await page.waitForFunction(() => /0202-11-20.*超出可办理的日期范围/.test(document.getElementById('f_decision_receivedDate-jc-message')?.textContent));
  assert.deepEqual(page.problems, []);
  await context.close();
});

/** The texts the live regions say (non-empty), until `fn` has run. */
async function liveChanges(page, fn) {
  await page.evaluate(() => {
    window.__said = [];
    const live = (n) => (n.nodeType === 1 ? n : n.parentElement)?.closest('[aria-live], [role=alert], [role=status]');
    window.__watch = new MutationObserver((list) => {
      for (const m of list) {
        const r = live(m.target);
        if (r && r.textContent) window.__said.push(r.textContent);
      }
    });
    window.__watch.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await fn();
  await page.waitForTimeout(300);
  return page.evaluate(() => { window.__watch.disconnect(); return window.__said; });
}

test('24.4 late (B4) and ineligible (E2) are notices at the top: what happened and what to do, not an item under a field', async () => {
  const { context, page } = await phone();
  await withBaseCase(page, 'scitech-acceptance-extension', '2026-03-01');
  await submit(page);
  const notice = page.locator('#form-notices .jc-notice');
  assert.equal(await notice.count(), 1);
  assert.match(await notice.textContent(), /^已超过期限延期验收申请须在完成时限（2026年3月31日）前1个月提出.*请尽快组织验收。$/);
  assert.equal(await page.isHidden('#error-summary'), true, 'not listed as a thing to fix');
  assert.equal(await page.evaluate(() => document.getElementById('f_completionDeadline-jc-message')?.textContent ?? ''), '', 'not under the field');
  assert.equal(await page.getAttribute('#f_completionDeadline', 'aria-invalid'), null);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'form-notices', 'the blocked submit goes to the notice');
  assert.equal(await page.textContent('#check-status'), '不能按本申请提交，原因见页面上方的说明。');
  const [top, form] = await page.evaluate(() => [document.getElementById('form-notices').getBoundingClientRect().top, document.getElementById('form-fields').getBoundingClientRect().top]);
  assert.ok(top < form, 'above the form');
  await notice.screenshot({ path: `${shots}notice-late-b4.png` });
  // E2 registered in a county: ineligible, whom to ask.
  await withBaseCase(page, 'free-seal-carving', undefined, { '/registrationAuthority': 'county' });
  await submit(page);
  assert.equal(await notice.count(), 1);
  assert.match(await notice.textContent(), /^不符合本事项的办理条件免费刻制印章仅面向在晋城市行政审批服务管理局登记注册的新开办企业.*请向登记地咨询。$/);
  assert.equal(await page.isHidden('#error-summary'), true);
  await page.screenshot({ path: `${shots}notice-ineligible-e2.png` });
  // Changed to the city's bureau: the notice goes at once.
  await page.selectOption('#f_registrationAuthority', 'municipal');
  await page.waitForSelector('#form-notices', { state: 'hidden' });
  // A2 late has a next step too (whom to ask).
  await withBaseCase(page, 'enforcement-supervision-review', '2026-10-20', { '/decision/receivedDate': '2026-09-28' });
  await submit(page);
  assert.match(await notice.textContent(), /^已超过期限已超过复查申请期限.*请向上一级行政执法监督机关咨询。$/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('24.6 focus after list edits: 增加一项 → the new entry\'s first control, announced; 删除此项 → the entry before', async () => {
  const { context, page } = await phone('?type=A3');
  const list = await page.evaluate(() => [...document.querySelectorAll('fieldset[data-kind=list]')].find((f) => f.querySelector('.list-item [data-pointer]'))?.id);
  assert.ok(list, 'a list of entries');
  const add = page.locator(`#${list} > button`);
  const before = await page.locator(`#${list} .list-item`).count();
  const spoken = await liveChanges(page, () => add.tap());
  assert.equal(await page.locator(`#${list} .list-item`).count(), before + 1);
  const focus = await page.evaluate((id) => {
    const a = document.activeElement;
    const item = a.closest('.list-item');
    return { inNew: item === [...document.querySelectorAll(`#${id} .list-item`)].at(-1), first: item?.querySelector('input, select, textarea') === a, group: item?.getAttribute('role'), name: document.getElementById(item?.getAttribute('aria-labelledby'))?.textContent };
  }, list);
  assert.deepEqual(focus, { inNew: true, first: true, group: 'group', name: `第${before + 1}项` });
  assert.equal(spoken.length, 1, JSON.stringify(spoken));
  assert.match(spoken[0], new RegExp(`^已增加.*第${before + 1}项。$`));
  // Remove the new entry: focus to the entry before it, never the page body.
  await page.locator(`#${list} .list-item`).last().locator(':scope > button').tap();
  const after = await page.evaluate((id) => {
    const item = document.activeElement.closest('.list-item');
    return { last: item === [...document.querySelectorAll(`#${id} .list-item`)].at(-1), tag: document.activeElement.tagName };
  }, list);
  assert.equal(after.last, true, 'in the entry before');
  assert.notEqual(after.tag, 'BODY');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('24.3 a last day on a rest day gives a civil servant\'s advice, on the card and in the status (2026 National Day; 2027 Spring Festival, unpublished)', async () => {
  const { context, page } = await phone();
  // B4 on 28 September 2026: the last day is 1 October (国庆节).
  await withBaseCase(page, 'scitech-acceptance-extension', '2026-09-28', { '/completionDeadline': '2026-11-01', '/requestedUntil': '2027-05-01' });
  await submit(page);
  assert.equal(await page.textContent('#deadline-list .deadline .advice'), '届满日10月1日为国庆节假期，请最迟于9月30日提交。');
  assert.equal(await page.textContent('#check-status'), '检查通过：没有错误，可以提交。届满日10月1日为国庆节假期，请最迟于9月30日提交。');
  await page.waitForFunction(() => document.querySelector('.jc-live')?.textContent !== '');
  assert.equal(await page.textContent('.jc-live'), '检查通过：没有错误。届满日10月1日为国庆节假期，请最迟于9月30日提交。', 'said, not only shown');
  await page.locator('#deadline-list .deadline-group').first().screenshot({ path: `${shots}advice-national-day-b4.png` });
  // 2027: one sentence says the schedule is not published; no second note, no file to load.
  await withBaseCase(page, 'scitech-acceptance-extension', '2026-12-01', { '/completionDeadline': '2027-03-08', '/requestedUntil': '2027-09-08' });
  await submit(page);
  await page.waitForFunction(() => document.querySelector('#deadline-list .advice')?.textContent.includes('2月8日'));
  const card = await page.textContent('#deadline-list .deadline');
  assert.match(card, /届满日2月8日预计为春节假期（2027年放假安排尚未公布），请最迟于2月4日提交。/);
  assert.equal(card.match(/尚未公布/g).length, 1, card);
  assert.doesNotMatch(card, /载入/);
  await page.locator('#deadline-list .deadline-group').first().screenshot({ path: `${shots}advice-spring-festival-2027-b4.png` });
  // The schedule loader is for operators: not in the applicant's working-day result.
  assert.equal(await page.locator('#result #calendar-file').count(), 0);
  assert.equal(await page.locator('#operators #calendar-file').count(), 1);
  assert.equal(await page.evaluate(() => document.getElementById('operators').open), false, 'closed unless opened');
  assert.deepEqual(page.problems, []);
  await context.close();
});

const axe = createRequire(import.meta.url)('axe-core');
async function audit(page, what) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axe.source);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], what);
}

test('axe: 0 violations with a notice at the top, deadline advice, and on the example page with errors', async () => {
  const { context, page } = await phone();
  await withBaseCase(page, 'scitech-acceptance-extension', '2026-03-01');
  await submit(page);
  await audit(page, 'B4 late notice');
  await withBaseCase(page, 'scitech-acceptance-extension', '2026-09-28', { '/completionDeadline': '2026-11-01', '/requestedUntil': '2027-05-01' });
  await submit(page);
  await page.evaluate(() => { document.getElementById('operators').open = true; });
  await audit(page, 'B4 advice, operators open');
  await page.goto(`${base}examples/existing-portal.html`);
  await page.waitForSelector('#dw_mc[aria-required=true]');
  await page.tap('button[type=submit]');
  await page.waitForSelector('.jc-error-summary:not([hidden])');
  await audit(page, 'example page with errors');
  await context.close();
});

test('24.5 messages name their place: the section of a repeated title (E1 财务负责人姓名), the entry of a list (D1 第2项)', async () => {
  const { context, page } = await phone();
  await withBaseCase(page, 'business-startup', undefined, { '/financeOfficer/name': undefined, '/agent/name': undefined });
  await submit(page);
  const links = await page.locator('#error-summary a').allTextContents();
  assert.ok(links.includes('请填写财务负责人姓名。') && links.includes('请填写经办人姓名。'), links.join(' | '));
  assert.ok(!links.includes('请填写姓名。'), links.join(' | '));
  await withBaseCase(page, 'unified-service-plan');
  await page.fill('#f_items_0_budget', '三十五');
  await page.fill('#f_items_1_budget', '十二');
  await submit(page);
  const d1 = await page.locator('#error-summary a').allTextContents();
  assert.deepEqual(d1.filter((t) => t.includes('服务预算')), ['第1项服务预算（万元）的填写方式不对：应为数字。', '第2项服务预算（万元）的填写方式不对：应为数字。']);
  // After 删除此项 the entries are numbered again, and so are their messages.
  await page.locator('#f_items .list-item').first().locator(':scope > button').tap();
  await submit(page);
  assert.deepEqual((await page.locator('#error-summary a').allTextContents()).filter((t) => t.includes('服务预算')), ['第1项服务预算（万元）的填写方式不对：应为数字。']);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('low: checkboxes and 依据 toggles are at least 24 px to tap at 360 px; 草稿已清除 is said', async () => {
  const { context, page } = await phone('?type=E1', { viewport: { width: 360, height: 740 } });
  const boxes = await page.$$eval('#form-fields input[type=checkbox]', (l) => l.map((b) => [b.getBoundingClientRect().width, b.getBoundingClientRect().height]));
  assert.ok(boxes.length > 0);
  for (const [w, h] of boxes) assert.ok(w >= 24 && h >= 24, `${w}×${h}`);
  await withBaseCase(page, 'business-startup');
  await submit(page);
  const toggles = await page.$$eval('details.citation summary', (l) => l.map((s) => s.getBoundingClientRect().height));
  assert.ok(toggles.length > 0 && toggles.every((h) => h >= 24), toggles.join());
  page.once('dialog', (d) => d.accept());
  await page.tap('#clear-draft');
  await page.waitForFunction(() => document.getElementById('draft-status').textContent === '草稿已清除。');
  await page.waitForTimeout(300);
  assert.equal(await page.textContent('#draft-status'), '草稿已清除。');
  assert.equal(await page.inputValue('#f_enterpriseName'), '');
  await context.close();
});

test('low: a weekend in 2027 is not tagged 按法定节假日推算; a draft says where it is kept and expires after 7 days; print leaves out the buttons and the tool', async () => {
  const { context, page } = await phone();
  await page.fill('#start', '2026-12-18');
  await page.fill('#n', '20');
  await page.tap('#workday-form button[type=submit]');
  await page.waitForSelector('#result:not([hidden])');
  const skipped = await page.locator('#skipped li').allTextContents();
  const weekends2027 = skipped.filter((t) => t.startsWith('2027') && t.includes('周末'));
  assert.ok(weekends2027.length > 0, skipped.join(' | '));
  for (const t of weekends2027) assert.doesNotMatch(t, /按法定节假日推算/);
  assert.ok(skipped.some((t) => /元旦假期.*按法定节假日推算/.test(t)), skipped.join(' | '));
  // Drafts: where, how long; an old one is dropped unread.
  await page.selectOption('#type-select', 'scitech-project-acceptance');
  await page.fill('#f_projectNumber', '20240101');
  await page.waitForFunction(() => document.getElementById('draft-status').textContent.includes('草稿已保存'));
  assert.match(await page.textContent('#draft-status'), /草稿已保存在本浏览器（.*），7天后自动清除；在公用电脑上填写的，离开前请点“清除草稿”。/);
  await page.evaluate(() => localStorage.setItem('jincheng-draft:scitech-project-acceptance', JSON.stringify({ version: 1, savedAt: Date.now() - 8 * 86400e3, data: { projectNumber: '20240102' } })));
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  assert.equal(await page.inputValue('#f_projectNumber'), '');
  assert.equal(await page.evaluate(() => localStorage.getItem('jincheng-draft:scitech-project-acceptance')), null);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#application-form button[type=submit]'), false);
  assert.equal(await page.isVisible('#workdays'), false);
  assert.equal(await page.isVisible('#f_projectNumber'), true);
  await context.close();
});

test('24.4 C1 filed late is a reminder at the top (a warning notice), and the status points there', async () => {
  const { context, page } = await phone();
  await withBaseCase(page, 'mlps-filing', '2026-10-13');
  await submit(page);
  const notice = page.locator('#form-notices .jc-notice');
  assert.equal(await notice.count(), 1);
  assert.match(await notice.getAttribute('class'), /jc-notice-late jc-warning/);
  assert.match(await notice.textContent(), /^已超过期限/);
  assert.equal(await page.textContent('#check-status'), '没有错误，但请先阅读页面上方的说明，确认后再提交。');
  assert.doesNotMatch(await page.textContent('#notices'), /备案/, 'not repeated under 提示');
  await context.close();
});

test('low: the line under the type select follows the deadlines: no stale 填写…后显示 once they are computed', async () => {
  const { context, page } = await phone('?type=B4');
  assert.match(await page.textContent('#type-deadlines'), /填写“任务书约定的完成时限”后显示/);
  await withBaseCase(page, 'scitech-acceptance-extension');
  await submit(page);
  assert.equal(await page.textContent('#type-deadlines'), '期限：已算出，见下方“期限”。');
  // Emptied again: back to what it needs.
  await page.fill('#f_completionDeadline', '');
  await submit(page);
  assert.match(await page.textContent('#type-deadlines'), /填写“任务书约定的完成时限”后显示/);
  await context.close();
});

test('24.4 C3 level 3 without the cryptography assessment: a condition at the top, not an error under an unstarred field', async () => {
  const { context, page } = await phone();
  await withBaseCase(page, 'mlps-assessment', '2026-06-01', { '/cryptoAssessment': false });
  await submit(page);
  const notice = page.locator('#form-notices .jc-notice');
  assert.equal(await notice.count(), 1);
  assert.match(await notice.textContent(), /^须先具备的条件第三级（含）以上网络须在等级测评中同步开展密码应用安全性评估/);
  assert.equal(await page.evaluate(() => document.getElementById('f_cryptoAssessment-jc-message')?.textContent ?? ''), '');
  assert.equal(await page.isHidden('#error-summary'), true);
  await context.close();
});
