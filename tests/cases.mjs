// Shared by the Node tests: the table cases of data/cases/, and how to apply them.
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../data/cases/', import.meta.url);

/** Every application type's case file (names start with the catalogue code). */
export const caseFiles = readdirSync(dir)
  .filter((f) => /^[A-Z]\d-.*\.json$/.test(f))
  .sort()
  .map((f) => ({ file: f, ...JSON.parse(readFileSync(new URL(f, dir), 'utf8')) }));

/** Apply `{pointer: value}` patches to a copy of `base` (null removes the member). */
export function patch(base, set) {
  const v = structuredClone(base);
  for (const [pointer, value] of Object.entries(set ?? {})) {
    const keys = pointer.split('/').slice(1);
    const last = keys.pop();
    const parent = keys.reduce((o, k) => o[k], v);
    if (value === null && !Array.isArray(parent)) delete parent[last];
    else parent[last] = value;
  }
  return v;
}

/**
 * A year's holiday notice text built from its data file, as data/cases/holiday-notice.json
 * describes: title, number, a blank line, the quote of each holiday of the year's own
 * notice (an entry with a `source` comes from another notice), a blank line, the
 * signature and the issue date.
 */
export function noticeText(data) {
  const [y, m, d] = data.notice.issued.split('-').map(Number);
  const quotes = data.holidays.filter((h) => h.source === undefined).map((h) => h.quote);
  return [data.notice.title, data.notice.number, '', ...quotes, '', '国务院办公厅', `${y}年${m}月${d}日`].join('\n') + '\n';
}
