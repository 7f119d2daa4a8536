// jincheng-rules/form (bindForm) in a real browser: Debian's chromium driven by
// playwright-core, the same set-up as tests/browser.test.mjs. Most tests use the hand-written
// form of www/examples/existing-portal.html (its own names, codes, labels, an e-mail field);
// the rest bind small forms built in the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoInBrowser } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}test-output`;
let demo, browser, base;

before(async () => {
  mkdirSync(out, { recursive: true });
  demo = await demoInBrowser();
  ({ base, browser } = demo);
});

after(() => demo?.close());

/** The example portal, bound and ready (bindForm marks required controls once ready). */
async function portal() {
  const page = await browser.newPage({ locale: 'zh-CN' });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(`${base}examples/existing-portal.html`);
  await page.waitForSelector('#dw_mc[aria-required=true]');
  return { page, problems };
}

const msg = (page, id) => page.evaluate((i) => document.getElementById(`${i}-jc-message`)?.textContent ?? '', id);

/** Fill the example form completely and validly. */
async function fillValid(page) {
  await page.check('#dw_lb_1');
  await page.fill('#dw_mc', '泽州县市场监督管理局');
  await page.fill('#xydm', '11140525MB151234XH');
  await page.fill('#lxr_xm', '李明');
  await page.fill('#lxr_sj', '13903560001');
  await page.fill('#lxr_yx', 'li@example.cn');
  await page.fill('#jd_wh', '泽执监决〔2026〕3号');
  await page.fill('#jd_jg', '泽州县司法局');
  await page.selectOption('#jd_qh', '140525');
  await page.fill('#sd_rq', '2026-09-28');
  await page.fill('#fh_ly', '认为原行政处罚程序合法，请求复查。');
}

test('the example page is wired with at most 10 lines of glue', async () => {
  const { readFileSync } = await import('node:fs');
  const glue = readFileSync(`${root}www/examples/existing-portal.js`, 'utf8').split('\n').filter((l) => l.trim() && !l.trim().startsWith('//'));
  assert.ok(glue.length <= 10, `${glue.length} lines`);
});

test('mapping: pinyin names and codes 1/2/3 become the submission; the e-mail field is the portal\'s own and never reported', async () => {
  const { page, problems } = await portal();
  await fillValid(page);
  const submission = await page.evaluate(async () => {
    const { bindForm } = await import('../pkg/form/index.js');
    // The example's controller is not exposed; bind the same form again to read it.
    const c = bindForm(document.getElementById('fhsq'), 'enforcement-supervision-review', {
      fields: { '/applicant/kind': { name: 'dw_lb', values: { 1: 'enforcement_agency', 2: 'authorized_organization', 3: 'citizen_or_organization' } },
        '/applicant/name': 'dw_mc', '/applicant/creditCode': 'xydm', '/applicant/contact/name': 'lxr_xm', '/applicant/contact/mobile': 'lxr_sj',
        '/decision/number': 'jd_wh', '/decision/issuer': 'jd_jg', '/decision/issuerDivision': 'jd_qh', '/decision/receivedDate': 'sd_rq', '/reasons': 'fh_ly' },
      asOf: '2026-10-09',
    });
    await c.ready;
    const s = c.submission();
    const r = c.check();
    c.destroy();
    return { s, issues: r.issues.map((i) => `${i.code}@${i.path}`) };
  });
  assert.deepEqual(submission.s, {
    applicant: { kind: 'enforcement_agency', name: '泽州县市场监督管理局', creditCode: '11140525MB151234XH', contact: { name: '李明', mobile: '13903560001' } },
    decision: { number: '泽执监决〔2026〕3号', issuer: '泽州县司法局', issuerDivision: '140525', receivedDate: '2026-09-28' },
    reasons: '认为原行政处罚程序合法，请求复查。',
  });
  assert.ok(!submission.issues.some((i) => /unknown_field|lxr_yx|email/.test(i)), submission.issues.join());
  assert.deepEqual(problems, []);
  await page.close();
});

test('mapping errors: a missing control throws at bind time naming it; a code that does not map is an issue at its control', async () => {
  const { page } = await portal();
  const thrown = await page.evaluate(async () => {
    const { bindForm } = await import('../pkg/form/index.js');
    try {
      bindForm(document.getElementById('fhsq'), 'enforcement-supervision-review', { fields: { '/applicant/name': 'dwmc' } });
      return null;
    } catch (e) {
      return e.message;
    }
  });
  assert.match(thrown, /"\/applicant\/name".*"dwmc".*not in the form/);
  // A fourth code the portal added, which maps to nothing.
  await page.evaluate(() => {
    const x = document.createElement('input');
    Object.assign(x, { type: 'radio', name: 'dw_lb', id: 'dw_lb_4', value: '4' });
    document.getElementById('dw_lb_3').parentElement.after(x);
  });
  await page.check('#dw_lb_4');
  await page.waitForFunction(() => document.getElementById('dw_lb_1-jc-message')?.textContent.includes('无法识别'));
  assert.match(await msg(page, 'dw_lb_1'), /申请单位类别的选项“4”无法识别，请重新选择。/);
  assert.equal(await page.getAttribute('#dw_lb_4', 'aria-invalid'), 'true');
  await page.close();
});

test('labels: messages use the portal\'s own label text', async () => {
  const { page } = await portal();
  await page.fill('#lxr_sj', '13903560001');
  await page.click('button[type=submit]');
  await page.waitForSelector('.jc-error-summary:not([hidden])');
  assert.equal(await msg(page, 'lxr_xm'), '请填写联系人姓名。');
  assert.equal(await msg(page, 'sd_rq'), '请填写决定书送达日期。');
  assert.match(await page.textContent('.jc-error-summary'), /请填写单位名称。/);
  await page.close();
});

test('timing: nothing while typing a first time; checked on leaving; an error shown clears as soon as it is fixed', async () => {
  const { page } = await portal();
  await page.click('#lxr_sj');
  await page.keyboard.type('1390356');
  assert.equal(await msg(page, 'lxr_sj'), '', 'no complaint about a number still being typed');
  assert.equal(await page.getAttribute('#lxr_sj', 'aria-invalid'), null);
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.getElementById('lxr_sj-jc-message')?.textContent !== '');
  assert.match(await msg(page, 'lxr_sj'), /7位/);
  // Back in the field: typing on keeps the message until it is right, then clears at once.
  await page.click('#lxr_sj');
  await page.keyboard.press('End');
  await page.keyboard.type('000');
  assert.match(await msg(page, 'lxr_sj'), /7位/, 'not re-punished while typing');
  await page.keyboard.type('1');
  await page.waitForFunction(() => document.getElementById('lxr_sj-jc-message').textContent === '');
  assert.equal(await page.getAttribute('#lxr_sj', 'aria-invalid'), null);
  // Leaving an untouched empty field says nothing.
  await page.click('#jd_wh');
  await page.keyboard.press('Tab');
  assert.equal(await msg(page, 'jd_wh'), '');
  await page.close();
});

test('submit: blocked on errors, focus on the summary, links focus the control (the first of a group), the summary follows fixes', async () => {
  const { page } = await portal();
  const url = page.url();
  await page.click('button[type=submit]');
  await page.waitForSelector('.jc-error-summary:not([hidden])');
  assert.equal(page.url(), url, 'not sent');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('jc-error-summary')), true);
  const links = await page.$$eval('.jc-error-summary a', (as) => as.map((a) => a.textContent));
  assert.ok(links.length >= 9, links.join('|'));
  await page.click('.jc-error-summary li:first-child a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dw_lb_1', 'the first control of the group');
  await page.screenshot({ path: `${out}/form-summary.png`, fullPage: true });
  const before = links.length;
  await page.fill('#dw_mc', '泽州县市场监督管理局');
  await page.press('#dw_mc', 'Tab');
  await page.waitForFunction((n) => document.querySelectorAll('.jc-error-summary li').length === n - 1, before);
  await page.close();
});

test('submit: warnings do not block; a valid form is confirmed, with no personal data in the address', async () => {
  const { page } = await portal();
  const url = page.url();
  await fillValid(page);
  await page.check('#dw_lb_2'); // an authorized organization: a warning, not an error
  await page.click('button[type=submit]');
  await page.waitForSelector('#sent:not([hidden])');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sent', 'the confirmation is where focus is');
  assert.match(await page.textContent('#sent'), /申请已提交/);
  assert.equal(await page.isHidden('#fhsq'), true);
  assert.equal(page.url(), url, 'nothing in the address');
  assert.equal(await page.getAttribute('#fhsq', 'method'), 'post', 'a portal\'s server gets it as POST, never in a URL');
  await page.close();
});

test('the example page: required stars from the checker, no developer wording, the .wasm as a file (not the embedded copy)', async () => {
  const page = await browser.newPage({ locale: 'zh-CN' });
  const requests = [];
  page.on('requestfinished', (r) => requests.push(r.url().slice(base.length)));
  await page.goto(`${base}examples/existing-portal.html`);
  await page.waitForSelector('#dw_mc[aria-required=true]');
  const star = (sel) => page.$eval(sel, (n) => getComputedStyle(n, '::after').content);
  assert.match(await star('label[for=dw_mc]'), /^" \*"/);
  assert.match(await star('.zu legend'), /^" \*"/);
  assert.equal(await star('label[for=lxr_yx]'), 'none', 'the portal\'s own optional field has none');
  assert.doesNotMatch(await page.textContent('body'), /jincheng|接入|示例|代码接入/);
  assert.ok(requests.includes('pkg/web/jincheng_bg.wasm'), requests.join(' '));
  assert.ok(!requests.includes('pkg/web/wasm.js'), 'the base64 copy is not downloaded');
  await page.close();
});

test('accessibility: aria-invalid, aria-describedby keeps the portal\'s hint, aria-required, setCustomValidity, one short announcement', async () => {
  const { page } = await portal();
  assert.equal(await page.getAttribute('#lxr_yx', 'aria-required'), null, 'the portal\'s own field is left alone');
  assert.equal(await page.getAttribute('#dw_lb_1', 'aria-required'), 'true');
  await page.fill('#xydm', '91140500MA1RGX182');
  await page.press('#xydm', 'Tab');
  await page.waitForFunction(() => document.getElementById('xydm').getAttribute('aria-invalid') === 'true');
  assert.equal(await page.getAttribute('#xydm', 'aria-describedby'), 'xydm_ts xydm-jc-message');
  assert.equal(await page.evaluate(() => document.getElementById('xydm').validity.customError), true);
  assert.equal(await page.evaluate(() => document.getElementById('xydm').matches(':invalid')), true);
  assert.equal(await page.evaluate(() => document.getElementById('xydm').validationMessage), (await msg(page, 'xydm')));
  await page.waitForFunction(() => document.querySelector('.jc-live').textContent !== '');
  assert.equal(await page.textContent('.jc-live'), await msg(page, 'xydm'), 'the one message, not the report');
  await page.fill('#xydm', '11140525MB151234XH');
  await page.waitForFunction(() => !document.getElementById('xydm').hasAttribute('aria-invalid'));
  assert.equal(await page.getAttribute('#xydm', 'aria-describedby'), 'xydm_ts');
  assert.equal(await page.evaluate(() => document.getElementById('xydm').validity.valid), true);
  await page.waitForFunction(() => document.querySelector('.jc-live').textContent === '已改正。');
  // After a submit: the count, once.
  await page.click('button[type=submit]');
  await page.waitForFunction(() => /处需要修改/.test(document.querySelector('.jc-live').textContent));
  assert.equal(await page.locator('[aria-live]').count(), 1);
  await page.close();
});

test('suggestion: a corrected value is offered as a button that puts it in', async () => {
  const { page } = await portal();
  await page.fill('#lxr_sj', '１３９０３５６０００１');
  await page.press('#lxr_sj', 'Tab');
  const button = page.locator('#lxr_sj-jc-message button.jc-suggestion');
  await button.waitFor();
  assert.equal(await button.textContent(), '使用“13903560001”');
  await button.click();
  assert.equal(await page.inputValue('#lxr_sj'), '13903560001');
  await page.waitForFunction(() => document.getElementById('lxr_sj-jc-message').textContent === '');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lxr_sj');
  await page.close();
});

test('asOf: the server\'s date decides (late on the 11th, in time on the 10th), not the device clock', async () => {
  const { page } = await portal();
  await fillValid(page);
  await page.evaluate(() => { document.body.dataset.serverDate = '2026-10-11'; });
  await page.click('button[type=submit]');
  // Late is a notice at the top of the form (what happened, by when), not a field to fix.
  await page.waitForSelector('.jc-notices:not([hidden]) .jc-notice-late');
  assert.match(await page.textContent('.jc-notice-late'), /^已超过期限.*2026年10月10日/);
  assert.equal(await msg(page, 'sd_rq'), '');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('jc-notices')), true, 'a blocked submit goes to the notice');
  await page.evaluate(() => { document.body.dataset.serverDate = '2026-10-10'; });
  await page.fill('#sd_rq', '2026-09-27');
  await page.fill('#sd_rq', '2026-09-28');
  await page.press('#sd_rq', 'Tab');
  await page.waitForSelector('.jc-notices[hidden]', { state: 'attached' });
  await page.close();
});

test('deadlines: rendered into the portal\'s element (rule in words, due date, provisional note)', async () => {
  const { page } = await portal();
  await page.fill('#sd_rq', '2026-09-28');
  await page.press('#sd_rq', 'Tab');
  await page.waitForSelector('#qx:not([hidden]) .jc-deadline');
  assert.equal(await page.textContent('#qx .jc-due'), '2026年10月10日（星期六）');
  assert.match(await page.textContent('#qx .jc-rule'), /跳过国庆节假期（2026年10月1日至7日）/);
  assert.equal(await page.locator('#qx .jc-provisional-note').count(), 0);
  await page.evaluate(() => { document.body.dataset.serverDate = '2026-12-28'; });
  await page.fill('#sd_rq', '2026-12-28');
  await page.press('#sd_rq', 'Tab');
  await page.waitForFunction(() => document.querySelector('#qx .jc-due').textContent.startsWith('2027年1月5日'));
  assert.match(await page.textContent('#qx .jc-provisional-note'), /放假安排尚未公布/);
  await page.screenshot({ path: `${out}/form-deadlines.png`, fullPage: true });
  await page.close();
});

test('lists map by index; labels option; asOf as a Date; a deadlines callback; destroy() restores the form', async () => {
  const { page } = await portal();
  const r = await page.evaluate(async () => {
    const { bindForm } = await import('../pkg/form/index.js');
    document.body.insertAdjacentHTML('beforeend', `<form id="t">
      <label for="ah">案号</label><input id="ah" name="/caseNumber">
      <label for="xm0">监督人员姓名</label><input id="xm0" name="jdry_xm">
      <label for="zh0">执法证号</label><input id="zh0" name="jdry_zh">
      <label for="xm1">监督人员姓名</label><input id="xm1" name="jdry_xm">
      <label for="zh1">执法证号</label><input id="zh1" name="jdry_zh" aria-describedby="own">
      <p id="own">证件上的号码</p><button>提交</button></form>`);
    const form = document.getElementById('t');
    const seen = [];
    const c = bindForm(form, 'enforcement-supervision-decision', {
      fields: { '/supervisors/*/name': 'jdry_xm', '/supervisors/*/certificateNumber': 'jdry_zh' },
      asOf: new Date(Date.UTC(2023, 6, 20)), labels: { '/caseNumber': '监督案件编号' }, deadlines: (list) => seen.push(list.length),
    });
    await c.ready;
    document.getElementById('xm1').value = '赵敏';
    document.getElementById('zh0').value = '晋监14052500001';
    const report = c.check();
    const text = (id) => document.getElementById(`${id}-jc-message`)?.textContent ?? '';
    const result = {
      submission: c.submission(),
      enforcementBody: report.issues.find((i) => i.path === '/enforcementBody')?.message,
      firstControl: text('ah'), xm0: text('xm0'), zh1: text('zh1'), seen: seen.length,
      describedby: document.getElementById('zh1').getAttribute('aria-describedby'),
    };
    c.destroy();
    result.after = { describedby: document.getElementById('zh1').getAttribute('aria-describedby'), boxes: document.querySelectorAll('#t .jc-message').length, invalid: document.querySelectorAll('#t [aria-invalid]').length };
    return result;
  });
  assert.deepEqual(r.submission, { supervisors: [{ certificateNumber: '晋监14052500001' }, { name: '赵敏' }] });
  // /caseNumber's message uses the labels option.
  assert.match(r.firstControl, /请填写监督案件编号。/);
  assert.match(r.xm0, /请填写/);
  assert.match(r.zh1, /请填写/);
  assert.ok(r.seen >= 1);
  assert.equal(r.describedby.split(' ')[0], 'own');
  assert.deepEqual(r.after, { describedby: 'own', boxes: 0, invalid: 0 });
  await page.close();
});

test('empty groups: each empty field at its control; an issue at a group (a list too short) goes to its first mapped control', async () => {
  const { page } = await portal();
  const r = await page.evaluate(async () => {
    const { bindForm } = await import('../pkg/form/index.js');
    document.body.insertAdjacentHTML('beforeend', `<form id="g">
      <label for="g1">单位名称</label><input id="g1" name="/applicant/name">
      <label for="g2">信用代码</label><input id="g2" name="/applicant/creditCode"></form>
      <form id="h"><label for="h1">监督人员姓名</label><input id="h1" name="jdry_xm"><input id="h2" name="jdry_xm" aria-label="监督人员姓名"></form>`);
    const c = bindForm(document.getElementById('g'), 'enforcement-supervision-review', { asOf: '2026-10-09' });
    await c.ready;
    const report = c.check();
    const d = bindForm(document.getElementById('h'), 'enforcement-supervision-decision', { fields: { '/supervisors/*/name': 'jdry_xm' }, asOf: '2023-07-20' });
    await d.ready;
    document.getElementById('h1').value = '王强';
    const listReport = d.check();
    const text = (id) => document.getElementById(`${id}-jc-message`)?.textContent ?? '';
    return {
      paths: report.issues.map((i) => i.path), g1: text('g1'), summary: document.querySelector('#g .jc-error-summary').textContent,
      list: listReport.issues.filter((i) => i.path === '/supervisors').map((i) => i.code), h1: text('h1'), h2: text('h2'),
    };
  });
  assert.ok(!r.paths.includes('/applicant'), r.paths.join());
  assert.equal(r.g1, '请填写单位名称。');
  // A field the form has no control for, and a group without any: in the summary, as text.
  assert.match(r.summary, /请选择申请单位类别。/);
  assert.match(r.summary, /请填写行政执法监督决定书。/);
  assert.deepEqual(r.list, ['too_few']);
  assert.match(r.h1, /至少需要2人/);
  assert.equal(r.h2, '');
  await page.close();
});
