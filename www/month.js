// A month view: the due date's month, with holidays, makeup working days and the due date marked.
import { dayInfo } from './wasm.js';
import { locale } from './i18n.js';
import { el } from './dom.js';

const HEAD = { 'zh-CN': ['一', '二', '三', '四', '五', '六', '日'], en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] };
const KIND = {
  'zh-CN': { holiday: '休', makeup_workday: '班', due: '届满日', weekend: '周末', weekday: '工作日' },
  en: { holiday: 'off', makeup_workday: 'work', due: 'due', weekend: 'weekend', weekday: 'working day' },
};


/** A table of the month of `due` (YYYY-MM-DD…), marking each day's kind. */
export function monthView(due, { from } = {}) {
  const loc = locale();
  const [y, m] = due.slice(0, 10).split('-').map(Number);
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
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    let info;
    try {
      info = dayInfo(iso);
    } catch {
      info = { kind: 'weekday', holiday: null, provisional: false };
    }
    const classes = [info.kind];
    const notes = [KIND[loc][info.kind] === KIND[loc].weekday ? null : info.holiday ?? KIND[loc][info.kind]];
    if (iso === due.slice(0, 10)) { classes.push('due'); notes.push(KIND[loc].due); }
    if (iso === from) classes.push('start');
    if (info.provisional && info.kind === 'holiday') classes.push('provisional');
    const label = [iso, ...notes.filter(Boolean)].join(loc === 'en' ? ', ' : '，');
    const cell = el('td', { className: classes.join(' '), 'aria-label': label, title: label },
      el('span', { className: 'day', textContent: String(d) }),
      info.kind === 'holiday' ? el('span', { className: 'mark', textContent: KIND[loc].holiday }) : null,
      info.kind === 'makeup_workday' ? el('span', { className: 'mark', textContent: KIND[loc].makeup_workday }) : null);
    row.append(cell);
    if ((offset + d) % 7 === 0) { body.append(row); row = el('tr'); }
  }
  if (row.children.length) body.append(row);
  table.append(body);
  return table;
}
