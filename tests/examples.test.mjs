// The two portal pages of issue 20, redone with the documented usage only: Vue 3 + Element
// Plus (mlps-filing) and React 19 + react-hook-form in TypeScript strict
// (scitech-acceptance-extension), under www/examples/. Each is built here with esbuild, the
// package resolved as an installed `jincheng-rules` (no configuration for it), the React one
// type-checked with `tsc --strict`, as is the guide's react-hook-form example; then both are
// used in Chromium as an applicant would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { demoInBrowser } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ex = (p) => join(root, 'www/examples', p);
const glue = (file) => readFileSync(ex(file), 'utf8').split('\n').filter((l) => l.trim() && !l.trim().startsWith('//'));
let demo;

/** Build an example's main file into its dist/, as a portal's bundler would (the package by its name). */
async function build(dir, entry, extra = {}) {
  await esbuild.build({
    entryPoints: [ex(`${dir}/${entry}`)], bundle: true, format: 'esm', target: 'es2022', outdir: ex(`${dir}/dist`), entryNames: 'main',
    alias: { 'jincheng-rules': join(root, 'pkg') }, logLevel: 'error', jsx: 'automatic', ...extra,
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false', ...extra.define },
  });
}

before(async () => {
  // Element Plus in in-DOM templates needs Vue's template compiler (its full ES build).
  await build('element-plus', 'main.js', { alias: { 'jincheng-rules': join(root, 'pkg'), vue: 'vue/dist/vue.esm-bundler.js' } });
  await build('react-hook-form', 'main.tsx');
  demo = await demoInBrowser();
});
after(() => demo?.close());

async function open(path) {
  const page = await demo.browser.newPage({ locale: 'zh-CN' });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(`${demo.base}examples/${path}`);
  return { page, problems };
}

test('glue: at most 15 lines each (the form itself is the portal\'s: index.html, form.tsx)', () => {
  assert.ok(glue('element-plus/main.js').length <= 15, `${glue('element-plus/main.js').length} lines`);
  assert.ok(glue('react-hook-form/main.tsx').length <= 15, `${glue('react-hook-form/main.tsx').length} lines`);
});

test('TypeScript strict: the react-hook-form page and the guide\'s example compile without a cast', () => {
  const tsc = join(root, 'node_modules/.bin/tsc');
  const page = spawnSync(tsc, ['-p', ex('react-hook-form/tsconfig.json')], { encoding: 'utf8' });
  assert.equal(page.status, 0, page.stdout + page.stderr);
  // The guide's example, as written in docs/portal-guide.md.
  const guide = readFileSync(join(root, 'docs/portal-guide.md'), 'utf8');
  const block = guide.match(/<!-- checked: tsc --strict -->\n```tsx\n([\s\S]*?)```/);
  assert.ok(block, 'the guide marks its react-hook-form example');
  // Inside the repository, so that react and react-hook-form resolve from its node_modules.
  mkdirSync(join(root, 'test-output'), { recursive: true });
  const dir = mkdtempSync(join(root, 'test-output', 'guide-tsc-'));
  try {
    writeFileSync(join(dir, 'guide.tsx'), block[1]);
    const config = JSON.parse(readFileSync(ex('react-hook-form/tsconfig.json'), 'utf8'));
    config.compilerOptions.paths = Object.fromEntries(Object.entries(config.compilerOptions.paths).map(([k, [v]]) => [k, [join(ex('react-hook-form'), v)]]));
    config.files = ['guide.tsx'];
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    const r = spawnSync(tsc, ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const epError = (page, id) => page.evaluate((i) => document.getElementById(i)?.closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent.trim() ?? '', id);

test('Element Plus: asterisks from the form model, blur for text, change for pickers, stale cross-field messages cleared, warnings shown, submit blocked then sent', async () => {
  const { page, problems } = await open('element-plus/index.html');
  await page.waitForSelector('.el-form-item');
  const required = await page.$$eval('.el-form-item.is-required label', (ls) => ls.map((l) => l.textContent.trim()));
  for (const label of ['网络运营者名称', '统一社会信用代码', '系统名称', '保护等级', '定级日期', '有无行业主管部门']) assert.ok(required.includes(label), `${label}: ${required.join()}`);
  assert.ok(!required.includes('电子邮箱') && !required.includes('评审日期'), required.join());
  // Nothing while typing; the message on leaving the field.
  await page.click('#xydm');
  await page.keyboard.type('9114');
  await page.waitForTimeout(150);
  assert.equal(await epError(page, 'xydm'), '', 'no message after four characters');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => /18位/.test(document.getElementById('xydm').closest('.el-form-item').textContent));
  // 无行业主管部门 rules the approval out: its items are hidden (and not checked); 有 brings them back.
  await page.click('#zgbm label:has-text("无")');
  await page.waitForFunction(() => !document.getElementById('zgbm_mc'));
  // Radios: on change. 有行业主管部门 → its approval applies. Answering the optional 专家评审
  // makes its own required field required: the asterisk follows the answers.
  await page.click('#zgbm label:has-text("有")');
  await page.waitForSelector('#zgbm_mc');
  await page.fill('#ps_rq', '2026-09-10');
  await page.press('#ps_rq', 'Enter');
  await page.waitForFunction(() => document.getElementById('zjps').closest('.el-form-item').classList.contains('is-required'));
  await page.click('#zjps label:has-text("是")');
  // Dates (pickers): on change. The approval dated before the review: a cross-field message at 核准日期, in the page's label.
  for (const [id, v] of [['ps_rq', '2026-09-10'], ['hz_rq', '2026-09-05']]) {
    await page.fill(`#${id}`, v);
    await page.press(`#${id}`, 'Enter');
  }
  await page.waitForFunction(() => /核准日期/.test(document.getElementById('hz_rq').closest('.el-form-item').querySelector('.el-form-item__error')?.textContent ?? ''));
  // Correcting the review's date clears it, though 核准日期 was not touched again.
  await page.fill('#ps_rq', '2026-09-01');
  await page.press('#ps_rq', 'Enter');
  await page.waitForFunction(() => !document.getElementById('hz_rq').closest('.el-form-item').querySelector('.el-form-item__error'));
  // Submit with errors: blocked.
  await page.click('#tijiao');
  await page.waitForSelector('.el-form-item.is-error');
  assert.equal(await page.locator('#sent').count(), 0);
  // Messages in the page's own words (its <el-form-item label>), not the declared ones.
  await page.waitForFunction(() => document.getElementById('dj_rq').closest('.el-form-item').querySelector('.el-form-item__error'));
  assert.match(await epError(page, 'dj_rq'), /定级日期/);
  assert.doesNotMatch(await epError(page, 'dj_rq'), /安全保护等级确定日期/);
  // Fill the rest (level 3 on 2026-09-21, as of the server's 2026-09-30): sent; the deadline shown.
  await page.fill('#dwmc', '晋城市某数据中心有限公司');
  await page.fill('#xydm', '91140500MA0K12348W');
  await page.fill('#lxr', '孙工');
  await page.fill('#xtmc', '政务云平台');
  await page.locator('#dj').click({ force: true });
  await page.click('.el-select-dropdown__item:has-text("第三级")');
  await page.fill('#dj_rq', '2026-09-21');
  await page.press('#dj_rq', 'Enter');
  await page.fill('#zgbm_mc', '晋城市行政审批服务管理局');
  await page.click('#hz label:has-text("已核准")');
  // 联系人手机 "from the account" (the page has no control for it now, and the account has
  // none): the error has no form item, yet it blocks the submit and is listed for the applicant.
  await page.click('label:has(#tyzh)');
  await page.waitForFunction(() => !document.getElementById('lxdh'));
  await page.click('#tijiao');
  await page.waitForFunction(() => /联系人手机/.test(document.querySelector('.jc-notes')?.textContent ?? ''));
  await page.waitForTimeout(200);
  assert.equal(await page.locator('#sent').count(), 0, 'not sent with an error that has no control');
  await page.click('label:has(#tyzh)');
  await page.fill('#lxdh', '13703560002');
  await page.click('#tijiao');
  await page.waitForSelector('#sent');
  assert.doesNotMatch(await page.textContent('.jc-notes'), /联系人手机/);
  assert.ok(await page.locator('.jc-notes .jc-deadline').count() >= 1);
  // A warning (a level-1 network needs no filing) reaches the page, and does not block.
  await page.locator('#dj').click({ force: true });
  await page.click('.el-select-dropdown__item:has-text("第一级")');
  await page.waitForFunction(() => document.querySelector('.jc-notes .jc-warning, .jc-notes .jc-info'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('Element Plus page: a typo\'d pointer is rejected when the rules are created, naming it', async () => {
  const { page } = await open('element-plus/index.html');
  await page.waitForSelector('.el-form-item');
  const thrown = await page.evaluate(async () => {
    const jincheng = await import('/pkg/web/index.js');
    await jincheng.default();
    const { asyncValidatorRules } = await import('/pkg/adapters/index.js');
    try {
      asyncValidatorRules(jincheng, 'mlps-filing', { fields: { '/operator/nmae': 'dwmc' } });
      return null;
    } catch (e) {
      return `${e.code}: ${e.message}`;
    }
  });
  assert.match(thrown, /^invalid_options: .*"\/operator\/nmae".*not a field of mlps-filing/);
  await page.close();
});

test('react-hook-form: messages at the portal\'s names, a stale cross-field message cleared, warnings shown, submit blocked then sent', async () => {
  const { page, problems } = await open('react-hook-form/index.html');
  await page.waitForSelector('#xmbh');
  const err = (id) => page.textContent(`#${id}-error`);
  for (const [id, v] of [['xmbh', '20240101'], ['xmmc', '煤层气低渗储层压裂关键技术研究'], ['cddw', '晋城某能源科技有限公司'], ['cddw_xydm', '91140500MA0K12348W'], ['yqcs', '0'], ['yqly', '现场试验受冬季停工影响，需延后验收。']]) {
    await page.fill(`#${id}`, v);
  }
  await page.fill('#wcsx', '2026-12-31'); // a slip: the task's deadline is 31 March
  await page.fill('#yqz', '2026-09-30');
  await page.focus('#yqly'); // (Tab in a date input moves between its parts)
  await page.waitForFunction(() => /晚于原完成时限/.test(document.getElementById('yqz-error').textContent));
  // Correcting 任务书约定完成时限 clears 申请延期至's message.
  await page.fill('#wcsx', '2026-03-31');
  await page.focus('#yqly');
  await page.waitForFunction(() => document.getElementById('yqz-error').textContent === '');
  assert.equal(await err('wcsx'), '');
  // A warning (a second postponement) is shown from onReport, and does not block.
  await page.fill('#yqcs', '1');
  await page.press('#yqcs', 'Tab');
  await page.waitForSelector('.jc-notes .jc-warning');
  await page.fill('#xmbh', '');
  await page.click('#tijiao');
  await page.waitForFunction(() => document.getElementById('xmbh-error').textContent !== '');
  assert.equal(await page.locator('#sent').count(), 0);
  await page.fill('#xmbh', '20240101');
  await page.click('#tijiao');
  await page.waitForSelector('#sent');
  assert.deepEqual(problems, []);
  await page.close();
});
