// validateMany against pkg/: JSON Lines (a string or bytes) or an array, one report per item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseFiles, patch } from './cases.mjs';
import { VALUES, deep } from './bad-inputs.mjs';
import { loadPackage } from './wasm-memory.mjs';

const { m, wasmMemoryBytes } = loadPackage();
const b4 = caseFiles.find((f) => f.type === 'scitech-acceptance-extension');
const TYPE = b4.type;
const OPTIONS = { asOf: '2026-02-27' };
const valid = b4.base;
const invalid = { ...b4.base, previousExtensions: -1 };
const items = [valid, invalid, { ...valid }, null, 'text'];
const jsonl = items.map((x) => JSON.stringify(x)).join('\n');
const one = (x) => m.validate(TYPE, x, OPTIONS);

test('the three input forms give one report per item, in order, as validate would', () => {
  const expected = items.map(one);
  assert.deepEqual(m.validateMany(TYPE, items, OPTIONS), expected);
  const withLines = expected.map((r, i) => ({ line: i + 1, ...r }));
  assert.deepEqual(m.validateMany(TYPE, jsonl, OPTIONS), withLines);
  assert.deepEqual(m.validateMany(TYPE, new TextEncoder().encode(jsonl), OPTIONS), withLines);
  assert.deepEqual(m.validateMany(TYPE, Buffer.from(`${jsonl}\n`), OPTIONS), withLines);
  assert.deepEqual(m.validateMany(TYPE, [], OPTIONS), []);
  assert.deepEqual(m.validateMany(TYPE, '', OPTIONS), []);
});

test('blank lines are skipped but counted; CRLF and a BOM are read', () => {
  const text = `\uFEFF${JSON.stringify(valid)}\r\n\r\n   \r\n${JSON.stringify(invalid)}\r\n\n`;
  const reports = m.validateMany(TYPE, text, OPTIONS);
  assert.deepEqual(reports.map((r) => [r.line, r.valid]), [[1, true], [4, false]]);
  assert.deepEqual(reports[1], { line: 4, ...one(invalid) });
  // The same bytes as UTF-8, the BOM as bytes EF BB BF.
  assert.deepEqual(m.validateMany(TYPE, new TextEncoder().encode(text), OPTIONS), reports);
});

test('a malformed line in the middle is a report naming its line, and the rest goes on', () => {
  const text = [JSON.stringify(valid), '{"applicant": ', JSON.stringify(invalid)].join('\n');
  const reports = m.validateMany(TYPE, text, OPTIONS);
  assert.equal(reports.length, 3);
  assert.deepEqual([reports[0].valid, reports[1].valid, reports[2].valid], [true, false, false]);
  const issue = reports[1].issues[0];
  assert.deepEqual([issue.path, issue.code, issue.severity], ['', 'submission.invalid_json', 'error']);
  assert.match(issue.message, /^第2行：/);
  assert.deepEqual(reports[1].deadlines, []);
  const en = m.validateMany(TYPE, text, { ...OPTIONS, locale: 'en' });
  assert.match(en[1].issues[0].message, /^Line 2: /);
  // Bytes that are not UTF-8: that line is unreadable, the others are read.
  const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(valid)}\n"`), Buffer.from([0xff]), Buffer.from(`"\n${JSON.stringify(valid)}`)]);
  assert.deepEqual(m.validateMany(TYPE, bytes, OPTIONS).map((r) => [r.line, r.valid, r.issues[0]?.code]), [[1, true, undefined], [2, false, 'submission.invalid_json'], [3, true, undefined]]);
});

test('firstLine numbers a chunk of a longer text', () => {
  const reports = m.validateMany(TYPE, `${JSON.stringify(valid)}\n{x`, { ...OPTIONS, firstLine: 501 });
  assert.deepEqual(reports.map((r) => r.line), [501, 502]);
  assert.match(reports[1].issues[0].message, /^第502行：/);
});

test('an array item JSON cannot write is a report, never a throw', () => {
  const cyclic = { ...valid };
  cyclic.self = cyclic;
  const reports = m.validateMany(TYPE, [valid, cyclic, 10n], OPTIONS);
  assert.deepEqual(reports.map((r) => r.valid), [true, false, false]);
  assert.equal(reports[1].issues[0].code, 'submission.invalid_json');
  assert.deepEqual(reports[1], one(cyclic));
});

test('throws only for an unknown type, invalid options, or input of another kind', () => {
  assert.throws(() => m.validateMany('nope', [], OPTIONS), (e) => e.code === 'unknown_type');
  assert.throws(() => m.validateMany(TYPE, [], { locale: 'fr' }), (e) => e.code === 'invalid_options');
  assert.throws(() => m.validateMany(TYPE, [], { asOf: '2026-02-30' }), (e) => e.code === 'invalid_options');
  for (const firstLine of [0, -1, 1.5, '2']) {
    assert.throws(() => m.validateMany(TYPE, '', { firstLine }), (e) => e.code === 'invalid_options', String(firstLine));
  }
  for (const input of [{}, 42, null, undefined]) {
    assert.throws(() => m.validateMany(TYPE, input, OPTIONS), (e) => e.code === 'invalid_argument', String(input));
  }
});

// ---- Same results as validate(), item by item, over every case file and the bad-input corpus ----

/** The report of a line whose text validate() gets as a value: the same, with the line; an
 * unreadable line's issue names the line before validate()'s message. */
function asLine(report, line, locale) {
  const unreadable = report.issues.length === 1 && report.issues[0].path === '' && report.issues[0].code.startsWith('submission.') && report.issues[0].code !== 'submission.type';
  if (!unreadable) return { line, ...report };
  const prefix = locale === 'en' ? `Line ${line}: ` : `第${line}行：`;
  return { line, ...report, issues: [{ ...report.issues[0], message: prefix + report.issues[0].message }] };
}

/** validateMany on `items` as an array, as JSON Lines (string, bytes, `output: 'jsonl'` both ways) against validate() of each. */
function sameAsValidate(type, items, options, label) {
  const expected = items.map((x) => m.validate(type, x, options));
  assert.deepEqual(m.validateMany(type, items, options), expected, `${label}: array`);
  assert.deepEqual(m.validateMany(type, items, { ...options, output: 'jsonl' }).split('\n').slice(0, -1).map((l) => JSON.parse(l)), expected, `${label}: array, output jsonl`);
  // JSON Lines: the items JSON can write (each on one line: JSON.stringify writes no newline).
  const lines = [];
  const wanted = [];
  items.forEach((x, i) => {
    let text;
    try {
      text = JSON.stringify(x);
    } catch {
      return; // a cycle or a BigInt: no JSON Lines can hold it
    }
    if (text === undefined) return;
    lines.push(text);
    wanted.push(asLine(expected[i], lines.length, options.locale));
  });
  const jsonl = `${lines.join('\n')}\n`;
  assert.deepEqual(m.validateMany(type, jsonl, options), wanted, `${label}: JSON Lines text`);
  assert.deepEqual(m.validateMany(type, Buffer.from(jsonl), options), wanted, `${label}: JSON Lines bytes`);
  const text = m.validateMany(type, Buffer.from(jsonl), { ...options, output: 'jsonl' });
  assert.equal(typeof text, 'string');
  assert.ok(text === '' || text.endsWith('\n'), 'each report line ends with \\n');
  assert.deepEqual(text.split('\n').slice(0, -1).map((l) => JSON.parse(l)), wanted, `${label}: JSON Lines, output jsonl`);
  assert.equal(m.validateMany(type, jsonl, { ...options, output: 'jsonl' }), text, `${label}: text and bytes give the same text`);
}

test('every case of every case file: validateMany reports each item as validate() does, in both locales', () => {
  for (const { file, type, base, baseAsOf, cases } of caseFiles) {
    const byDate = new Map();
    for (const c of cases) {
      const asOf = c.asOf ?? baseAsOf;
      if (!byDate.has(asOf)) byDate.set(asOf, []);
      byDate.get(asOf).push(patch(base, c.set));
    }
    for (const [asOf, items] of byDate) {
      for (const locale of ['zh-CN', 'en']) sameAsValidate(type, items, { asOf, locale }, `${file} ${asOf} ${locale}`);
    }
  }
});

test('the bad-input corpus: validateMany reports each value as validate() does, for every type', () => {
  // A 10,000-deep object as JSON Lines text too (JSON.stringify may not write it).
  const values = Object.values(VALUES);
  for (const { id } of m.applicationTypes()) sameAsValidate(id, values, { asOf: '2023-06-01' }, id);
  const deepLine = `${'{"a":'.repeat(10_000)}{}${'}'.repeat(10_000)}`;
  const [r] = m.validateMany('scitech-project-change', `${deepLine}\n`, { asOf: '2023-06-01' });
  assert.deepEqual(r, asLine(m.validate('scitech-project-change', deep(10_000), { asOf: '2023-06-01' }), 1, 'zh-CN'));
});

test("output 'jsonl': the text of the array's reports, line by line; another output is invalid_options", () => {
  const text = m.validateMany(TYPE, jsonl, { ...OPTIONS, output: 'jsonl' });
  assert.deepEqual(text.split('\n'), [...m.validateMany(TYPE, jsonl, OPTIONS).map((r) => JSON.stringify(r)), '']);
  assert.equal(m.validateMany(TYPE, '', { output: 'jsonl' }), '');
  assert.equal(m.validateMany(TYPE, [], { output: 'jsonl' }), '');
  assert.deepEqual(m.validateMany(TYPE, jsonl, { ...OPTIONS, output: 'array' }), m.validateMany(TYPE, jsonl, OPTIONS));
  for (const output of ['JSONL', 'text', 1, true, {}]) {
    assert.throws(() => m.validateMany(TYPE, jsonl, { output }), (e) => e.code === 'invalid_options' && /output/.test(e.message), String(output));
  }
});

test('a batch with many distinct messages and paths (the batch\'s table of strings grows)', () => {
  const submissions = Array.from({ length: 700 }, (_, i) => ({ ...invalid, [`field${i}`]: i, previousExtensions: i % 3 ? -i : 'x' }));
  const text = submissions.map((s) => JSON.stringify(s)).join('\n');
  const expected = submissions.map((s, i) => ({ line: i + 1, ...one(s) }));
  const reports = m.validateMany(TYPE, text, OPTIONS);
  assert.deepEqual(reports, expected);
  assert.ok(new Set(reports.flatMap((r) => r.issues.map((x) => x.message))).size > 700);
});

test("output 'jsonl' is byte for byte JSON.stringify of the reports, for every case file (deadlines, suggestions, citations)", () => {
  let suggestions = 0;
  let deadlines = 0;
  for (const f of caseFiles) {
    for (const locale of ['zh-CN', 'en']) {
      const options = { asOf: f.baseAsOf, locale };
      const text = [f.base, ...f.cases.map((c) => patch(f.base, c.set))].map((s) => JSON.stringify(s)).join('\n');
      const reports = m.validateMany(f.type, text, options);
      suggestions += reports.flatMap((r) => r.issues).filter((i) => 'suggestion' in i).length;
      deadlines += reports.filter((r) => r.deadlines.length > 0).length;
      const expected = reports.map((r) => `${JSON.stringify(r)}\n`).join('');
      assert.equal(m.validateMany(f.type, text, { ...options, output: 'jsonl' }), expected, `${f.file} ${locale}`);
      assert.equal(m.validateMany(f.type, Buffer.from(text), { ...options, output: 'jsonl' }), expected, `${f.file} ${locale} bytes`);
    }
  }
  assert.ok(suggestions > 0 && deadlines > 0, `the case files exercise suggestions (${suggestions}) and deadlines (${deadlines})`);
});

test('issue 22 item 2: a report has a bounded size: 2,090,000 bad list items in every way of asking', () => {
  const type = 'business-startup';
  const huge = { steps: Array(2_090_000).fill(1) };
  const bounded = (r, what) => {
    assert.ok(r.issues.length <= 1001, `${what}: ${r.issues.length} issues`);
    const more = r.issues.find((i) => i.code === 'submission.too_many_issues');
    assert.ok(more, `${what}: the count of the rest`);
    assert.match(more.message, /另有2089800处问题未列出|2089800 more issues/, what);
    assert.equal(r.valid, false);
  };
  let started = performance.now();
  bounded(m.validate(type, huge, { asOf: '2026-09-30' }), 'validate');
  assert.ok(performance.now() - started < 5000, `validate took ${performance.now() - started} ms`);
  bounded(m.validate(type, huge, { asOf: '2026-09-30', fields: ['/steps'] }), 'validate with fields');
  bounded(m.validate(type, huge, { asOf: '2026-09-30', locale: 'en', labels: { '/steps': 'Steps' } }), 'validate with labels');
  const [a, b] = m.validateMany(type, [huge, {}], { asOf: '2026-09-30', fields: ['/steps'] });
  bounded(a, 'validateMany array');
  assert.ok(!b.issues.some((i) => i.code === 'submission.too_many_issues'));
  const line = JSON.stringify(huge);
  const text = m.validateMany(type, `${line}\n{}\n`, { asOf: '2026-09-30', output: 'jsonl' });
  const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((r) => r.line), [1, 2]);
  bounded(lines[0], 'validateMany jsonl');
  bounded(m.validateMany(type, Buffer.from(`${line}\n`), { asOf: '2026-09-30' })[0], 'validateMany bytes');
  bounded(m.validateMany(type, [huge], { asOf: '2026-09-30', output: 'jsonl', serviceHours: [['09:00', '17:00']] }).trimEnd().split('\n').map((l) => JSON.parse(l))[0], 'validateMany array jsonl');
  assert.ok(wasmMemoryBytes() < 512 * 1024 * 1024, `wasm memory ${wasmMemoryBytes()}`);
});

test('issue 22 item 9: firstLine is a line number the reports can carry', () => {
  const type = 'business-startup';
  const max = 2 ** 31 - 1;
  assert.deepEqual(m.validateMany(type, '{}\n', { firstLine: max }).map((r) => r.line), [max]);
  for (const firstLine of [2 ** 31, 4294967295, 2 ** 53 - 1]) {
    assert.throws(() => m.validateMany(type, '{}\nbad\n', { firstLine }), (e) => e.code === 'invalid_options' && /firstLine/.test(e.message), String(firstLine));
  }
  const detached = new Uint8Array(4);
  structuredClone(detached.buffer, { transfer: [detached.buffer] });
  assert.throws(() => m.validateMany(type, detached), (e) => e.code === 'invalid_argument' && /detached/.test(e.message));
  assert.deepEqual(m.validateMany(type, new Uint8Array(0)), []);
});
