// Application self-check: one form per application type, generated from schema(), its
// controls named by their JSON Pointer and bound with jincheng-rules/form (bindForm),
// which checks, shows messages, the error summary and the deadlines.
// Messages are inserted as text (textContent), never as HTML.
import { ready, applicationTypes, schema } from './wasm.js';
import { bindForm } from './pkg/form/index.js';
import { locale } from './i18n.js';
import { fmtDate, todayInChina } from './format.js';
import { monthView } from './month.js';
import { el } from './dom.js';

const $ = (id) => document.getElementById(id);
const idFor = (pointer) => `f${pointer.replace(/[^A-Za-z0-9]/g, '_')}`;
const WORDS = {
  'zh-CN': {
    severity: { error: '错误', warning: '提醒', info: '说明' }, choose: '请选择', yes: '是', no: '否', required: '必填',
    addItem: '增加一项', removeItem: '删除此项', item: (i) => `第${i}项`, basis: '依据：',
    ok: '检查通过：可以提交。请阅读下方提示和期限。', bad: (n) => `还有${n}处需要修改，见页面上方列表。`, none: '无',
    noDeadline: '填写相关日期后显示。', provisional: '注意：计算跨入尚未公布放假安排的年度，结果可能变化。可在下方“工作日期限计算”中载入该年度放假安排后重新检查。',
    document: (info, inForce) => `依据：${info.document.number}《${info.document.title}》${info.articles.join('、')}；施行日期${fmtDate(info.document.inForceFrom, false)}${info.document.inForceUntil ? `，有效期至${fmtDate(info.document.inForceUntil, false)}` : ''}——按提交日期${inForce ? '在有效期内' : '不在有效期内'}。`,
    restored: (at) => `已恢复${at}保存的草稿。`, saved: (at) => `草稿已保存在本机（${at}）。`, cleared: '草稿已清除。',
    confirmClear: '确定清除本事项已填写的内容吗？清除后无法恢复。',
    corrupt: (key) => `本机保存的草稿已损坏，无法读取；原内容已另存为“${key}”，没有删除。请重新填写。`,
  },
  en: {
    severity: { error: 'Error', warning: 'Warning', info: 'Note' }, choose: 'Choose', yes: 'Yes', no: 'No', required: 'required',
    addItem: 'Add', removeItem: 'Remove this entry', item: (i) => `Entry ${i}`, basis: 'Source: ',
    ok: 'No errors: the application can be submitted. Read the notes and time limits below.', bad: (n) => `${n} thing(s) to fix: see the list at the top.`, none: 'none',
    noDeadline: 'Shown once the dates are filled in.', provisional: 'Note: the count reaches a year whose holiday schedule is not published; the date may change. Load that year\'s schedule in the working-day tool below, then check again.',
    document: (info, inForce) => `Under ${info.document.number} ${info.articles.join(', ')}; in force from ${info.document.inForceFrom}${info.document.inForceUntil ? ` until ${info.document.inForceUntil}` : ''} — ${inForce ? 'in force' : 'not in force'} on the submission date.`,
    restored: (at) => `Draft saved ${at} restored.`, saved: (at) => `Draft saved on this device (${at}).`, cleared: 'Draft cleared.',
    confirmClear: 'Clear everything filled in for this application? This cannot be undone.',
    corrupt: (key) => `The draft saved on this device is damaged and cannot be read; it was kept aside as “${key}”, not deleted. Please fill in the form again.`,
  },
};
const w = () => WORDS[locale()];

let current = null; // {id, schema, form: the bindForm controller}

/** Labels double as words inside messages (“Enter {label}.”): capitalise them as headings. */
const heading = (title) => (locale() === 'en' && title ? title[0].toUpperCase() + title.slice(1) : title);

/** A control for one schema node at `pointer`. Returns the wrapper element. */
function control(node, pointer, required) {
  const id = idFor(pointer);
  const label = el('label', { htmlFor: id, textContent: heading(node.title ?? pointer) });
  if (required) label.append(el('span', { className: 'required-mark', textContent: '*', title: w().required }));
  let input;
  if (node.type === 'string' && node.oneOf) {
    input = el('select', { id }, el('option', { value: '', textContent: w().choose }), ...node.oneOf.map((o) => el('option', { value: o.const, textContent: o.title })));
  } else if (node.type === 'string' && node.format === 'date') {
    input = el('input', { id, type: 'date' });
  } else if (node.type === 'string' && node.pattern?.includes('T[0-9]')) {
    input = el('input', { id, type: 'datetime-local' });
  } else if (node.type === 'string' && (node.maxLength ?? 0) > 200) {
    input = el('textarea', { id, maxLength: node.maxLength });
  } else if (node.type === 'string') {
    input = el('input', { id, type: 'text', autocomplete: 'off', spellcheck: false });
  } else if (node.type === 'integer' || node.type === 'number') {
    input = el('input', { id, type: 'number', step: node.type === 'integer' ? '1' : 'any', min: node.minimum ?? '', max: node.maximum ?? '' });
  } else if (node.type === 'boolean') {
    input = el('select', { id }, el('option', { value: '', textContent: w().choose }), el('option', { value: 'true', textContent: w().yes }), el('option', { value: 'false', textContent: w().no }));
  }
  input.name = pointer;
  input.dataset.pointer = pointer;
  input.dataset.jcLabel = node.words ?? node.title ?? pointer; // the words messages use (not capitalised)
  return el('div', { className: 'field' }, label, input);
}

/** Render an object node's properties into `container`. */
function renderObject(node, pointer, container) {
  const required = new Set(node.required ?? []);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    container.append(renderNode(child, `${pointer}/${name}`, required.has(name)));
  }
}

function renderNode(node, pointer, required) {
  if (node.type === 'object') {
    const fs = el('fieldset', { id: idFor(pointer) }, el('legend', { textContent: heading(node.title) }));
    fs.dataset.pointer = pointer;
    renderObject(node, pointer, fs);
    return fs;
  }
  if (node.type === 'array' && node.items?.oneOf) {
    // A set of choices: checkboxes.
    const fs = el('fieldset', { id: idFor(pointer) }, el('legend', { textContent: heading(node.title) + (required ? ' *' : '') }));
    fs.dataset.pointer = pointer;
    fs.dataset.kind = 'set';
    for (const o of node.items.oneOf) {
      const cid = `${idFor(pointer)}_${o.const}`;
      const box = el('input', { type: 'checkbox', id: cid, value: o.const, name: pointer });
      box.dataset.jcLabel = node.title;
      fs.append(el('div', {}, box, el('label', { htmlFor: cid, textContent: ` ${o.title}`, className: 'inline-label' })));
    }
    return fs;
  }
  if (node.type === 'array') {
    // A list: repeatable items with add and remove buttons.
    const fs = el('fieldset', { id: idFor(pointer) }, el('legend', { textContent: heading(node.title) + (required ? ' *' : '') }));
    fs.dataset.pointer = pointer;
    fs.dataset.kind = 'list';
    const items = el('div', { className: 'items' });
    const add = el('button', { type: 'button', className: 'secondary', textContent: `${w().addItem}: ${node.title}` });
    const addItem = () => {
      const i = items.children.length;
      const itemPointer = `${pointer}/${i}`;
      const wrap = el('div', { className: 'list-item' });
      wrap.dataset.item = itemPointer;
      if (node.items.type === 'object') {
        wrap.append(el('p', { textContent: w().item(i + 1), className: 'hint' }));
        renderObject(node.items, itemPointer, wrap);
      } else {
        const words = `${node.title}${locale() === 'en' ? ` #${i + 1}` : `第${i + 1}项`}`;
        wrap.append(control({ ...node.items, title: w().item(i + 1), words }, itemPointer, false));
      }
      const remove = el('button', { type: 'button', className: 'secondary', textContent: w().removeItem });
      remove.addEventListener('click', () => { wrap.remove(); renumber(); saveDraft(); });
      wrap.append(remove);
      items.append(wrap);
    };
    // Pointers follow the position: after a removal, items are renumbered.
    const renumber = () => {
      [...items.children].forEach((wrap, i) => {
        const old = wrap.dataset.item;
        const now = `${pointer}/${i}`;
        wrap.dataset.item = now;
        for (const n of wrap.querySelectorAll('[data-pointer]')) {
          n.dataset.pointer = now + n.dataset.pointer.slice(old.length);
          if (n.name) n.name = n.dataset.pointer;
        }
      });
    };
    add.addEventListener('click', addItem);
    fs.addItem = addItem;
    fs.itemCount = () => items.children.length;
    for (let i = 0; i < Math.max(node.minItems ?? 0, 1); i++) addItem();
    fs.append(items, add);
    return fs;
  }
  return control(node, pointer, required);
}

function citationNode(c) {
  if (!c) return null;
  return el('details', { className: 'citation' }, el('summary', { textContent: `${w().basis}${c.document} ${c.article}` }), el('p', { textContent: `“${c.text}”` }));
}

function showResult(report) {
  $('check-result').hidden = false;
  const status = $('check-status');
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  status.className = report.valid ? 'ok' : 'bad';
  status.textContent = report.valid ? w().ok : w().bad(errors);
  const notices = report.issues.filter((i) => i.severity !== 'error');
  $('notices').replaceChildren(...notices.map((i) => el('li', { className: `field-message ${i.severity}` }, `${w().severity[i.severity]}${locale() === 'en' ? ': ' : '：'}${i.message}`, citationNode(i.citation))));
  if (!notices.length) $('notices').replaceChildren(el('li', { textContent: w().none }));
}

/** The deadlines with their month views and citations (bindForm calls this with each report). */
function showDeadlines(deadlines) {
  $('deadline-list').replaceChildren(...deadlines.map((d) => el('div', { className: `deadline${d.provisional ? ' provisional' : ''}` },
    el('p', { textContent: d.title }),
    el('p', { className: 'due', textContent: fmtDate(d.due) }),
    el('p', { textContent: d.rule }),
    d.provisional ? el('p', { className: 'provisional-note', textContent: w().provisional }) : null,
    monthView(d.due),
    citationNode(d.citation))));
  if (!deadlines.length) $('deadline-list').replaceChildren(el('p', { textContent: w().noDeadline }));
}

// ---- Drafts: kept on this device as the applicant types, restored on reload ----

const draftKey = (id) => `jincheng-draft:${id}`;
const stamp = (ms) => new Date(ms + 8 * 3600e3).toISOString().slice(0, 16).replace('T', ' ');

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let saveTimer = null;
function saveDraftNow() {
  clearTimeout(saveTimer);
  saveTimer = null;
  const store = storage();
  if (!store || !current) return;
  const savedAt = Date.now();
  try {
    store.setItem(draftKey(current.id), JSON.stringify({ version: 1, savedAt, data: current.form.submission() }));
    $('draft-status').textContent = w().saved(stamp(savedAt));
  } catch {
    // Quota or privacy mode: the form keeps working without a draft.
  }
}
function saveDraft() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveDraftNow, 250);
}
window.addEventListener('pagehide', () => { if (saveTimer) saveDraftNow(); });

/** Put a saved submission back into the generated form. */
function fill(value, pointer = '') {
  if (Array.isArray(value)) {
    const fs = $(idFor(pointer));
    if (fs?.dataset.kind === 'set') {
      for (const box of fs.querySelectorAll('input[type=checkbox]')) box.checked = value.includes(box.value);
      return;
    }
    if (fs?.addItem) while (fs.itemCount() < value.length) fs.addItem();
    value.forEach((v, i) => fill(v, `${pointer}/${i}`));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) fill(v, `${pointer}/${k}`);
    return;
  }
  const input = $(idFor(pointer));
  if (input && 'value' in input) input.value = String(value);
}

function restoreDraft(id) {
  const store = storage();
  const raw = store?.getItem(draftKey(id));
  if (!raw) return;
  let draft;
  try {
    draft = JSON.parse(raw);
    if (!draft || typeof draft !== 'object' || typeof draft.data !== 'object' || draft.data === null || Array.isArray(draft.data)) throw new Error('shape');
  } catch {
    // Kept aside, never silently dropped.
    const aside = `jincheng-draft-corrupt:${id}:${Date.now()}`;
    try {
      store.setItem(aside, raw);
      store.removeItem(draftKey(id));
    } catch {
      // If it cannot be moved it stays where it is, still untouched.
    }
    $('draft-status').textContent = w().corrupt(aside);
    $('draft-status').classList.add('field-message', 'warning');
    return;
  }
  fill(draft.data);
  $('draft-status').textContent = w().restored(stamp(draft.savedAt ?? Date.now()));
}

function clearDraft() {
  if (!current || !window.confirm(w().confirmClear)) return;
  storage()?.removeItem(draftKey(current.id));
  selectType(current.id);
  $('draft-status').textContent = w().cleared;
}

function describeDocument(id) {
  const info = applicationTypes(locale()).find((t) => t.id === id);
  const asOf = $('as-of').value || todayInChina();
  const inForce = asOf >= info.document.inForceFrom && (!info.document.inForceUntil || asOf <= info.document.inForceUntil);
  $('type-document').textContent = w().document(info, inForce);
}

async function selectType(id) {
  current?.form.destroy();
  const s = schema(id, locale());
  describeDocument(id);
  const fields = $('form-fields');
  fields.replaceChildren();
  renderObject(s, '', fields);
  const form = bindForm($('application-form'), id, {
    locale, asOf: () => $('as-of').value || todayInChina(), summary: $('error-summary'), deadlines: showDeadlines,
    onReport: (report, { kind }) => { if (kind !== 'field') showResult(report); },
  });
  current = { id, schema: s, form };
  await form.ready;
  $('error-summary').hidden = true;
  $('check-result').hidden = true;
  $('draft-status').textContent = '';
  $('draft-status').classList.remove('field-message', 'warning');
  restoreDraft(id);
}

function fillTypes() {
  const select = $('type-select');
  const groups = new Map();
  for (const t of applicationTypes(locale())) {
    const key = `${t.document.number} ${t.document.title}`;
    if (!groups.has(key)) groups.set(key, el('optgroup', { label: key }));
    groups.get(key).append(el('option', { value: t.id, textContent: `${t.code} ${t.title}` }));
  }
  const chosen = select.value;
  select.replaceChildren(...groups.values());
  if (chosen) select.value = chosen;
}

await ready;
$('as-of').value = todayInChina();
fillTypes();
const select = $('type-select');
select.addEventListener('change', () => selectType(select.value));
$('as-of').addEventListener('change', () => { describeDocument(select.value); if (!$('check-result').hidden) current.form.check(); });
$('form-fields').addEventListener('input', saveDraft);
$('form-fields').addEventListener('change', saveDraft);
$('clear-draft').addEventListener('click', clearDraft);
// bindForm checks on submit and blocks it on errors; this page never sends anything.
$('application-form').addEventListener('submit', (e) => e.preventDefault());
// The language switch re-renders the form with the labels of the new locale; the draft
// (saved on every edit) carries what was typed across.
// A check already shown (the result, the error list) is run again, in the new language.
document.addEventListener('localechange', async () => {
  if (saveTimer) saveDraftNow();
  const checked = !$('check-result').hidden || !$('error-summary').hidden;
  fillTypes();
  await selectType(select.value);
  if (checked) current.form.check();
});
document.addEventListener('calendarchange', () => { if (!$('check-result').hidden) current.form.check(); });
await selectType(select.value);
document.body.dataset.ready = 'true';
