// The demo portal: everything runs in the browser through the wasm package.
// Messages are inserted as text (textContent), never as HTML.
import { ready, explainAddWorkdays, calendarCoverage, loadCalendarYear } from './wasm.js';

const $ = (id) => document.getElementById(id);
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 2027-01-04 → 2027年1月4日（星期一） */
function zhDate(iso, withWeekday = true) {
  const [y, m, d] = iso.split('-').map(Number);
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${y}年${m}月${d}日` + (withWeekday ? `（星期${WEEKDAYS[wd]}）` : '');
}

function zhRange(from, to) {
  if (from === to) return zhDate(from, false);
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const end = fy !== ty ? zhDate(to, false) : fm !== tm ? `${tm}月${td}日` : `${td}日`;
  return `${zhDate(from, false)}至${end}`;
}

/** Today in China time, whatever the machine's zone. */
function todayInChina() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

const MESSAGES = {
  invalid_date: '请填写有效的日期，例如 2026-10-15。',
  out_of_range: '日期超出可计算范围（1949年10月1日至2099年12月31日），请检查起算日期和工作日数。',
  invalid_argument: '工作日数请填写整数，例如 5 或 −5。',
};

function showError(field, message) {
  const input = $(field);
  const error = $(`${field}-error`);
  input.setAttribute('aria-invalid', message ? 'true' : 'false');
  error.textContent = message ?? '';
  error.hidden = !message;
}

function li(text, className, tags = []) {
  const item = document.createElement('li');
  item.textContent = text;
  if (className) item.className = className;
  for (const [label, cls] of tags) {
    const tag = document.createElement('span');
    tag.className = `tag ${cls ?? ''}`;
    tag.textContent = label;
    item.append(tag);
  }
  return item;
}

function render(r) {
  $('due').textContent = zhDate(r.due);
  const holidays = r.skipped.filter((s) => s.kind === 'holiday');
  const weekendDays = r.skipped.filter((s) => s.kind === 'weekend').reduce((a, s) => a + s.days, 0);
  const forward = r.n >= 0;
  const parts = [`自${zhDate(r.from, false)}起${forward ? '' : '向前倒数'}${Math.abs(r.n)}个工作日：不含起算当日`];
  if (holidays.length) parts.push(`跳过${holidays.map((h) => `${h.holiday}假期（${zhRange(h.from, h.to)}，${h.days}天）`).join('、')}`);
  if (weekendDays) parts.push(`跳过周末${weekendDays}天`);
  if (r.makeupWorkdays.length) parts.push(`${r.makeupWorkdays.map((d) => zhDate(d.date, false)).join('、')}调休上班，计为工作日`);
  $('rule').textContent = parts.join('，') + '。';

  const skipped = $('skipped');
  skipped.replaceChildren(...r.skipped.map((s) => li(
    `${zhRange(s.from, s.to)}：${s.kind === 'holiday' ? `${s.holiday}假期` : '周末'}，${s.days}天`,
    s.kind === 'holiday' ? 'holiday' : '',
    s.provisional ? [['按法定节假日推算', 'provisional']] : [],
  )));
  if (!r.skipped.length) skipped.replaceChildren(li('无'));
  const makeup = $('makeup');
  makeup.replaceChildren(...r.makeupWorkdays.map((d) => li(`${zhDate(d.date)}：调休上班`, '', [[d.source ?? '', '']])));
  if (!r.makeupWorkdays.length) makeup.replaceChildren(li('无'));

  const notice = $('provisional');
  notice.hidden = !r.provisional;
  if (r.provisional) {
    const years = r.provisionalYears.map((y) => `${y}年`).join('、');
    $('provisional-text').textContent =
      `${years}的放假安排国务院尚未公布（或本页未载入）。以上结果已扣除法律规定的节日（元旦、春节等），` +
      '但调休和补假要等年度通知确定，届满日可能变化，请以届时公布的安排为准。';
  }
  $('result').hidden = false;
}

function compute() {
  const start = $('start').value;
  const raw = $('n').value.trim();
  showError('start', null);
  showError('n', null);
  if (!start) return showError('start', '请填写起算日期。');
  if (raw === '' || !/^[-−]?\d+$/.test(raw)) return showError('n', MESSAGES.invalid_argument);
  const n = Number(raw.replace('−', '-'));
  try {
    render(explainAddWorkdays(start, n));
  } catch (e) {
    const field = e.code === 'invalid_argument' ? 'n' : 'start';
    showError(field, MESSAGES[e.code] ?? '无法计算，请检查输入。');
    $('result').hidden = true;
  }
}

function showCoverage() {
  const c = calendarCoverage();
  $('coverage').textContent = c.years.length ? ` 已载入${c.years.join('、')}年的放假安排。` : '';
}

async function loadYearFile(event) {
  const file = event.target.files?.[0];
  const error = $('calendar-error');
  error.hidden = true;
  if (!file) return;
  try {
    loadCalendarYear(JSON.parse(await file.text()));
    showCoverage();
    compute();
  } catch (e) {
    error.textContent = e instanceof SyntaxError
      ? '文件不是有效的 JSON，请选择国务院放假安排的 JSON 文件。'
      : `放假安排未载入：${e.message}`;
    error.hidden = false;
  }
  event.target.value = '';
}

await ready;
$('start').value = todayInChina();
$('workday-form').addEventListener('submit', (e) => { e.preventDefault(); compute(); });
$('calendar-file').addEventListener('change', loadYearFile);
showCoverage();
document.body.dataset.calendarReady = 'true';
