// The applicant's experience of the demo's application form (issue 14, points 1, 2, 5, 7, 8,
// 9, 10, 13), in Chromium at phone size (390×844; 360 wide where the width matters).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { demoInBrowser, restoreDraft, setAsOf } from './chromium.mjs';
import { caseFiles } from './cases.mjs';

const require = createRequire(import.meta.url);
const pkg = require('../pkg');
const PHONE = { width: 390, height: 844 };
const byType = Object.fromEntries(caseFiles.map((f) => [f.type, f]));
let demo, browser, base;

before(async () => {
  demo = await demoInBrowser();
  ({ base, browser } = demo);
});
after(() => demo?.close());

/** A phone-sized page of the demo (`path` such as `?type=B3`), ready; page errors collected. */
async function phone(path = '', { viewport = PHONE, context: opts = {} } = {}) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport, hasTouch: true, isMobile: true, ...opts });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.goto(base + path);
  await page.waitForSelector('body[data-ready=true]');
  return { context, page };
}

/** Choose a type with its base case (data/cases) as the saved draft, on the case's date or `asOf`. */
async function withBaseCase(page, type, asOf) {
  const f = byType[type];
  await restoreDraft(page, type, f.base, asOf ?? f.baseAsOf);
}

async function submit(page) {
  await page.click('#application-form button[type=submit]');
  await page.waitForSelector('#check-result:not([hidden])');
}

test('1. a document out of force is said at the top before anything is filled; the status says exactly what holds', async () => {
  const { context, page } = await phone('?type=A1');
  await setAsOf(page, '2026-12-02');
  // Nothing filled yet: the package's own warning sits under the type select.
  assert.match(await page.getAttribute('#type-validity', 'class'), /warning/);
  assert.match(await page.textContent('#type-validity'), /有效期至2023年11月30日，现已到期/); // issue 23: one plain sentence
  const top = await page.evaluate(() => [document.getElementById('type-validity').getBoundingClientRect().top, document.getElementById('form-fields').getBoundingClientRect().top]);
  assert.ok(top[0] < top[1], 'above the form');
  // Not yet in force.
  await setAsOf(page, '2021-06-01');
  assert.match(await page.textContent('#type-validity'), /尚未施行|施行日期/);
  // In force: a plain line, no warning.
  await page.selectOption('#type-select', 'mlps-filing');
  await setAsOf(page, '2026-12-02');
  assert.match(await page.textContent('#type-validity'), /按提交日期（2026年12月2日）在有效期内/);
  assert.doesNotMatch(await page.getAttribute('#type-validity', 'class'), /warning/);
  // A valid A1 in December 2026: no errors, one warning to confirm; never “可以提交” beside it.
  await withBaseCase(page, 'enforcement-supervision-request', '2026-12-02');
  await submit(page);
  const status = await page.textContent('#check-status');
  assert.match(status, /没有错误，但有1条提醒需要您先确认/);
  assert.doesNotMatch(status, /可以提交/);
  assert.equal(await page.getAttribute('#check-status', 'class'), 'warn');
  await page.waitForFunction(() => document.querySelector('.jc-live')?.textContent !== '');
  assert.equal(await page.textContent('.jc-live'), '没有错误；有1条提醒，请确认后再提交。');
  // In force and clean: 检查通过.
  await withBaseCase(page, 'scitech-project-acceptance');
  await submit(page);
  assert.match(await page.textContent('#check-status'), /^检查通过：没有错误，可以提交。/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('2. the chosen type is in the address: a reload keeps it and its draft, a link opens it, back and forward follow', async () => {
  const { context, page } = await phone();
  await page.selectOption('#type-select', 'scitech-project-acceptance');
  assert.equal(new URL(page.url()).searchParams.get('type'), 'B3');
  await page.fill('#f_projectNumber', '20240101');
  await page.waitForFunction(() => document.getElementById('draft-status').textContent.includes('草稿已保存'));
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  assert.equal(await page.inputValue('#type-select'), 'scitech-project-acceptance');
  assert.equal(await page.inputValue('#f_projectNumber'), '20240101');
  assert.match(await page.textContent('#draft-status'), /已恢复/);
  // Another type, then back and forward.
  await page.selectOption('#type-select', 'business-startup');
  assert.equal(new URL(page.url()).searchParams.get('type'), 'E1');
  await page.goBack();
  await page.waitForFunction(() => document.getElementById('type-select').value === 'scitech-project-acceptance' && document.getElementById('f_projectNumber'));
  assert.equal(await page.inputValue('#f_projectNumber'), '20240101');
  await page.goForward();
  await page.waitForFunction(() => document.getElementById('type-select').value === 'business-startup' && document.getElementById('f_submittedAt'));
  // A shared link, by code or by id; an unknown one falls back to the first type.
  await page.goto(`${base}?type=d3`);
  await page.waitForSelector('body[data-ready=true]');
  assert.equal(await page.inputValue('#type-select'), 'simulated-approval-conversion');
  await page.goto(`${base}?type=free-seal-carving`);
  await page.waitForSelector('body[data-ready=true]');
  assert.equal(await page.inputValue('#type-select'), 'free-seal-carving');
  await page.goto(`${base}?type=Z9`);
  await page.waitForSelector('body[data-ready=true]');
  assert.equal(await page.inputValue('#type-select'), 'enforcement-supervision-request');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('5. deadlines: none for six types, what each needs for the others (from applicationTypes()), before and after a check', async () => {
  const { context, page } = await phone();
  const types = pkg.applicationTypes();
  const none = types.filter((t) => !t.deadlines.length).map((t) => t.code);
  assert.deepEqual(none, ['A1', 'B1', 'B2', 'C4', 'D1', 'D4']);
  for (const t of types) {
    await page.selectOption('#type-select', t.id);
    const top = await page.textContent('#type-deadlines');
    assert.doesNotMatch(top, /填写相关日期后显示/);
    if (!t.deadlines.length) assert.equal(top, '期限：本事项没有需要计算的期限。', t.code);
    else for (const d of t.deadlines) assert.ok(top.includes(d.title), `${t.code}: ${d.title} in “${top}”`);
  }
  await page.selectOption('#type-select', 'enforcement-supervision-review');
  assert.equal(await page.textContent('#type-deadlines'), '期限（检查后显示在下方）：申请复查的期限：填写“收到决定书日期”后显示。');
  await submit(page);
  assert.equal(await page.textContent('#deadline-list'), '申请复查的期限：填写“收到决定书日期”后显示。');
  await page.selectOption('#type-select', 'business-startup');
  // E1: six deadlines need the same two fields: one line; the whole process needs one.
  assert.deepEqual(await page.locator('#type-deadlines .pending').allTextContents(), [
    '领取营业执照（即来即办）、印章刻制（1小时）、银行开户（0.5个工作日）、申领发票和税务Ukey（即来即办）、员工参保登记（即来即办）、住房公积金企业缴存登记（即来即办）：填写“提交时间”和“申请办理的环节”后显示。',
    '企业开办全流程办结（1个工作日）：填写“提交时间”后显示。',
  ]);
  await page.selectOption('#type-select', 'enforcement-supervision-request');
  await submit(page);
  assert.equal(await page.textContent('#deadline-list'), '期限：本事项没有需要计算的期限。');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('5. an overdue deadline is marked overdue, not shown like a future one', async () => {
  const { context, page } = await phone();
  await withBaseCase(page, 'enforcement-supervision-review', '2026-10-09');
  await page.fill('#f_decision_receivedDate', '2026-09-28');
  await submit(page);
  assert.equal(await page.locator('.deadline.overdue').count(), 0, 'due 10 October, submitted on the 9th');
  await setAsOf(page, '2026-10-20');
  await page.waitForSelector('.deadline.overdue');
  assert.match(await page.textContent('.deadline.overdue'), /已逾期.*2026年10月10日（星期六）/);
  assert.match(await page.textContent('.deadline.overdue .overdue-note'), /期限已于2026年10月10日（星期六）届满，提交日期是2026年10月20日/);
  const colour = await page.evaluate(() => getComputedStyle(document.querySelector('.deadline.overdue')).borderLeftColor);
  assert.notEqual(colour, 'rgb(26, 127, 55)', 'not the green of a deadline to come');
  const tag = await page.$eval('.overdue-tag', (t) => [getComputedStyle(t).color, getComputedStyle(t).backgroundColor]);
  assert.deepEqual(tag, ['rgb(255, 255, 255)', 'rgb(179, 38, 30)'], 'white on red, readable');
  // Back to a date in time: the mark goes.
  await setAsOf(page, '2026-10-10');
  await page.waitForFunction(() => !document.querySelector('.deadline.overdue'));
  await context.close();
});

test('5. month views: a key, a label on the due day, the months of the period, one view per distinct due date (E1: one, not seven)', async () => {
  const { context, page } = await phone();
  // A2: received 28 September, due 10 October: September and October, start and due marked.
  await withBaseCase(page, 'enforcement-supervision-review', '2026-10-09');
  await page.fill('#f_decision_receivedDate', '2026-09-28');
  await submit(page);
  const key = await page.textContent('#deadline-list .month-key');
  for (const word of ['休', '法定节假日', '班', '调休上班', '届满', '期限届满日', '起算']) assert.ok(key.includes(word), `${word} in the key “${key}”`);
  assert.deepEqual(await page.locator('#deadline-list table.month caption').allTextContents(), ['2026年9月', '2026年10月']);
  assert.equal(await page.textContent('#deadline-list td.due .due-mark'), '届满', 'the due day says so in words');
  assert.equal(await page.getAttribute('#deadline-list td.due', 'aria-label'), '2026-10-10，班，届满日');
  assert.match(await page.getAttribute('#deadline-list td.start', 'aria-label'), /^2026-09-28，起算日$/);
  // B3: half a year: the first and the last month, the months between said to be left out.
  await withBaseCase(page, 'scitech-project-acceptance');
  await submit(page);
  assert.deepEqual(await page.locator('#deadline-list table.month caption').allTextContents(), ['2026年3月', '2026年9月']);
  assert.match(await page.textContent('#deadline-list .period-view'), /中间5个月从略/);
  // C3: the next assessment needs only the level (its last assessment date is optional): no start day marked, none in the key.
  await withBaseCase(page, 'mlps-assessment');
  await submit(page);
  assert.equal(await page.locator('#deadline-list td.start').count(), 0);
  assert.doesNotMatch(await page.textContent('#deadline-list .month-key'), /起算/);
  // E1: seven deadlines on two days (six the same day, the whole process the next): two views, not seven.
  await withBaseCase(page, 'business-startup');
  await submit(page);
  const report = pkg.validate('business-startup', byType['business-startup'].base, { asOf: byType['business-startup'].baseAsOf });
  const days = new Set(report.deadlines.map((d) => d.due.slice(0, 10)));
  assert.equal(report.deadlines.length, 7);
  assert.equal(await page.locator('#deadline-list .deadline').count(), 7);
  assert.equal(await page.locator('#deadline-list .period-view').count(), days.size);
  assert.equal(days.size, 2);
  const height = await page.evaluate(() => document.getElementById('deadline-list').offsetHeight);
  assert.ok(height < 3000, `E1's deadlines ${height} px high on a phone (3,759 before)`);
  assert.equal(await page.locator('#deadline-list .month-key').count(), 1);
  await context.close();
  // 360 wide: the deadlines and their month views fit.
  const narrow = await phone('?type=E1', { viewport: { width: 360, height: 740 } });
  await withBaseCase(narrow.page, 'business-startup');
  await submit(narrow.page);
  const [scroll, client] = await narrow.page.evaluate(() => [document.getElementById('deadline-list').scrollWidth, document.getElementById('deadline-list').clientWidth]);
  assert.ok(scroll <= client, `deadline list ${scroll} px wide in ${client} px`);
  await narrow.context.close();
});

test('7. required fields are announced, the star is explained, optional sections say when theirs are required', async () => {
  const { context, page } = await phone('?type=E1');
  assert.equal(await page.textContent('.required-note'), '带 * 的为必填项。');
  // Every starred control outside an optional section carries aria-required.
  const starred = await page.evaluate(() => [...document.querySelectorAll('#form-fields .field')].filter((f) => f.querySelector('.required-mark'))
    .map((f) => f.querySelector('input, select, textarea')).map((c) => ({ name: c.name, required: c.getAttribute('aria-required'), describedby: c.getAttribute('aria-describedby') })));
  assert.ok(starred.length >= 10, `${starred.length} starred`);
  const inSections = starred.filter((s) => /^\/(financeOfficer|agent)\//.test(s.name));
  assert.equal(inSections.length, 6, 'name, ID and mobile of 财务负责人 and 经办人');
  for (const s of starred.filter((x) => !inSections.includes(x))) assert.equal(s.required, 'true', s.name);
  for (const s of inSections) {
    assert.equal(s.required, null, `${s.name}: required only when the section is filled`);
    assert.match(await page.textContent(`#${s.describedby}`), /本栏选填；填写本栏时，带 \* 的项必填/);
  }
  // Filling the section makes its required fields required.
  await page.fill('#f_financeOfficer_name', '赵会计');
  await page.press('#f_financeOfficer_name', 'Tab');
  await page.waitForFunction(() => document.getElementById('f_financeOfficer_residentId').getAttribute('aria-required') === 'true');
  assert.equal(await page.getAttribute('#f_agent_residentId', 'aria-required'), null);
  // A condition of the schema: the resident ID of A1 once the applicant is a citizen.
  await page.selectOption('#type-select', 'enforcement-supervision-request');
  assert.equal(await page.getAttribute('#f_applicant_residentId', 'aria-required'), null);
  await page.selectOption('#f_applicant_kind', 'citizen');
  await page.waitForFunction(() => document.getElementById('f_applicant_residentId').getAttribute('aria-required') === 'true');
  assert.equal(await page.getAttribute('#f_applicant_creditCode', 'aria-required'), null);
  assert.deepEqual(page.problems, []);
  await context.close();
});

/** Record which live regions change (by id or class), and their text, until `fn` has run. */
async function liveChanges(page, fn) {
  await page.evaluate(() => {
    window.__live = new Map();
    const live = (n) => (n.nodeType === 1 ? n : n.parentElement)?.closest('[aria-live], [role=alert], [role=status], [role=log]');
    new MutationObserver((list) => {
      for (const m of list) {
        const r = live(m.target);
        if (r) window.__live.set(r, r.id || r.className);
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await fn();
  await page.waitForTimeout(300);
  return page.evaluate(() => [...window.__live].map(([r, name]) => ({ name, text: r.textContent })));
}

test('8. a check changes one live region, with one short sentence', async () => {
  const { context, page } = await phone('?type=A1');
  const bad = await liveChanges(page, () => submit(page));
  assert.equal(bad.length, 1, JSON.stringify(bad));
  assert.match(bad[0].text, /^有\d+处需要修改，请看页面上方的列表。$/);
  assert.ok(bad[0].text.length < 30);
  await withBaseCase(page, 'business-startup');
  const good = await liveChanges(page, () => submit(page));
  assert.equal(good.length, 1, JSON.stringify(good));
  assert.equal(good[0].text, '检查通过：没有错误。');
  await context.close();
});

test('9. long text: a counter, and a paste cut at the limit is said', async () => {
  const { context, page } = await phone('?type=A1', { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  assert.equal(await page.textContent('#f_facts-jc-count'), '已填写0字，最多5000字');
  assert.match(await page.getAttribute('#f_facts', 'aria-describedby'), /f_facts-jc-count/);
  await page.evaluate(() => navigator.clipboard.writeText('事'.repeat(7200)));
  await page.focus('#f_facts');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => document.querySelector('#f_facts-jc-count .jc-cut'));
  assert.equal((await page.inputValue('#f_facts')).length, 5000);
  assert.equal(await page.textContent('#f_facts-jc-count .jc-length'), '已填写5000字，最多5000字');
  assert.equal(await page.textContent('#f_facts-jc-count .jc-cut'), '粘贴的内容有7200字，超过上限5000字，后2200字没有填入。请删减后再粘贴。');
  await page.waitForFunction(() => document.querySelector('.jc-live').textContent.startsWith('粘贴的内容有7200字'));
  // Shortened under the limit: the note goes, the count follows.
  await page.press('#f_facts', 'Backspace');
  assert.equal(await page.textContent('#f_facts-jc-count'), '已填写4999字，最多5000字');
  // Typed text within the limit says nothing of a cut.
  await page.fill('#f_facts', '');
  await page.keyboard.insertText('申请理由');
  assert.equal(await page.textContent('#f_facts-jc-count'), '已填写4字，最多5000字');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('10. phone keyboards and autofill follow the field kinds', async () => {
  const { context, page } = await phone('?type=A2');
  const attrs = (sel) => page.$eval(sel, (c) => ({ type: c.type, inputMode: c.inputMode, autocomplete: c.getAttribute('autocomplete'), autocapitalize: c.getAttribute('autocapitalize') }));
  assert.deepEqual(await attrs('#f_applicant_contact_mobile'), { type: 'tel', inputMode: 'tel', autocomplete: 'tel-national', autocapitalize: null });
  assert.equal((await attrs('#f_applicant_contact_name')).autocomplete, 'name');
  assert.equal((await attrs('#f_applicant_name')).autocomplete, 'organization');
  // A credit code has letters: the text keyboard in capitals, no autofill.
  assert.deepEqual(await attrs('#f_applicant_creditCode'), { type: 'text', inputMode: 'text', autocomplete: 'off', autocapitalize: 'characters' });
  await page.selectOption('#type-select', 'enforcement-supervision-request');
  // An ID number may end in X: not the digit keypad.
  assert.deepEqual(await attrs('#f_applicant_residentId'), { type: 'text', inputMode: 'text', autocomplete: 'off', autocapitalize: 'characters' });
  assert.equal((await attrs('#f_applicant_mobile')).autocomplete, 'tel-national');
  await page.selectOption('#type-select', 'scitech-project-application');
  assert.equal((await attrs('#f_budget')).inputMode, 'decimal');
  // Other people's numbers are not filled from the applicant's own.
  assert.equal((await attrs('#f_leader_mobile')).autocomplete, 'off');
  await page.selectOption('#type-select', 'scitech-acceptance-extension');
  assert.deepEqual({ ...(await attrs('#f_previousExtensions')), pattern: await page.getAttribute('#f_previousExtensions', 'pattern') }, { type: 'text', inputMode: 'numeric', autocomplete: 'off', autocapitalize: null, pattern: '[0-9]*' });
  // autocomplete=off only on identifiers and other people's numbers, never on every field.
  await page.selectOption('#type-select', 'security-service-registration');
  assert.equal((await attrs('#f_company_address')).autocomplete, 'street-address');
  const off = await page.$$eval('#form-fields input[autocomplete=off]', (l) => l.map((c) => c.name));
  const all = await page.$$eval('#form-fields input[type=text], #form-fields input[type=tel]', (l) => l.length);
  assert.ok(off.length < all, `${off.length} of ${all} off`);
  for (const name of off) assert.match(name, /creditCode|residentId|mobile/);
  // Numbers typed in a text field reach the check as numbers.
  await page.selectOption('#type-select', 'scitech-acceptance-extension');
  await page.fill('#f_previousExtensions', '1');
  await page.press('#f_previousExtensions', 'Tab');
  await page.waitForFunction(() => document.getElementById('f_previousExtensions-jc-message')?.textContent.length > 0);
  assert.match(await page.textContent('#f_previousExtensions-jc-message'), /延期/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('13. small: the add button\'s full-width colon, nested quotation marks, article numbers 三（一）1', async () => {
  const { context, page } = await phone('?type=A1');
  const add = await page.textContent('#f_evidence > button');
  assert.match(add, /^增加一项：/);
  assert.doesNotMatch(add, /: /);
  // D2's clause opens with a quotation: inside “…” it becomes ‘…’, never ““.
  await withBaseCase(page, 'simulated-approval');
  await page.fill('#f_plannedStartDate', '2026-12-20');
  await submit(page);
  const quotes = await page.$$eval('details.citation p', (l) => l.map((p) => p.textContent));
  assert.ok(quotes.some((q) => q.startsWith('“‘模拟审批’只作为')), quotes.join('\n'));
  for (const q of quotes) assert.doesNotMatch(q, /““|””/);
  // C1: 三（一）1 in the citation and the document line.
  await withBaseCase(page, 'mlps-filing');
  await submit(page);
  assert.match(await page.textContent('#type-document'), /三（一）1/);
  assert.match(await page.textContent('#deadline-list'), /晋市政办〔2021〕43号 三（一）1/);
  await context.close();
  // The scan: no article with ASCII brackets, no clause quoted twice, anywhere in the package.
  for (const r of pkg.rules(null)) if (r.citation) assert.doesNotMatch(r.citation.article, /[()]/, `${r.typeId} ${r.code}`);
  for (const t of pkg.applicationTypes()) for (const a of t.articles) assert.doesNotMatch(a, /[()]/, t.code);
  for (const r of pkg.rules(null)) if (r.citation) assert.doesNotMatch(r.citation.text, /““|””/);
});
