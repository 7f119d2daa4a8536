// Month views: a month with holidays (休), makeup working days (班), the start day and the
// due date marked in words as well as colour; a period's months; the key to the marks.
import { dayInfo } from './wasm.js';
import { locale } from './i18n.js';
import { el } from './dom.js';

const HEAD = { 'zh-CN': ['一', '二', '三', '四', '五', '六', '日'], en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] };
const KIND = {
  'zh-CN': { holiday: '休', makeup_workday: '班', due: '届满日', dueMark: '届满', start: '起算日', startMark: '起算', weekend: '周末', weekday: '工作日' },
  en: { holiday: 'off', makeup_workday: 'work', due: 'due', dueMark: 'due', start: 'start', startMark: 'start', weekend: 'weekend', weekday: 'working day' },
};
const KEY = {
  'zh-CN': { title: '图例：', holiday: '法定节假日休息', makeup: '调休上班（计为工作日）', due: '期限届满日', start: '起算日（当日不计入）', skipped: (n) => `（中间${n}个月从略）` },
  en: { title: 'Key: ', holiday: 'public holiday', makeup: 'makeup working day (counted)', due: 'last day of the time limit', start: 'start day (not counted)', skipped: (n) => ` (${n} month(s) in between left out)` },
};
/** Periods longer than this many months show their first and last month only. */
const MAX_MONTHS = 3;

const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A table of the month of `due` (YYYY-MM-DD…), marking each day's kind; `from` marks the start day. */
export function monthView(due, { from, month } = {}) {
  const loc = locale();
  const [y, m] = (month ?? due).slice(0, 10).split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const offset = (first.getUTCDay() + 6) % 7; // Monday first
  const caption = loc === 'en' ? `${y}-${String(m).padStart(2, '0')}` : `${y}年${m}月`;
  const table = el('table', { className: 'month' }, el('caption', { textContent: caption }));
  table.append(el('thead', {}, el('tr', {}, ...HEAD[loc].map((h) => el('th', { scope: 'col', textContent: h })))));
  const body = el('tbody');
  let row = el('tr');
  for (let i = 0; i < offset; i++) row.append(el('td'));
  for (let d = 1; d <= days; d++) {
    const date = iso(y, m, d);
    let info;
    try {
      info = dayInfo(date);
    } catch {
      info = { kind: 'weekday', holiday: null, provisional: false };
    }
    const classes = [info.kind];
    const notes = [KIND[loc][info.kind] === KIND[loc].weekday ? null : info.holiday ?? KIND[loc][info.kind]];
    const isDue = date === due.slice(0, 10);
    const isStart = date === from?.slice(0, 10);
    if (isDue) { classes.push('due'); notes.push(KIND[loc].due); }
    if (isStart) { classes.push('start'); notes.push(KIND[loc].start); }
    if (info.provisional && info.kind === 'holiday') classes.push('provisional');
    const label = [date, ...notes.filter(Boolean)].join(loc === 'en' ? ', ' : '，');
    const cell = el('td', { className: classes.join(' '), 'aria-label': label, title: label },
      el('span', { className: 'day', textContent: String(d) }),
      info.kind === 'holiday' ? el('span', { className: 'mark', textContent: KIND[loc].holiday }) : null,
      info.kind === 'makeup_workday' ? el('span', { className: 'mark', textContent: KIND[loc].makeup_workday }) : null,
      isDue ? el('span', { className: 'mark due-mark', textContent: KIND[loc].dueMark }) : null,
      isStart ? el('span', { className: 'mark start-mark', textContent: KIND[loc].startMark }) : null);
    row.append(cell);
    if ((offset + d) % 7 === 0) { body.append(row); row = el('tr'); }
  }
  if (row.children.length) body.append(row);
  table.append(body);
  return table;
}

/** The months from `from` to `due` (either order), each as YYYY-MM-01. */
function monthsBetween(from, due) {
  const [a, b] = [from.slice(0, 7), due.slice(0, 7)].sort();
  const out = [];
  let [y, m] = a.split('-').map(Number);
  for (let guard = 0; guard < 1200; guard++) {
    const key = iso(y, m, 1);
    out.push(key);
    if (key.slice(0, 7) === b) break;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/**
 * The months of a period, from its start day (when known) to its due date: every month when
 * there are at most three, else the first and the last with a note of the months left out.
 */
export function periodView(due, from) {
  const months = from ? monthsBetween(from, due) : [iso(...due.slice(0, 7).split('-').map(Number), 1)];
  const shown = months.length <= MAX_MONTHS ? months : [months[0], months.at(-1)];
  const wrap = el('div', { className: 'period-view' });
  shown.forEach((month, i) => {
    wrap.append(monthView(due, { from, month }));
    if (i === 0 && shown.length < months.length) wrap.append(el('p', { className: 'hint', textContent: KEY[locale()].skipped(months.length - 2) }));
  });
  return wrap;
}

/** The key to the marks of the month views, each sample drawn as the cells are (the start day's when one is marked). */
export function monthKey({ start = true } = {}) {
  const k = KEY[locale()];
  const loc = locale();
  const sample = (cls, mark, text) => el('span', { className: 'key-item' }, el('span', { className: `key-sample ${cls}`, 'aria-hidden': 'true', textContent: mark }), ` ${text}`);
  return el('p', { className: 'month-key' }, k.title,
    sample('k-holiday', KIND[loc].holiday, k.holiday),
    sample('k-makeup', KIND[loc].makeup_workday, k.makeup),
    start ? sample('k-start', KIND[loc].startMark, k.start) : null,
    sample('k-due', KIND[loc].dueMark, k.due));
}
