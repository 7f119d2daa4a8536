// Application self-check: one form per application type, generated from schema().
// Messages are inserted as text (textContent), never as HTML.
import { ready, applicationTypes, schema, validate } from './wasm.js';

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.includes('-')) node.setAttribute(k, v);
    else node[k] = v;
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
};
const idFor = (pointer) => `f${pointer.replace(/[^A-Za-z0-9]/g, '_')}`;
const SEVERITY = { error: '错误', warning: '提醒', info: '说明' };

let current = null; // {id, schema}

function todayInChina() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A control for one schema node at `pointer`. Returns the wrapper element. */
function control(node, pointer, required) {
  const id = idFor(pointer);
  const label = el('label', { htmlFor: id, textContent: node.title ?? pointer });
  if (required) label.append(el('span', { className: 'required-mark', textContent: '*', title: '必填' }));
  const message = el('div', { id: `${id}-message`, className: 'messages', 'aria-live': 'polite' });
  let input;
  if (node.type === 'string' && node.oneOf) {
    input = el('select', { id }, el('option', { value: '', textContent: '请选择' }), ...node.oneOf.map((o) => el('option', { value: o.const, textContent: o.title })));
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
    input = el('select', { id }, el('option', { value: '', textContent: '请选择' }), el('option', { value: 'true', textContent: '是' }), el('option', { value: 'false', textContent: '否' }));
  }
  input.dataset.pointer = pointer;
  input.dataset.kind = node.type;
  input.setAttribute('aria-describedby', `${id}-message`);
  return el('div', { className: 'field' }, label, input, message);
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
    const fs = el('fieldset', { id: idFor(pointer) }, el('legend', { textContent: node.title }));
    fs.dataset.pointer = pointer;
    fs.append(el('div', { id: `${idFor(pointer)}-message`, className: 'messages', 'aria-live': 'polite' }));
    renderObject(node, pointer, fs);
    return fs;
  }
  if (node.type === 'array' && node.items?.oneOf) {
    // A set of choices: checkboxes.
    const fs = el('fieldset', { id: idFor(pointer) }, el('legend', { textContent: node.title + (required ? ' *' : '') }));
    fs.dataset.pointer = pointer;
    fs.dataset.kind = 'set';
    for (const o of node.items.oneOf) {
      const cid = `${idFor(pointer)}_${o.const}`;
      const box = el('input', { type: 'checkbox', id: cid, value: o.const });
      box.dataset.setOf = pointer;
      fs.append(el('div', {}, box, el('label', { htmlFor: cid, textContent: ` ${o.title}`, className: 'inline-label' })));
    }
    fs.append(el('div', { id: `${idFor(pointer)}-message`, className: 'messages', 'aria-live': 'polite' }));
    return fs;
  }
  if (node.type === 'array') {
    // A list: repeatable items with add and remove buttons.
    const fs = el('fieldset', { id: idFor(pointer) }, el('legend', { textContent: node.title + (required ? ' *' : '') }));
    fs.dataset.pointer = pointer;
    fs.dataset.kind = 'list';
    const items = el('div', { className: 'items' });
    const add = el('button', { type: 'button', className: 'secondary', textContent: `增加一项${node.title}` });
    const addItem = () => {
      const i = items.children.length;
      const itemPointer = `${pointer}/${i}`;
      const wrap = el('div', { className: 'list-item' });
      wrap.dataset.item = itemPointer;
      if (node.items.type === 'object') {
        wrap.append(el('p', { textContent: `第${i + 1}项`, className: 'hint' }));
        renderObject(node.items, itemPointer, wrap);
      } else {
        wrap.append(control({ ...node.items, title: `第${i + 1}项` }, itemPointer, false));
      }
      const remove = el('button', { type: 'button', className: 'secondary', textContent: '删除此项' });
      remove.addEventListener('click', () => { wrap.remove(); renumber(); });
      wrap.append(remove);
      items.append(wrap);
    };
    // Pointers follow the position: after a removal, items are renumbered.
    const renumber = () => {
      [...items.children].forEach((wrap, i) => {
        const old = wrap.dataset.item;
        const now = `${pointer}/${i}`;
        wrap.dataset.item = now;
        for (const n of wrap.querySelectorAll('[data-pointer]')) n.dataset.pointer = now + n.dataset.pointer.slice(old.length);
      });
    };
    add.addEventListener('click', addItem);
    for (let i = 0; i < Math.max(node.minItems ?? 0, 1); i++) addItem();
    fs.append(items, add, el('div', { id: `${idFor(pointer)}-message`, className: 'messages', 'aria-live': 'polite' }));
    return fs;
  }
  return control(node, pointer, required);
}

/** Read the form into a submission object (empty fields left out). */
function collect() {
  const root = {};
  const set = (pointer, value) => {
    const keys = pointer.split('/').slice(1);
    let o = root;
    keys.slice(0, -1).forEach((k, i) => {
      const nextIsIndex = /^\d+$/.test(keys[i + 1]);
      o[k] ??= nextIsIndex ? [] : {};
      o = o[k];
    });
    o[keys.at(-1)] = value;
  };
  for (const input of $('form-fields').querySelectorAll('input[data-pointer], select[data-pointer], textarea[data-pointer]')) {
    const raw = input.value.trim();
    if (raw === '') continue;
    const kind = input.dataset.kind;
    const value = kind === 'boolean' ? raw === 'true' : kind === 'integer' || kind === 'number' ? Number(raw) : raw;
    set(input.dataset.pointer, value);
  }
  for (const fs of $('form-fields').querySelectorAll('fieldset[data-kind=set]')) {
    const chosen = [...fs.querySelectorAll('input[type=checkbox]:checked')].map((b) => b.value);
    if (chosen.length) set(fs.dataset.pointer, chosen);
  }
  // Drop list holes left by empty items.
  const compact = (v) => Array.isArray(v) ? v.filter((x) => x !== undefined).map(compact) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compact(x)])) : v;
  return compact(root);
}

function citationNode(c) {
  if (!c) return null;
  return el('details', { className: 'citation' }, el('summary', { textContent: `依据：${c.document} ${c.article}` }), el('p', { textContent: `“${c.text}”` }));
}

/** The element that shows messages for a pointer: the nearest rendered ancestor. */
function messageBox(pointer) {
  let p = pointer;
  while (true) {
    const box = $(`${idFor(p)}-message`);
    if (box) return box;
    if (p === '') return null;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

function showFieldIssues(issues, pointers) {
  // Clear the boxes being refreshed.
  const boxes = pointers ? pointers.map(messageBox).filter(Boolean) : [...$('form-fields').querySelectorAll('.messages')];
  for (const b of boxes) b.replaceChildren();
  for (const input of $('form-fields').querySelectorAll('[aria-invalid]')) {
    if (!pointers || pointers.includes(input.dataset.pointer)) input.removeAttribute('aria-invalid');
  }
  for (const issue of issues) {
    if (issue.path === '') continue;
    const box = messageBox(issue.path);
    if (!box) continue;
    box.append(el('p', { className: `field-message ${issue.severity}`, textContent: `${issue.severity === 'error' ? '' : SEVERITY[issue.severity] + '：'}${issue.message}` }), citationNode(issue.citation));
    const input = $(idFor(issue.path));
    if (input && issue.severity === 'error') input.setAttribute('aria-invalid', 'true');
  }
}

function showSummary(issues) {
  const errors = issues.filter((i) => i.severity === 'error');
  const list = $('error-summary-list');
  list.replaceChildren(...errors.map((i) => {
    const target = $(idFor(i.path)) ?? messageBox(i.path)?.parentElement;
    const link = el('a', { href: `#${target?.id ?? ''}`, textContent: i.message });
    link.addEventListener('click', (e) => { e.preventDefault(); target?.focus?.(); target?.scrollIntoView({ block: 'center' }); });
    return el('li', {}, link);
  }));
  $('error-summary').hidden = errors.length === 0;
  if (errors.length) $('error-summary').focus();
}

function showResult(report) {
  $('check-result').hidden = false;
  const status = $('check-status');
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  status.className = report.valid ? 'ok' : 'bad';
  status.textContent = report.valid ? '检查通过：可以提交。请阅读下方提示和期限。' : `还有${errors}处需要修改，见页面上方列表。`;
  const notices = report.issues.filter((i) => i.severity !== 'error');
  $('notices').replaceChildren(...notices.map((i) => el('li', { className: `field-message ${i.severity}` }, `${SEVERITY[i.severity]}：${i.message}`, citationNode(i.citation))));
  if (!notices.length) $('notices').replaceChildren(el('li', { textContent: '无' }));
  $('deadline-list').replaceChildren(...report.deadlines.map((d) => el('div', { className: `deadline${d.provisional ? ' provisional' : ''}` },
    el('p', { textContent: d.title }),
    el('p', { className: 'due', textContent: `${zh(d.due)}` }),
    el('p', { textContent: d.rule }),
    d.provisional ? el('p', { textContent: '注意：计算跨入尚未公布放假安排的年度，结果可能变化。' }) : null,
    citationNode(d.citation))));
  if (!report.deadlines.length) $('deadline-list').replaceChildren(el('p', { textContent: '填写相关日期后显示。' }));
}

function zh(iso) {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const w = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${y}年${m}月${d}日（星期${w}）${iso.length > 10 ? ' ' + iso.slice(11) : ''}`;
}

function options(extra = {}) {
  return { asOf: $('as-of').value || todayInChina(), ...extra };
}

function checkAll() {
  const report = validate(current.id, collect(), options());
  showFieldIssues(report.issues, null);
  showSummary(report.issues);
  showResult(report);
  return report;
}

/** As-you-type: check only the field just edited (the `fields` option). */
function checkField(pointer) {
  const report = validate(current.id, collect(), options({ fields: [pointer] }));
  showFieldIssues(report.issues.filter((i) => i.severity !== 'info'), [pointer]);
}

function selectType(id) {
  const s = schema(id);
  current = { id, schema: s };
  const info = applicationTypes().find((t) => t.id === id);
  const asOf = $('as-of').value || todayInChina();
  const inForce = asOf >= info.document.inForceFrom && (!info.document.inForceUntil || asOf <= info.document.inForceUntil);
  $('type-document').textContent = `依据：${info.document.number}《${info.document.title}》${info.articles.join('、')}；` +
    `施行日期${zh(info.document.inForceFrom).replace(/（.*）/, '')}${info.document.inForceUntil ? `，有效期至${zh(info.document.inForceUntil).replace(/（.*）/, '')}` : ''}` +
    `——按提交日期${inForce ? '在有效期内' : '不在有效期内'}。`;
  const fields = $('form-fields');
  fields.replaceChildren();
  renderObject(s, '', fields);
  $('error-summary').hidden = true;
  $('check-result').hidden = true;
}

await ready;
$('as-of').value = todayInChina();
const select = $('type-select');
const groups = new Map();
for (const t of applicationTypes()) {
  const key = `${t.document.number} ${t.document.title}`;
  if (!groups.has(key)) groups.set(key, el('optgroup', { label: key }));
  groups.get(key).append(el('option', { value: t.id, textContent: `${t.code} ${t.title}` }));
}
select.append(...groups.values());
select.addEventListener('change', () => selectType(select.value));
$('as-of').addEventListener('change', () => selectType(select.value));
$('form-fields').addEventListener('change', (e) => {
  const pointer = e.target.dataset.pointer ?? e.target.dataset.setOf;
  if (pointer) checkField(pointer);
});
$('application-form').addEventListener('submit', (e) => { e.preventDefault(); checkAll(); });
selectType(select.value);
document.body.dataset.ready = 'true';
