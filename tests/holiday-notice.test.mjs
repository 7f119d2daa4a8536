// parseHolidayNotice against pkg/ (Node build). loadCalendarYear changes the module's
// calendar, so this file runs in its own process (node --test runs each file apart).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { noticeText } from './cases.mjs';

const m = createRequire(import.meta.url)('../pkg');
const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
const file = (year) => JSON.parse(readFileSync(new URL(`../data/calendar/${year}.json`, import.meta.url), 'utf8'));
const cases = JSON.parse(readFileSync(new URL('../data/cases/holiday-notice.json', import.meta.url), 'utf8')).cases;

test('the notices of 2021–2026 parse to the committed files (the url is not in the text)', () => {
  for (const year of YEARS) {
    const data = file(year);
    const { previousYear, ...parsed } = m.parseHolidayNotice(noticeText(data), { year });
    const expected = structuredClone(data);
    delete expected.notice.url;
    // 2022-12-31 is in the 2023 notice, which gives it as previousYear.
    expected.holidays = expected.holidays.filter((h) => h.source === undefined);
    assert.deepEqual(parsed, expected, `${year}`);
    if (year === 2023) {
      assert.deepEqual(previousYear, { year: 2022, holidays: [file(2022).holidays.at(-1)], makeupWorkdays: [] });
    } else {
      assert.equal(previousYear, undefined, `${year}`);
    }
  }
});

test('the numbered lines alone are enough; the source is then the standard title', () => {
  const data = file(2025);
  const text = data.holidays.map((h) => h.quote).join('\n');
  const parsed = m.parseHolidayNotice(text, { year: 2025 });
  assert.equal(parsed.source, '国务院办公厅关于2025年部分节假日安排的通知');
  assert.equal(parsed.notice, undefined);
  assert.deepEqual(parsed.holidays.map((h) => h.days), data.holidays.map((h) => h.days));
  assert.deepEqual(parsed.makeupWorkdays, data.makeupWorkdays);
});

test('malformed notices are rejected with invalid_calendar naming the line (data/cases/holiday-notice.json)', () => {
  assert.ok(cases.length >= 15);
  for (const c of cases) {
    let text = noticeText(file(c.year));
    if (c.replace) {
      assert.ok(text.includes(c.replace[0]), c.fault);
      text = text.replace(c.replace[0], c.replace[1]);
    }
    assert.throws(() => m.parseHolidayNotice(text, { year: c.parseYear ?? c.year }), (e) => {
      assert.equal(e.code, 'invalid_calendar', c.fault);
      if (c.line !== null) {
        const [zh, en] = c.head ? [`第${c.line}行（${c.head}）`, `line ${c.line} (${c.head})`] : [`第${c.line}行`, `line ${c.line}`];
        assert.ok(e.message.includes(zh) && e.message.includes(en), `${c.fault}: ${e.message}`);
      }
      for (const s of c.expect) assert.ok(e.message.includes(s), `${c.fault}: ${e.message} should contain ${s}`);
      return true;
    });
  }
});

test('bad arguments throw invalid_argument', () => {
  for (const [text, options] of [[42, { year: 2026 }], ['一、元旦：1月1日放假。', undefined], ['x', { year: '2026' }], ['x', { year: 2026.5 }]]) {
    assert.throws(() => m.parseHolidayNotice(text, options), (e) => e.code === 'invalid_argument', JSON.stringify([text, options]));
  }
  assert.throws(() => m.parseHolidayNotice('一、元旦：1月1日放假。', { year: 2100 }), (e) => e.code === 'invalid_calendar' && /2100/.test(e.message));
});

test('what the parser gives loads with loadCalendarYear and makes the calendar the official one', () => {
  // Every day of 2021–2026 as the built-in calendar has it.
  const days = [];
  for (let t = Date.UTC(2021, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86400000) days.push(new Date(t).toISOString().slice(0, 10));
  const before = days.map((d) => m.dayInfo(d));
  for (const year of YEARS) {
    const parsed = m.parseHolidayNotice(noticeText(file(year)), { year });
    if (year === 2022) parsed.holidays.push(file(2022).holidays.at(-1)); // from the 2023 notice
    m.loadCalendarYear(parsed); // previousYear, an extra member, is ignored
  }
  const after = days.map((d) => m.dayInfo(d));
  for (let i = 0; i < days.length; i++) {
    const strip = ({ source, ...rest }) => rest;
    assert.deepEqual(strip(after[i]), strip(before[i]), days[i]);
  }
  // The parsed sources are the committed ones (no url in either).
  assert.equal(m.dayInfo('2026-10-10').source, file(2026).source);
});
