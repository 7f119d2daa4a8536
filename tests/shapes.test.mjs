// The declarations against what the package returns: the shapes of api.d.ts are written by
// hand (the core's JSON writer is the other side), so real outputs — every case file's
// reports, form states and batch reports, the calendar's answers, the catalogue, the rules,
// the identity checks — are written into a TypeScript file as object literals, each
// `satisfies` its declared type, and tsc --strict compiles it: a member the core writes and
// the declaration lacks (an excess property), a declared member the core does not write
// (missing), or a value of another type fails. The last test shows the check can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFiles, patch } from './cases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const work = join(root, 'test-output/shapes');
const m = createRequire(import.meta.url)('../pkg/node/index.cjs');

/** Lines `const vN = <literal> satisfies <type>;` for each sample. */
function samples() {
  const lines = [];
  const add = (type, value) => lines.push(`const v${lines.length} = ${JSON.stringify(value)} satisfies ${type};`);
  for (const f of caseFiles) {
    const subs = f.cases.map((c) => ({ sub: patch(f.base, c.set), asOf: c.asOf ?? f.baseAsOf }));
    for (const [i, { sub, asOf }] of subs.entries()) {
      const locale = i % 2 ? 'en' : 'zh-CN';
      add('ValidationReport', m.validate(f.type, sub, { asOf, locale }));
      if (i < 3) add('FormState', m.formState(f.type, sub, { asOf, locale }));
    }
    const text = subs.map((s) => JSON.stringify(s.sub)).join('\n') + '\n{not json\n';
    add('ManyValidationReport[]', m.validateMany(f.type, text, { asOf: f.baseAsOf }));
  }
  for (const locale of ['zh-CN', 'en']) {
    add('ApplicationTypeInfo[]', m.applicationTypes(locale));
    add('RuleInfo[]', m.rules(null, locale));
  }
  for (const d of ['2026-09-28', '2026-10-01', '2026-10-10', '2027-02-06', '2031-10-01']) {
    add('DayInfo', m.dayInfo(d));
    add('WorkdayCount', m.explainAddWorkdays(d, 12));
  }
  add('Coverage', m.calendarCoverage());
  for (const v of ['110101199003074514', ' 11010119900307451x', '110101199013074514', ''])
    add('IdCheck', m.checkResidentId(v, { asOf: '2026-01-01' }));
  add('IdCheck', m.checkCreditCode('91350100M000100Y43'));
  add('IdCheck', m.checkMobile('138 0013 8000'));
  return lines;
}

function compile(dir) {
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--types', '', '--lib', 'es2022',
      '--module', 'nodenext', '--moduleResolution', 'nodenext', 'shapes.mts'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    return `${e.stdout}${e.stderr}`;
  }
}

function project(name, lines) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(join(root, 'pkg'), join(dir, 'node_modules/jincheng-rules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  const types = 'ValidationReport, FormState, ManyValidationReport, ApplicationTypeInfo, RuleInfo, DayInfo, WorkdayCount, Coverage, IdCheck';
  writeFileSync(join(dir, 'shapes.mts'), `import type { ${types} } from 'jincheng-rules';\n${lines.join('\n')}\nexport {};\n`);
  return dir;
}

test('what the package returns satisfies the declared shapes (no member missing, none extra)', () => {
  const lines = samples();
  assert.ok(lines.length > 400, `${lines.length} samples`);
  const errors = compile(project('real', lines));
  assert.equal(errors, '', errors.slice(0, 4000));
});

test('the check can fail: a member the declarations lack, and a declared one left out', () => {
  const report = m.validate('scitech-project-acceptance', {}, { asOf: '2026-03-02' });
  const issue = report.issues[0];
  const extra = { ...report, issues: [{ ...issue, severityRank: 1 }] };
  const { reads, ...missing } = issue;
  const errors = compile(project('wrong', [
    `const a = ${JSON.stringify(extra)} satisfies ValidationReport;`,
    `const b = ${JSON.stringify({ ...report, issues: [missing] })} satisfies ValidationReport;`,
  ]));
  assert.match(errors, /severityRank/);
  assert.match(errors, /reads/);
});
