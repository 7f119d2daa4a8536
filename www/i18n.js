// The page's own words in both locales; messages from the library come in the chosen locale.
const TEXT = {
  'zh-CN': {
    title: '晋城市政务服务申请自检',
    lead: '填写申请前先在本机检查：必填项、身份证号码和统一社会信用代码、法规规定的条件和期限。检查在您的设备上完成，不上传任何数据。',
    switch: 'English',
    loading: '正在加载…',
    applyTitle: '申请自检',
    typeLabel: '申请事项',
    asOfLabel: '提交日期',
    asOfHint: '按此日期判断期限是否已过、规定是否在有效期内',
    summaryTitle: '请修改以下内容',
    check: '检查申请',
    clearDraft: '清除草稿',
    example: '示例：已有门户的手写表单如何用几行代码接入检查',
    notices: '提示',
    deadlines: '期限',
    workdaysTitle: '工作日期限计算',
    workdaysHint: '按国务院办公厅公布的节假日安排计算：起算当日不计入，跳过周末和法定节假日，调休上班日计为工作日。',
    startLabel: '起算日期',
    startHint: '如受理、收到决定书的日期（当日不计入）',
    nLabel: '工作日数',
    nHint: '负数表示向前倒数，如“届满前5个工作日”填 −5',
    compute: '计算期限',
    resultTitle: '计算结果',
    dueLabel: '期限届满日：',
    calendarFile: '载入国务院放假安排（JSON 文件），本页随即按其计算：',
    operatorsTitle: '供窗口工作人员和网站管理员使用',
    skipped: '跳过的休息日',
    makeup: '计入的调休上班日',
    footer: '依据：《中华人民共和国民法典》第二百零一条（开始的当日不计入）；《全国年节及纪念日放假办法》；国务院办公厅历年部分节假日安排的通知。',
  },
  en: {
    title: 'Jincheng government services: check your application',
    lead: 'Check an application on this device before you submit it: required fields, ID numbers and credit codes, the conditions and time limits of the regulations. Nothing leaves your device.',
    switch: '中文',
    loading: 'Loading…',
    applyTitle: 'Check an application',
    typeLabel: 'Application',
    asOfLabel: 'Submission date',
    asOfHint: 'Time limits and the regulations in force are judged on this date',
    summaryTitle: 'There is a problem',
    check: 'Check application',
    clearDraft: 'Clear draft',
    example: 'Example: an existing portal’s hand-written form, wired in a few lines',
    notices: 'Notes',
    deadlines: 'Time limits',
    workdaysTitle: 'Working-day deadlines',
    workdaysHint: 'Counted under the State Council holiday schedules: the start day is not counted, weekends and holidays are skipped, makeup working days count.',
    startLabel: 'Start date',
    startHint: 'e.g. the day of acceptance or of receiving a decision (not counted)',
    nLabel: 'Working days',
    nHint: 'A negative number counts backwards, e.g. −5 for “5 working days before”',
    compute: 'Compute',
    resultTitle: 'Result',
    dueLabel: 'Due: ',
    calendarFile: 'Load a State Council holiday schedule (JSON file); this page then counts with it:',
    operatorsTitle: 'For the service hall\'s staff and the site\'s operators',
    skipped: 'Rest days skipped',
    makeup: 'Makeup working days counted',
    footer: 'Sources: Civil Code art. 201 (the start day is not counted); the national holidays regulation; the State Council General Office holiday notices.',
  },
};

const KEY = 'jincheng-locale';

export function locale() {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function t(key) {
  return TEXT[locale()][key] ?? TEXT['zh-CN'][key];
}

/** The language of the switch's own words: the other locale's. */
const SWITCH_LANG = { 'zh-CN': 'en', en: 'zh-CN' };

/** Fill every `data-i18n` element with the current locale's text; the tab title follows. */
export function applyText() {
  document.documentElement.lang = locale();
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n=switch]')) node.lang = SWITCH_LANG[locale()];
  markChinese(document.body);
}

// Chinese words on the English page (document names and numbers, quoted clauses, names an
// applicant typed into a message) are marked lang="zh-CN", so screen readers read them in
// Chinese: runs of Han characters and CJK punctuation, with the digits between them
// (晋市政发〔2021〕23号), wrapped in <span lang="zh-CN">.
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff5e]';
const RUN = new RegExp(`${CJK}+(?:[0-9“”‘’…—·]+${CJK}+)*`, 'gu');
const HAS_LATIN = /[A-Za-z]/;

/** Mark the Chinese runs under `root` (nothing on the Chinese page). Idempotent. */
export function markChinese(root) {
  if (locale() !== 'en' || !root) return;
  if (root.nodeType === Node.TEXT_NODE) return markText(root);
  if (root.nodeType !== Node.ELEMENT_NODE) return;
  // <option> and <optgroup> hold text only: mark the element when its words are Chinese.
  for (const node of [root, ...root.querySelectorAll('option, optgroup')]) {
    if (node.tagName !== 'OPTION' && node.tagName !== 'OPTGROUP') continue;
    const text = node.tagName === 'OPTGROUP' ? node.label : node.textContent;
    RUN.lastIndex = 0;
    if (RUN.test(text)) node.lang = HAS_LATIN.test(text) ? 'en' : 'zh-CN';
    else if (node.parentElement?.closest('[lang]')?.lang === 'zh-CN') node.lang = 'en';
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  for (const n of texts) markText(n);
}

function markText(node) {
  const parent = node.parentElement;
  if (!parent || parent.closest('option, optgroup, script, style, textarea, [lang="zh-CN"]')) return;
  const text = node.data;
  RUN.lastIndex = 0;
  if (!RUN.test(text)) return;
  RUN.lastIndex = 0;
  const parts = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    const span = document.createElement('span');
    span.lang = 'zh-CN';
    span.textContent = m[0];
    parts.push(span);
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  node.replaceWith(...parts);
}

export function setLocale(next) {
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Storage may be unavailable (private mode): the switch still applies to this page.
  }
  applyText();
  document.dispatchEvent(new CustomEvent('localechange', { detail: next }));
}
