// The working-day tool of the demo portal: everything runs in the browser through
// the wasm package. Messages are inserted as text (textContent), never as HTML.
import { ready, explainAddWorkdays, calendarCoverage, loadCalendarYear } from './wasm.js';
import { locale, applyText, setLocale, t } from './i18n.js';
import { fmtDate, fmtRange, todayInChina } from './format.js';
import { monthView } from './month.js';

const $ = (id) => document.getElementById(id);
const en = () => locale() === 'en';

const MESSAGES = {
  'zh-CN': {
    invalid_date: '请填写有效的日期，例如 2026-10-15。',
    out_of_range: '日期超出可计算范围（1949年10月1日至2099年12月31日），请检查起算日期和工作日数。',
    invalid_argument: '工作日数请填写整数，例如 5 或 −5。',
    missing_start: '请填写起算日期。',
    other: '无法计算，请检查输入。',
    badJson: '文件不是有效的 JSON，请选择国务院放假安排的 JSON 文件。',
  },
  en: {
    invalid_date: 'Enter a real date, for example 2026-10-15.',
    out_of_range: 'The date is outside what can be computed (1949-10-01 to 2099-12-31); check the start date and the number of days.',
    invalid_argument: 'Enter a whole number of working days, for example 5 or −5.',
    missing_start: 'Enter the start date.',
    other: 'This cannot be computed; check the entries.',
    badJson: 'The file is not valid JSON; choose the State Council schedule as a JSON file.',
    notLoaded: 'The schedule was not loaded: ',
  },
};
const msg = (key) => MESSAGES[locale()][key];

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

function ruleText(r) {
  const holidays = r.skipped.filter((s) => s.kind === 'holiday');
  const weekendDays = r.skipped.filter((s) => s.kind === 'weekend').reduce((a, s) => a + s.days, 0);
  const n = Math.abs(r.n);
  if (en()) {
    const parts = [`${n} working days ${r.n >= 0 ? 'after' : 'before'} ${r.from}: the start day is not counted`];
    if (holidays.length) parts.push(`${holidays.map((h) => `the ${h.holiday} holiday (${fmtRange(h.from, h.to)}, ${h.days} days)`).join(', ')} skipped`);
    if (weekendDays) parts.push(`${weekendDays} weekend days skipped`);
    if (r.makeupWorkdays.length) parts.push(`${r.makeupWorkdays.map((d) => d.date).join(', ')} counted as makeup working days`);
    return parts.join('; ') + '.';
  }
  const parts = [`自${fmtDate(r.from, false)}起${r.n >= 0 ? '' : '向前倒数'}${n}个工作日：不含起算当日`];
  if (holidays.length) parts.push(`跳过${holidays.map((h) => `${h.holiday}假期（${fmtRange(h.from, h.to)}，${h.days}天）`).join('、')}`);
  if (weekendDays) parts.push(`跳过周末${weekendDays}天`);
  if (r.makeupWorkdays.length) parts.push(`${r.makeupWorkdays.map((d) => fmtDate(d.date, false)).join('、')}调休上班，计为工作日`);
  return parts.join('，') + '。';
}

function render(r) {
  $('due').textContent = fmtDate(r.due);
  $('rule').textContent = ruleText(r);
  const skipped = $('skipped');
  skipped.replaceChildren(...r.skipped.map((s) => li(
    en() ? `${fmtRange(s.from, s.to)}: ${s.kind === 'holiday' ? `${s.holiday} holiday` : 'weekend'}, ${s.days} day(s)`
      : `${fmtRange(s.from, s.to)}：${s.kind === 'holiday' ? `${s.holiday}假期` : '周末'}，${s.days}天`,
    s.kind === 'holiday' ? 'holiday' : '',
    s.provisional ? [[en() ? 'statutory holiday, computed from the law' : '按法定节假日推算', 'provisional']] : [],
  )));
  if (!r.skipped.length) skipped.replaceChildren(li(en() ? 'none' : '无'));
  const makeup = $('makeup');
  makeup.replaceChildren(...r.makeupWorkdays.map((d) => li(`${fmtDate(d.date)}${en() ? ': makeup working day' : '：调休上班'}`, '', [[d.source ?? '', '']])));
  if (!r.makeupWorkdays.length) makeup.replaceChildren(li(en() ? 'none' : '无'));
  $('due-month').replaceChildren(monthView(r.due, { from: r.from }));

  const notice = $('provisional');
  notice.hidden = !r.provisional;
  if (r.provisional) {
    const years = r.provisionalYears.join(en() ? ', ' : '年、') + (en() ? '' : '年');
    $('provisional-text').textContent = en()
      ? `The State Council has not published (or this page has not loaded) the holiday schedule for ${years}. Statutory holidays (New Year, Spring Festival…) are skipped, but makeup days and substitutes are set by the annual notice: the due date may change.`
      : `${years}的放假安排国务院尚未公布（或本页未载入）。以上结果已扣除法律规定的节日（元旦、春节等），但调休和补假要等年度通知确定，届满日可能变化，请以届时公布的安排为准。`;
  }
  $('result').hidden = false;
}

let last = null;

function compute() {
  const start = $('start').value;
  const raw = $('n').value.trim();
  showError('start', null);
  showError('n', null);
  if (!start) return showError('start', msg('missing_start'));
  if (raw === '' || !/^[-−]?\d+$/.test(raw)) return showError('n', msg('invalid_argument'));
  const n = Number(raw.replace('−', '-'));
  try {
    last = explainAddWorkdays(start, n);
    render(last);
  } catch (e) {
    const field = e.code === 'invalid_argument' ? 'n' : 'start';
    showError(field, msg(e.code) ?? msg('other'));
    $('result').hidden = true;
  }
}

function showCoverage() {
  const c = calendarCoverage();
  $('coverage').textContent = !c.years.length ? '' : en() ? ` Schedules loaded: ${c.years.join(', ')}.` : ` 已载入${c.years.join('、')}年的放假安排。`;
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
    document.dispatchEvent(new CustomEvent('calendarchange'));
  } catch (e) {
    // The package's Chinese message (e.messageZh) is whole: “放假安排未能载入：……。”
    error.textContent = e instanceof SyntaxError ? msg('badJson') : en() ? `${msg('notLoaded')}${e.message}` : e.messageZh ?? msg('other');
    error.hidden = false;
  }
  event.target.value = '';
}

await ready;
applyText();
$('start').value = todayInChina();
$('workday-form').addEventListener('submit', (e) => { e.preventDefault(); compute(); });
$('calendar-file').addEventListener('change', loadYearFile);
$('locale-switch').addEventListener('click', () => setLocale(en() ? 'zh-CN' : 'en'));
document.addEventListener('localechange', () => {
  showCoverage();
  if (last && !$('result').hidden) render(last);
});
showCoverage();
document.body.dataset.calendarReady = 'true';
