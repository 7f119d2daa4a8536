// The working-day tool of the demo portal: everything runs in the browser through
// the wasm package. Messages are inserted as text (textContent), never as HTML.
import { ready, explainAddWorkdays, calendarCoverage, loadCalendarYear } from './wasm.js';
import { locale, applyText, setLocale, markChinese } from './i18n.js';
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
    no_such_date: '没有这一天，请检查月和日（例如2月没有30日）。',
    other: '无法计算，请检查输入。',
    badJson: '文件不是有效的 JSON，请选择国务院放假安排的 JSON 文件。',
  },
  en: {
    invalid_date: 'Enter a real date, for example 2026-10-15.',
    out_of_range: 'The date is outside what can be computed (1949-10-01 to 2099-12-31); check the start date and the number of days.',
    invalid_argument: 'Enter a whole number of working days, for example 5 or −5.',
    missing_start: 'Enter the start date.',
    no_such_date: 'That day does not exist; check the month and the day (February has no 30th, for example).',
    other: 'This cannot be computed; check the entries.',
    badJson: 'The file is not valid JSON; choose the State Council schedule as a JSON file.',
    notLoaded: 'The schedule was not loaded: ',
  },
};
const msg = (key) => MESSAGES[locale()][key];

// The messages shown beside the two fields, by key, so a language switch re-renders them.
const errors = { start: null, n: null };

function showError(field, key) {
  errors[field] = key;
  const input = $(field);
  const error = $(`${field}-error`);
  input.setAttribute('aria-invalid', key ? 'true' : 'false');
  error.textContent = key ? msg(key) ?? msg('other') : '';
  error.hidden = !key;
}

/** A stale result is never left beside an entry that no longer gives it. */
function clearResult() {
  last = null;
  $('result').hidden = true;
}

const MINUS = /^[-−－‐‑–﹣]/u; // hyphen-minus, U+2212 minus, full-width, hyphens, en dash, small
const PLUS = /^[+＋]/u;

/**
 * The number of working days as typed: "5", "-5", "−5" (the hint's own minus), "－5",
 * full-width digits; null when it is not a whole number.
 */
function parseDays(raw) {
  let text = raw.replace(/[\s\u3000]/gu, '').replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  let sign = 1;
  if (MINUS.test(text)) { sign = -1; text = text.slice(1); } else if (PLUS.test(text)) text = text.slice(1);
  if (!/^[0-9]{1,9}$/.test(text)) return null;
  return sign * Number(text);
}

/** A date the browser could not read (02/30): the field's value is '' but it is not empty. */
const badDate = (input) => input.validity.badInput;

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
    // Only a holiday is computed from the law; a weekend is a weekend in any year.
    s.provisional && s.kind === 'holiday' ? [[en() ? 'statutory holiday, computed from the law' : '按法定节假日推算', 'provisional']] : [],
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
  const n = parseDays($('n').value);
  showError('start', null);
  showError('n', null);
  if (!start) showError('start', badDate($('start')) ? 'no_such_date' : 'missing_start');
  if (n === null) showError('n', 'invalid_argument');
  if (!start || n === null) return clearResult();
  try {
    last = explainAddWorkdays(start, n);
    render(last);
  } catch (e) {
    showError(e.code === 'invalid_argument' ? 'n' : 'start', MESSAGES['zh-CN'][e.code] ? e.code : 'other');
    clearResult();
  }
}

/**
 * On leaving a field: a day that does not exist, or a count that is not a number, is said at
 * once. A message goes as soon as the entry is right again (while typing: removing it on
 * leaving would move the button the applicant is about to press).
 */
function checkOnLeave(field) {
  if (field === 'start' && badDate($('start'))) {
    showError('start', 'no_such_date');
    clearResult();
  } else if (field === 'n' && $('n').value.trim() !== '' && parseDays($('n').value) === null) {
    showError('n', 'invalid_argument');
    clearResult();
  }
}

function clearWhenRight(field) {
  const right = field === 'start' ? $('start').value !== '' : parseDays($('n').value) !== null;
  if (errors[field] && right) showError(field, null);
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

// Everything the page needs is loaded: controls on, the loading notice off (boot.js).
function whenFormsReady() {
  if (document.body.dataset.ready === 'true') return Promise.resolve();
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (document.body.dataset.ready !== 'true') return;
      watch.disconnect();
      resolve();
    });
    watch.observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
  });
}

await ready;
applyText();
$('start').value = todayInChina();
$('workday-form').addEventListener('submit', (e) => { e.preventDefault(); compute(); });
$('start').addEventListener('blur', () => checkOnLeave('start'));
$('n').addEventListener('blur', () => checkOnLeave('n'));
$('start').addEventListener('input', () => clearWhenRight('start'));
$('n').addEventListener('input', () => clearWhenRight('n'));
$('calendar-file').addEventListener('change', loadYearFile);
$('locale-switch').addEventListener('click', () => setLocale(en() ? 'zh-CN' : 'en'));
document.addEventListener('localechange', () => {
  showCoverage();
  for (const field of ['start', 'n']) if (errors[field]) showError(field, errors[field]);
  if (last && !$('result').hidden) render(last);
});
// On the English page, Chinese words are marked lang="zh-CN" wherever they appear.
new MutationObserver((records) => {
  if (!en()) return;
  for (const r of records) {
    if (r.type === 'characterData') markChinese(r.target);
    else for (const n of r.addedNodes) markChinese(n);
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });
showCoverage();
await whenFormsReady();
for (const control of document.querySelectorAll('[data-wait]')) control.disabled = false;
$('load-status')?.remove();
document.querySelector('main').setAttribute('aria-busy', 'false');
document.body.dataset.calendarReady = 'true';
performance.mark('jincheng-usable'); // tests/demo-load.test.mjs reads it
