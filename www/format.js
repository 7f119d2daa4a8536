// Dates in the page's locale.
import { locale } from './i18n.js';

const ZH_WEEKDAYS = '日一二三四五六';
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(iso) {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return { y, m, d, w: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** 2027-01-04 → 2027年1月4日（星期一） / Monday 2027-01-04; a date-time keeps its time. */
export function fmtDate(iso, withWeekday = true) {
  const { y, m, d, w } = parts(iso);
  const time = iso.length > 10 ? ` ${iso.slice(11, 16)}` : '';
  if (locale() === 'en') return `${withWeekday ? EN_WEEKDAYS[w] + ' ' : ''}${iso.slice(0, 10)}${time}`;
  return `${y}年${m}月${d}日${withWeekday ? `（星期${ZH_WEEKDAYS[w]}）` : ''}${time}`;
}

export function fmtRange(from, to) {
  if (from === to) return fmtDate(from, false);
  if (locale() === 'en') return `${from} to ${to}`;
  const a = parts(from);
  const b = parts(to);
  const end = a.y !== b.y ? fmtDate(to, false) : a.m !== b.m ? `${b.m}月${b.d}日` : `${b.d}日`;
  return `${fmtDate(from, false)}至${end}`;
}

/** Today in China time, whatever the machine's zone. */
export function todayInChina() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}
