// Documents past their validity term (issue 23): an operator loads what became of one
// (extended or replaced, with the extending document's number, date and quoted clause),
// and `document.expired` gives way to a note citing it. Its own file: loading changes the
// package's state for the rest of the process.
//
// The statuses below are TEST DATA: no extension of 23号, 42号 or 46号 is known, and
// data/document-status.json commits none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { caseFiles } from './cases.mjs';

const require = createRequire(import.meta.url);
const m = require('../pkg');
const b3 = caseFiles.find((f) => f.type === 'scitech-project-acceptance');
const docOf = (type) => m.applicationTypes().find((t) => t.id === type).document;

const extension = {
  document: '晋市政办〔2021〕42号',
  status: 'extended',
  until: '2027-12-01',
  by: { number: '测试〔2026〕1号', title: '测试用延期通知', date: '2026-11-25', article: '一', text: '测试条款：有效期延长至2027年12月1日。' },
};

const codes = (r) => r.issues.filter((i) => i.code.startsWith('document.'));

test('bad statuses throw invalid_document_status naming the field; nothing is loaded', () => {
  const bad = [
    [null, /expected an object/],
    [[], /expected an object/],
    [{ ...extension, document: '晋市政办〔2021〕99号' }, /no document numbered/],
    [{ ...extension, document: '晋市审管发〔2021〕27号' }, /has no validity term/],
    [{ ...extension, status: 'renewed' }, /status: expected "extended" or "replaced"/],
    [{ ...extension, until: '2026-12-01' }, /not after the term's last day, 2026-12-01/],
    [{ ...extension, until: '2027-02-30' }, /until: "2027-02-30" is not a date/],
    [{ ...extension, status: 'replaced' }, /a replaced document has no new last day/],
    [{ ...extension, by: { ...extension.by, text: ' ' } }, /by.text: empty/],
    [{ ...extension, by: undefined }, /missing field `by`/],
  ];
  for (const [value, message] of bad) {
    assert.throws(() => m.loadDocumentStatus(value), (e) => e.code === 'invalid_document_status' && message.test(e.message) && e.messageZh.startsWith('文件延期或替代信息未能载入'), JSON.stringify(value));
  }
  // Still the warning: nothing was loaded.
  const r = m.validate(b3.type, b3.base, { asOf: '2026-12-07' });
  assert.deepEqual(codes(r).map((i) => i.code), ['document.expired']);
});

test('document.expired says in one sentence what it means for the applicant, citing the term', () => {
  const [w] = codes(m.validate(b3.type, b3.base, { asOf: '2026-12-07' }));
  assert.equal(w.severity, 'warning');
  assert.equal(w.message, '本事项依据的《晋城市科技计划项目管理办法》（晋市政办〔2021〕42号）有效期至2026年12月1日，现已到期，办理规定可能已调整，请先向受理部门确认本事项是否仍按此办理。');
  assert.equal(w.citation.article, '第三十四条');
});

test('an operator loads an extension: the warning stops and the note cites the extending document, on every path', () => {
  m.loadDocumentStatus(extension);
  const r = m.validate(b3.type, b3.base, { asOf: '2026-12-07' });
  const [note] = codes(r);
  assert.equal(codes(r).length, 1);
  assert.deepEqual([note.code, note.severity], ['document.extended', 'info']);
  assert.deepEqual(note.citation, { document: '测试〔2026〕1号', article: '一', text: '测试条款：有效期延长至2027年12月1日。' });
  assert.equal(note.message, '《晋城市科技计划项目管理办法》（晋市政办〔2021〕42号）的有效期已由测试〔2026〕1号（2026年11月25日）延长至2027年12月1日，本事项继续按其规定办理。');
  // The full export (options beyond the fast path) and the batch give the same.
  assert.deepEqual(codes(m.validate(b3.type, b3.base, { asOf: '2026-12-07', labels: { '/projectName': '项目' } })), [note]);
  const [line] = m.validateMany(b3.type, JSON.stringify(b3.base) + '\n', { asOf: '2026-12-07' });
  assert.deepEqual(codes(line), [note]);
  // Every type of the document: B1–B4.
  for (const f of caseFiles.filter((f) => docOf(f.type).number === extension.document)) {
    assert.deepEqual(codes(m.validate(f.type, f.base, { asOf: '2026-12-07' })).map((i) => i.code), ['document.extended'], f.type);
  }
  // Past the extended term: expired again, citing the extension.
  const [again] = codes(m.validate(b3.type, b3.base, { asOf: '2027-12-02' }));
  assert.equal(again.code, 'document.expired');
  assert.match(again.message, /有效期至2027年12月1日/);
  assert.equal(again.citation.document, '测试〔2026〕1号');
  // Other documents are untouched: 23号 still expired.
  const a1 = caseFiles.find((f) => f.type === 'enforcement-supervision-request');
  assert.deepEqual(codes(m.validate(a1.type, a1.base, { asOf: '2026-12-07' })).map((i) => i.code), ['document.expired']);
});

test('a later status for the same document replaces the earlier one; replaced is a warning citing the successor', () => {
  m.loadDocumentStatus({ document: '晋市政办〔2021〕42号', status: 'replaced', by: { ...extension.by, number: '测试〔2026〕2号', text: '测试条款：原办法同时废止。' } });
  const [w] = codes(m.validate(b3.type, b3.base, { asOf: '2026-12-07' }));
  assert.deepEqual([w.code, w.severity, w.citation.document], ['document.replaced', 'warning', '测试〔2026〕2号']);
  assert.match(w.message, /本页仍按原文件的规定检查，新规定可能不同，请向受理部门确认/);
});
