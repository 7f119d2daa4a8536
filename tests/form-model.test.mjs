// bindForm on the core's form model, in Chromium: what is required and applicable comes from
// formState (no JSON Schema reading in the form entry), an optional section nobody touched
// says nothing, a field ruled out by an earlier answer is disabled and not checked, and the
// fields whose checks read a changed field are checked again. Small forms built in the page
// of the example portal (which serves pkg/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { demoInBrowser, restoreDraft } from './chromium.mjs';
import { caseFiles } from './cases.mjs';

let demo;
before(async () => { demo = await demoInBrowser(); });
after(() => demo?.close());

async function page() {
  const p = await demo.browser.newPage({ locale: 'zh-CN' });
  const problems = [];
  p.on('pageerror', (e) => problems.push(e.message));
  await p.goto(`${demo.base}examples/existing-portal.html`);
  return { p, problems };
}

/** Controls named by pointer for every leaf of `data` (lists of groups by index). */
function inputs(data, prefix = '') {
  return Object.entries(data).flatMap(([k, v]) => {
    const p = `${prefix}/${k}`;
    if (Array.isArray(v)) return v.flatMap((x, i) => (x && typeof x === 'object' ? inputs(x, `${p}/${i}`) : []));
    if (v && typeof v === 'object') return inputs(v, p);
    return [p];
  });
}

test('E1: 财务负责人 and 经办人 left empty say nothing; once a name is typed, the group\'s own fields are required', async () => {
  const E1 = caseFiles.find((f) => f.type === 'business-startup');
  const { p, problems } = await page();
  const base = structuredClone(E1.base);
  const pointers = [...new Set([...inputs(base), '/financeOfficer/name', '/financeOfficer/residentId', '/financeOfficer/mobile', '/agent/name', '/agent/residentId', '/agent/mobile'])]
    .filter((x) => !x.startsWith('/steps'));
  delete base.financeOfficer;
  delete base.agent;
  const r = await p.evaluate(async ({ pointers, base, asOf }) => {
    const { bindForm } = await import('../pkg/form/index.js');
    const f = document.createElement('form');
    f.id = 'e1';
    f.append(...pointers.map((ptr) => Object.assign(document.createElement('input'), { name: ptr, ariaLabel: ptr })));
    for (const s of base.steps) f.append(Object.assign(document.createElement('input'), { type: 'checkbox', name: '/steps', value: s, ariaLabel: s }));
    document.body.append(f);
    const c = bindForm(f, 'business-startup', { asOf });
    await c.ready;
    c.fill(base);
    const report = c.check();
    const req = (ptr) => f.elements.namedItem(ptr).getAttribute('aria-required');
    const before = { issues: report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.path}`), residentId: req('/financeOfficer/residentId') };
    const name = f.elements.namedItem('/financeOfficer/name');
    name.value = '李四';
    name.dispatchEvent(new Event('change', { bubbles: true }));
    const after = c.check();
    return { before, after: after.issues.filter((i) => i.path.startsWith('/financeOfficer')).map((i) => i.path), residentId: req('/financeOfficer/residentId') };
  }, { pointers, base, asOf: E1.baseAsOf });
  assert.deepEqual(r.before.issues, [], 'nothing about the untouched optional sections');
  assert.equal(r.before.residentId, null);
  assert.ok(r.after.includes('/financeOfficer/residentId'), r.after.join());
  assert.equal(r.residentId, 'true');
  assert.deepEqual(problems, []);
  await p.close();
});

test('C1: 是否有行业主管部门 = 否 rules the approval out: its controls disabled, nothing asked; 是 enables them again', async () => {
  const C1 = caseFiles.find((f) => f.type === 'mlps-filing');
  const { p, problems } = await page();
  const r = await p.evaluate(async ({ base, asOf }) => {
    const { bindForm } = await import('../pkg/form/index.js');
    const f = document.createElement('form');
    const text = ['/operator/name', '/operator/creditCode', '/operator/contact/name', '/operator/contact/mobile', '/network/name', '/network/level', '/network/levelDeterminedDate', '/expertReview/date', '/authorityApproval/authorityName', '/authorityApproval/date'];
    f.append(...text.map((ptr) => Object.assign(document.createElement('input'), { name: ptr, ariaLabel: ptr })));
    for (const ptr of ['/expertReview/held', '/hasIndustryAuthority', '/authorityApproval/approved']) {
      for (const v of ['true', 'false']) f.append(Object.assign(document.createElement('input'), { type: 'radio', name: ptr, value: v, ariaLabel: `${ptr} ${v}` }));
    }
    document.body.append(f);
    const c = bindForm(f, 'mlps-filing', { asOf });
    await c.ready;
    const { authorityApproval, ...rest } = base;
    c.fill({ ...rest, hasIndustryAuthority: false });
    const no = f.querySelector('[name="/hasIndustryAuthority"][value=false]');
    no.dispatchEvent(new Event('change', { bubbles: true }));
    const name = f.elements.namedItem('/authorityApproval/authorityName');
    const report = c.check();
    const out = { disabled: name.disabled, issues: report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.path}`) };
    const yes = f.querySelector('[name="/hasIndustryAuthority"][value=true]');
    yes.checked = true;
    yes.dispatchEvent(new Event('change', { bubbles: true }));
    out.enabled = !name.disabled;
    c.destroy();
    return out;
  }, { base: C1.base, asOf: C1.baseAsOf });
  assert.equal(r.disabled, true);
  assert.deepEqual(r.issues, []);
  assert.equal(r.enabled, true);
  assert.deepEqual(problems, []);
  await p.close();
});

test('B4: changing 任务书约定完成时限 checks 申请延期至 again (its rule reads both): the new cross-field message appears there', async () => {
  const B4 = caseFiles.find((f) => f.type === 'scitech-acceptance-extension');
  const { p } = await page();
  const r = await p.evaluate(async ({ base, asOf }) => {
    const { bindForm } = await import('../pkg/form/index.js');
    const f = document.createElement('form');
    for (const ptr of ['/projectNumber', '/projectName', '/undertakingUnit/name', '/undertakingUnit/creditCode', '/completionDeadline', '/previousExtensions', '/requestedUntil', '/reason']) {
      f.append(Object.assign(document.createElement('input'), { name: ptr, id: ptr.slice(1).replace(/\//g, '_'), ariaLabel: ptr }));
    }
    document.body.append(f);
    const c = bindForm(f, 'scitech-acceptance-extension', { asOf });
    await c.ready;
    c.fill(base);
    const set = (id, v) => {
      const x = document.getElementById(id);
      x.value = v;
      x.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('requestedUntil', base.requestedUntil); // filled by the applicant, fine as it stands
    const msg = () => document.getElementById('requestedUntil-jc-message')?.textContent ?? '';
    const first = msg();
    set('completionDeadline', '2026-12-31');
    const second = msg();
    set('completionDeadline', base.completionDeadline);
    return { first, second, third: msg() };
  }, { base: B4.base, asOf: B4.baseAsOf });
  assert.equal(r.first, '');
  assert.match(r.second, /晚于原完成时限/);
  assert.equal(r.third, '');
  await p.close();
});

test('bindForm: a malformed option or a pointer the type lacks is a coded error when it is called, naming it', async () => {
  const { p } = await page();
  await p.waitForSelector('#dw_mc[aria-required=true]'); // the module is loaded
  const r = await p.evaluate(async () => {
    const { bindForm } = await import('../pkg/form/index.js');
    const f = document.getElementById('fhsq');
    const thrown = (options) => {
      try {
        bindForm(f, 'enforcement-supervision-review', options).destroy();
        return null;
      } catch (e) {
        return `${e.code}: ${e.message}`;
      }
    };
    return {
      asOf: thrown({ asOf: '2026-13-01' }),
      locale: thrown({ locale: 'zh_CN' }),
      pointer: thrown({ fields: { '/applicant/nmae': 'dw_mc' } }),
      label: thrown({ labels: { '/decision/numbr': '文号' } }),
      values: thrown({ fields: { '/applicant/kind': { name: 'dw_lb', values: { 1: ['x'] } } } }),
    };
  });
  assert.match(r.asOf, /^invalid_options: bindForm: options\.asOf .*"2026-13-01"/);
  assert.match(r.locale, /^invalid_options: .*options\.locale/);
  assert.match(r.pointer, /^invalid_options: .*"\/applicant\/nmae".*not a field of enforcement-supervision-review/);
  assert.match(r.label, /^invalid_options: .*options\.labels.*"\/decision\/numbr"/);
  assert.match(r.values, /^invalid_options: .*values\["1"\]/);
  await p.close();
});

/** The demo (www/, on bindForm) with a type's base case minus `drop` as the restored draft, submitted: the report's error paths. */
async function demoErrors(type, data, asOf) {
  const p = await demo.browser.newPage({ locale: 'zh-CN' });
  await p.goto(demo.base);
  await p.waitForSelector('body[data-ready=true]');
  await restoreDraft(p, type, data, asOf);
  await p.evaluate(() => {
    window.lastReport = null;
    document.getElementById('application-form').addEventListener('jincheng:report', (e) => { window.lastReport = e.detail.report; });
  });
  await p.click('#application-form button[type=submit]');
  await p.waitForFunction(() => window.lastReport);
  const out = await p.evaluate(() => window.lastReport.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.path}`));
  return { p, errors: out };
}

test('the demo: E1 and E2 pass with 财务负责人 / 经办人 left empty; C1 with 是否有行业主管部门 = 否 does not ask for the department', async () => {
  const E1 = caseFiles.find((f) => f.type === 'business-startup');
  const E2 = caseFiles.find((f) => f.type === 'free-seal-carving');
  const C1 = caseFiles.find((f) => f.type === 'mlps-filing');
  const e1 = structuredClone(E1.base);
  delete e1.financeOfficer;
  delete e1.agent;
  const e2 = structuredClone(E2.base);
  delete e2.agent;
  const { authorityApproval, ...c1 } = structuredClone(C1.base);
  c1.hasIndustryAuthority = false;
  for (const [type, data, asOf] of [[E1.type, e1, E1.baseAsOf], [E2.type, e2, E2.baseAsOf], [C1.type, c1, C1.baseAsOf]]) {
    const { p, errors } = await demoErrors(type, data, asOf);
    assert.deepEqual(errors, [], `${type}: ${errors.join()}`);
    if (type === C1.type) assert.equal(await p.evaluate(() => document.querySelector('[name="/authorityApproval/authorityName"]')?.disabled), true);
    await p.close();
  }
});
