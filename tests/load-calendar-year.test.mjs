// loadCalendarYear changes the module's calendar, so it runs in its own process
// (node --test runs each file separately).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const m = createRequire(import.meta.url)('../pkg');

/** The statutory days off of 2027 other than 元旦 (《全国年节及纪念日放假办法》, 2024 revision). */
const LAW_2027 = [
  { name: '春节', days: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'] },
  { name: '清明节', days: ['2027-04-05'] },
  { name: '劳动节', days: ['2027-05-01', '2027-05-02'] },
  { name: '端午节', days: ['2027-06-09'] },
  { name: '中秋节', days: ['2027-09-15'] },
  { name: '国庆节', days: ['2027-10-01', '2027-10-02', '2027-10-03'] },
];

test('a year without every statutory festival is refused (issue 23: a 2027 with only 元旦 made 春节 working days)', () => {
  assert.throws(
    () => m.loadCalendarYear({ year: 2027, source: 'x', holidays: [{ name: '元旦', days: ['2027-01-01'] }], makeupWorkdays: [] }),
    (e) => e.code === 'invalid_calendar' && /2027-02-05 \(春节\) is a statutory day off/.test(e.message) && e.messageZh === '放假安排未能载入：2027-02-05（春节）是法定节假日，未列入2027年的放假日期，请按通知列出全部节日。',
  );
  assert.throws(() => m.loadCalendarYear({ year: 2026, source: 'x', holidays: [], makeupWorkdays: [] }), (e) => e.code === 'invalid_calendar' && /2026-01-01 \(元旦\)/.test(e.message));
  assert.equal(m.dayInfo('2027-02-08').provisional, true);
  assert.equal(m.isWorkday('2026-10-01'), false);
});

test('loading a 2027 schedule at run time makes 2027 official', () => {
  assert.equal(m.dayInfo('2027-01-04').provisional, true);
  assert.equal(m.explainAddWorkdays('2026-12-18', 10).provisional, true);
  // A schedule in the api.md shape (hypothetical days: the 2027 notice is not out), with
  // every statutory day off of 2027.
  m.loadCalendarYear({
    year: 2027,
    source: '国务院办公厅关于2027年部分节假日安排的通知（测试用假设数据）',
    holidays: [{ name: '元旦', days: ['2027-01-01', '2027-01-02', '2027-01-03'] }, ...LAW_2027],
    makeupWorkdays: ['2027-01-09'],
  });
  assert.deepEqual(m.calendarCoverage(), { from: '2021-01-01', to: '2027-12-31', years: [2021, 2022, 2023, 2024, 2025, 2026, 2027] });
  assert.deepEqual(m.dayInfo('2027-01-09'), { date: '2027-01-09', workday: true, kind: 'makeup_workday', holiday: null, provisional: false, source: '国务院办公厅关于2027年部分节假日安排的通知（测试用假设数据）' });
  const r = m.explainAddWorkdays('2026-12-18', 10);
  assert.equal(r.provisional, false);
  assert.equal(r.due, '2027-01-04');
  // Replacing the year: 4 January becomes a holiday too.
  m.loadCalendarYear({ year: 2027, source: '替换', holidays: [{ name: '元旦', days: ['2027-01-01', '2027-01-04'] }, ...LAW_2027], makeupWorkdays: [] });
  assert.equal(m.isWorkday('2027-01-04'), false);
  assert.equal(m.addWorkdays('2026-12-18', 10), '2027-01-05');
});

// An operator's file refused: the error a page shows is Chinese (e.messageZh), the
// developer's message still names the fault in English.
test('a refused schedule says why in Chinese (messageZh) and in English (message)', () => {
  const cases = [
    [{ year: 2027, holidays: [], makeupWorkdays: [] }, /missing field `source`/, '放假安排未能载入：缺少字段“source”。'],
    [{ year: 2027, source: 'x', holidays: [], makeupWorkdays: ['2027-01-04'] }, /2027-01-04 is a Monday/, '放假安排未能载入：2027年：调休上班日2027-01-04是星期一，不是周末。'],
    [[1], /expected an object/, '放假安排未能载入：应为一组信息（含year、source、holidays、makeupWorkdays）。'],
  ];
  for (const [data, en, zh] of cases) {
    assert.throws(() => m.loadCalendarYear(data), (e) => e.code === 'invalid_calendar' && en.test(e.message) && e.messageZh === zh, JSON.stringify(data));
  }
  // The calendar functions' errors too.
  assert.throws(() => m.addWorkdays('2021-02-30', 1), (e) => e.code === 'invalid_date' && e.messageZh === '日期“2021-02-30”不存在或写法不对，请按“年-月-日”填写，例如2026-10-15。');
  assert.throws(() => m.addWorkdays('2099-12-30', 5), (e) => e.code === 'out_of_range' && /超出可计算的范围/.test(e.messageZh));
});
