// Application self-check: one form per application type, generated from schema(), its
// controls named by their JSON Pointer and bound with jincheng-rules/form (bindForm),
// which checks, shows messages, the error summary and the deadlines.
// Messages are inserted as text (textContent), never as HTML.
import { ready, applicationTypes, schema, validate } from './wasm.js';
import { bindForm } from './pkg/form/index.js';
import { locale } from './i18n.js';
import { fmtDate, todayInChina } from './format.js';
import { periodView, monthKey } from './month.js';
import { el } from './dom.js';

const $ = (id) => document.getElementById(id);
const idFor = (pointer) => `f${pointer.replace(/[^A-Za-z0-9]/g, '_')}`;
const WORDS = {
  'zh-CN': {
    severity: { error: '错误', warning: '提醒', info: '说明' }, choose: '请选择', yes: '是', no: '否', required: '必填',
    addItem: (title) => `增加一项：${title}`, removeItem: '删除此项', item: (i) => `第${i}项`, basis: '依据：',
    added: (title, n) => `已增加${title}第${n}项。`, removed: (title) => `已删除${title}的一项。`,
    requiredNote: '带 * 的为必填项。', sectionNote: '本栏选填；填写本栏时，带 * 的项必填。',
    ok: (warnings, infos) => (warnings
      ? `没有错误，但有${warnings}条提醒需要您先确认${infos ? `（另有${infos}条说明）` : ''}，见下方“提示”。确认后再提交。`
      : `检查通过：没有错误，可以提交。${infos ? `另有${infos}条说明，见下方“提示”。` : ''}`),
    bad: (n) => `还有${n}处需要修改，见页面上方列表。`, none: '无',
    blocked: '不能按本申请提交，原因见页面上方的说明。', alsoNotice: '另请阅读页面上方的说明。',
    noticeOk: (warnings) => `没有错误，但请先阅读页面上方的说明${warnings ? `和下方“提示”中的${warnings}条提醒` : ''}，确认后再提交。`,
    provisional: '注意：期限跨入放假安排尚未公布的年度，已按法定节假日推算，安排公布后日期可能变化。',
    document: (info) => `依据：${info.document.number}《${info.document.title}》${info.articles.join('、')}；施行日期${fmtDate(info.document.inForceFrom, false)}${info.document.inForceUntil ? `，有效期至${fmtDate(info.document.inForceUntil, false)}` : ''}。`,
    inForce: (asOf) => `按提交日期（${fmtDate(asOf, false)}）在有效期内。`,
    noDeadlines: '期限：本事项没有需要计算的期限。',
    needs: (labels) => `填写${labels.map((l) => `“${l}”`).join('和')}后显示`,
    pending: (titles, labels) => `${titles.join('、')}：${w().needs(labels)}。`,
    pendingAfter: (titles, labels) => `${titles.join('、')}：按${labels.map((l) => `“${l}”`).join('和')}计算，所填内容不适用或尚未填写，未显示。`,
    deadlinesTop: '期限（检查后显示在下方）：', deadlinesShown: '期限：已算出，见下方“期限”。',
    overdue: (due, asOf) => `已逾期：期限已于${due}届满，提交日期是${asOf}。`, overdueTag: '已逾期',
    restored: (at) => `已恢复${at}保存的草稿。`, saved: (at) => `草稿已保存在本浏览器（${at}），${DRAFT_DAYS}天后自动清除；在公用电脑上填写的，离开前请点“清除草稿”。`, cleared: '草稿已清除。',
    confirmClear: '确定清除本事项已填写的内容吗？清除后无法恢复。',
    corrupt: (key) => `本机保存的草稿已损坏，无法读取；原内容已另存为“${key}”，没有删除。请重新填写。`,
  },
  en: {
    severity: { error: 'Error', warning: 'Warning', info: 'Note' }, choose: 'Choose', yes: 'Yes', no: 'No', required: 'required',
    addItem: (title) => `Add: ${title}`, removeItem: 'Remove this entry', item: (i) => `Entry ${i}`, basis: 'Source: ',
    added: (title, n) => `${title}: entry ${n} added.`, removed: (title) => `${title}: an entry removed.`,
    requiredNote: 'Fields marked * are required.', sectionNote: 'This section is optional; when you fill it in, the fields marked * are required.',
    ok: (warnings, infos) => (warnings
      ? `No errors, but ${warnings} warning(s) to confirm first${infos ? ` (and ${infos} note(s))` : ''}: see the notes below. Confirm, then submit.`
      : `No errors: the application can be submitted.${infos ? ` Read the ${infos} note(s) below.` : ''}`),
    bad: (n) => `${n} thing(s) to fix: see the list at the top.`, none: 'none',
    blocked: 'This application cannot go ahead as it stands: see the notice at the top.', alsoNotice: 'Read the notice at the top too.',
    noticeOk: (warnings) => `No errors, but read the notice at the top${warnings ? ` and the ${warnings} warning(s) below` : ''} before you submit.`,
    provisional: 'Note: the count reaches a year whose holiday schedule is not published yet; it is counted from the statutory holidays and the date may change once the schedule is out.',
    document: (info) => `Under ${info.document.number} ${info.articles.join(', ')}; in force from ${info.document.inForceFrom}${info.document.inForceUntil ? ` until ${info.document.inForceUntil}` : ''}.`,
    inForce: (asOf) => `In force on the submission date (${asOf}).`,
    noDeadlines: 'Time limits: this application has none to compute.',
    needs: (labels) => `shown once ${labels.map((l) => `“${l}”`).join(' and ')} ${labels.length > 1 ? 'are' : 'is'} filled in`,
    pending: (titles, labels) => `${titles.join(', ')}: ${w().needs(labels)}.`,
    pendingAfter: (titles, labels) => `${titles.join(', ')}: counted from ${labels.map((l) => `“${l}”`).join(' and ')}; not shown (not filled in, or it does not apply).`,
    deadlinesTop: 'Time limits (shown below after a check): ', deadlinesShown: 'Time limits: computed, see “Time limits” below. ',
    overdue: (due, asOf) => `Overdue: the time limit ended on ${due}; the submission date is ${asOf}.`, overdueTag: 'Overdue',
    restored: (at) => `Draft saved ${at} restored.`, saved: (at) => `Draft saved in this browser (${at}); it is deleted after ${DRAFT_DAYS} days. On a shared computer, press “Clear draft” before you leave.`, cleared: 'Draft cleared.',
    confirmClear: 'Clear everything filled in for this application? This cannot be undone.',
    corrupt: (key) => `The draft saved on this device is damaged and cannot be read; it was kept aside as “${key}”, not deleted. Please fill in the form again.`,
  },
};
const w = () => WORDS[locale()];
/** A draft (it may hold ID numbers) is kept this long on the device, then dropped unread. */
const DRAFT_DAYS = 7;

let current = null; // {id, schema, form: the bindForm controller}

/** Labels double as words inside messages (“Enter {label}.”): capitalise them as headings. */
const heading = (title) => (locale() === 'en' && title ? title[0].toUpperCase() + title.slice(1) : title);

const typeInfo = (id) => applicationTypes(locale()).find((t) => t.id === id);
const asOfValue = () => $('as-of').value || todayInChina();

// What a field's kind tells the phone keyboard and autofill. Identity kinds are known by the
// pattern the package's schema generates for them (one declaration per kind).
const RESIDENT_ID = '^[0-9]{17}[0-9X]$';
const MOBILE = '^1[3-9][0-9]{9}$';
const isCreditCode = (node) => node.pattern?.startsWith('^[0-9A-HJ-NPQRTUWXY]');

/**
 * Autofill tokens where the field is the applicant's own: a contact person's name and mobile,
 * an organisation's name and address (a group with a credit code and no ID number). Other
 * people's details (staff, shareholders, the legal representative) get none.
 */
function autofill(pointer, parent) {
  const ts = pointer.split('/');
  const [group, name] = ts.slice(-2);
  if (ts.some((t) => /^\d+$/.test(t))) return null; // list items are other people or things
  if (group === 'contact') return { name: 'name', mobile: 'tel-national' }[name] ?? null;
  if (group === 'applicant' && name === 'mobile') return 'tel-national';
  const org = parent?.properties?.creditCode && !parent.properties.residentId;
  if (org && group !== '') return { name: 'organization', address: 'street-address' }[name] ?? null;
  return null;
}

/** Field titles that occur more than once in the chosen type (姓名 of 法定代表人, 财务负责人, 经办人…). */
let ambiguous = new Set();
function titlesOf(node, counts = new Map()) {
  if (node?.type === 'object') for (const child of Object.values(node.properties ?? {})) titlesOf(child, counts);
  else if (node?.type === 'array' && node.items?.type === 'object') titlesOf(node.items, counts);
  else if (node?.title) counts.set(node.title, (counts.get(node.title) ?? 0) + 1);
  return counts;
}

/**
 * The words a message uses for a field, naming its place where its title alone is not enough:
 * an entry of a list by its number (第2项服务预算), a title the type uses in several sections by
 * its section (财务负责人姓名).
 */
function placed(words, pointer, parent, specific) {
  if (specific) return words;
  const ts = pointer.split('/').slice(1);
  const item = ts.findLastIndex((t) => /^\d+$/.test(t));
  if (item >= 0 && item < ts.length - 1) return locale() === 'en' ? `${words} (entry ${Number(ts[item]) + 1})` : `第${Number(ts[item]) + 1}项${words}`;
  if (ts.length > 1 && ambiguous.has(words) && parent?.title) return locale() === 'en' ? `${parent.title} ${words}` : `${parent.title}${words}`;
  return words;
}

/** A control for one schema node at `pointer`. Returns the wrapper element. */
function control(node, pointer, { required = false, section = null, parent = null } = {}) {
  const id = idFor(pointer);
  const label = el('label', { htmlFor: id, textContent: heading(node.title ?? pointer) });
  // Required on its own: the star is for the eye, aria-required for the ear. Required only
  // when its optional section is filled: the star, and the section's note as description.
  if (required) label.append(el('span', { className: 'required-mark', textContent: '*', title: w().required, 'aria-hidden': section ? 'false' : 'true' }));
  let input;
  if (node.type === 'string' && node.oneOf) {
    input = el('select', { id }, el('option', { value: '', textContent: w().choose }), ...node.oneOf.map((o) => el('option', { value: o.const, textContent: o.title })));
  } else if (node.type === 'string' && node.format === 'date') {
    input = el('input', { id, type: 'date' });
  } else if (node.type === 'string' && node.pattern?.includes('T[0-9]')) {
    input = el('input', { id, type: 'datetime-local' });
  } else if (node.type === 'string' && (node.maxLength ?? 0) > 200) {
    input = el('textarea', { id, maxLength: node.maxLength });
  } else if (node.type === 'string' && node.pattern === MOBILE) {
    // Eleven digits: the phone keypad; autofill only for the applicant's own number.
    input = el('input', { id, type: 'tel', inputMode: 'tel', autocomplete: autofill(pointer, parent) ?? 'off', maxLength: 20 });
  } else if (node.type === 'string' && (node.pattern === RESIDENT_ID || isCreditCode(node))) {
    // An ID number may end in X and a credit code has letters: the text keyboard, in capitals.
    input = el('input', { id, type: 'text', inputMode: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: false, maxLength: 40 });
  } else if (node.type === 'string') {
    const token = autofill(pointer, parent);
    input = el('input', { id, type: 'text', spellcheck: false, ...(token ? { autocomplete: token } : {}), ...(node.maxLength ? { maxLength: node.maxLength } : {}) });
  } else if (node.type === 'integer' || node.type === 'number') {
    // A text field with the digit keypad: a number field drops what it cannot read (“−5”, “1,5”).
    const decimal = node.type === 'number';
    input = el('input', { id, type: 'text', inputMode: decimal ? 'decimal' : 'numeric', autocomplete: 'off', spellcheck: false });
    if (!decimal && (node.minimum ?? -1) >= 0) input.pattern = '[0-9]*';
  } else if (node.type === 'boolean') {
    input = el('select', { id }, el('option', { value: '', textContent: w().choose }), el('option', { value: 'true', textContent: w().yes }), el('option', { value: 'false', textContent: w().no }));
  }
  input.name = pointer;
  input.dataset.pointer = pointer;
  input.dataset.jcWords = node.words ?? node.title ?? pointer;
  input.dataset.jcLabel = placed(input.dataset.jcWords, pointer, parent, Boolean(node.words)); // the words messages use (not capitalised)
  if (required && !section) input.setAttribute('aria-required', 'true');
  if (required && section) input.setAttribute('aria-describedby', section);
  return el('div', { className: 'field' }, label, input);
}

/**
 * Render an object node's properties into `container`. `chain`: the object is required all
 * the way up; `section`: the id of the note of the optional section it belongs to.
 */
function renderObject(node, pointer, container, chain = true, section = null) {
  const required = new Set(node.required ?? []);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    container.append(renderNode(child, `${pointer}/${name}`, required.has(name), { chain, section, parent: node }));
  }
}

/** An optional group with required fields of its own says so, once, under its legend. */
function sectionNote(fs, node, chain, section) {
  if (chain || section || !(node.required?.length)) return section;
  const id = `${fs.id}-note`;
  fs.append(el('p', { id, className: 'hint section-note', textContent: w().sectionNote }));
  return id;
}

function renderNode(node, pointer, required, { chain = true, section = null, parent = null } = {}) {
  const mine = chain && required; // required all the way up
  if (node.type === 'object') {
    const fs = el('fieldset', { id: idFor(pointer) }, el('legend', { textContent: heading(node.title) }));
    fs.dataset.pointer = pointer;
    const note = sectionNote(fs, node, mine, section);
    renderObject(node, pointer, fs, mine, note);
    return fs;
  }
  const star = required ? ' *' : '';
  if (node.type === 'array' && node.items?.oneOf) {
    // A set of choices: checkboxes.
    const fs = el('fieldset', { id: idFor(pointer) }, el('legend', { textContent: heading(node.title) + star }));
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
    const fs = el('fieldset', { id: idFor(pointer) }, el('legend', { textContent: heading(node.title) + star }));
    fs.dataset.pointer = pointer;
    fs.dataset.kind = 'list';
    const note = node.items.type === 'object' ? sectionNote(fs, node.items, mine, section) : section;
    const items = el('div', { className: 'items' });
    const add = el('button', { type: 'button', className: 'secondary', textContent: w().addItem(node.title) });
    const addItem = () => {
      const i = items.children.length;
      const itemPointer = `${pointer}/${i}`;
      const wrap = el('div', { className: 'list-item' });
      wrap.dataset.item = itemPointer;
      if (node.items.type === 'object') {
        // A group named 第N项: moving into it (focus after 增加一项) says which entry it is.
        const title = el('p', { id: `${idFor(pointer)}-item-${++itemSeq}`, textContent: w().item(i + 1), className: 'hint item-title' });
        wrap.setAttribute('role', 'group');
        wrap.setAttribute('aria-labelledby', title.id);
        wrap.append(title);
        renderObject(node.items, itemPointer, wrap, mine, note);
      } else {
        const words = `${node.title}${locale() === 'en' ? ` #${i + 1}` : `第${i + 1}项`}`;
        wrap.append(control({ ...node.items, title: w().item(i + 1), words }, itemPointer));
      }
      const remove = el('button', { type: 'button', className: 'secondary', textContent: w().removeItem });
      remove.addEventListener('click', () => {
        // Focus goes to the entry before (else the one after, else the add button), never the page body.
        const near = wrap.previousElementSibling ?? wrap.nextElementSibling;
        wrap.remove();
        renumber();
        saveDraft();
        focusFirst(near) || add.focus();
        say(w().removed(node.title));
      });
      wrap.append(remove);
      items.append(wrap);
      return wrap;
    };
    // Pointers follow the position: after a removal, items are renumbered.
    const renumber = () => {
      [...items.children].forEach((wrap, i) => {
        const old = wrap.dataset.item;
        const now = `${pointer}/${i}`;
        wrap.dataset.item = now;
        const title = wrap.querySelector(':scope > .item-title');
        if (title) title.textContent = w().item(i + 1);
        for (const n of wrap.querySelectorAll('[data-pointer]')) {
          n.dataset.pointer = now + n.dataset.pointer.slice(old.length);
          if (n.name) n.name = n.dataset.pointer;
          if (n.dataset.jcWords && n.dataset.pointer.slice(now.length).includes('/')) n.dataset.jcLabel = placed(n.dataset.jcWords, n.dataset.pointer, null, false);
        }
      });
    };
    add.addEventListener('click', () => {
      const wrap = addItem();
      focusFirst(wrap);
      say(w().added(node.title, items.children.length));
    });
    fs.addItem = addItem;
    fs.itemCount = () => items.children.length;
    for (let i = 0; i < Math.max(node.minItems ?? 0, 1); i++) addItem();
    fs.append(items, add);
    return fs;
  }
  return control(node, pointer, { required, section: mine ? null : section, parent });
}

let itemSeq = 0;

/** Focus the first control of a list entry; false when there is none. */
function focusFirst(wrap) {
  const c = wrap?.querySelector('input, select, textarea');
  c?.focus();
  return Boolean(c);
}

/** A list edit said to screen readers (the page's small status line under the form). */
function say(text) {
  const status = $('list-status');
  status.textContent = '';
  setTimeout(() => { status.textContent = text; }, 50);
}

/** A quoted clause in “…”: quotation marks inside it become ‘…’ (GB/T 15834), never ““. */
const quoted = (text) => `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;

function citationNode(c) {
  if (!c) return null;
  return el('details', { className: 'citation' }, el('summary', { textContent: `${w().basis}${c.document} ${c.article}` }), el('p', { textContent: quoted(c.text) }));
}

function showResult(report) {
  $('check-result').hidden = false;
  const status = $('check-status');
  // Notices (late, ineligible) are shown at the top by bindForm; the status says what they mean.
  const count = (s) => report.issues.filter((i) => i.severity === s && !i.notice).length;
  const warnings = count('warning');
  const tops = report.issues.filter((i) => i.notice);
  const errors = count('error');
  status.className = !report.valid ? 'bad' : warnings || tops.length ? 'warn' : 'ok';
  status.textContent = errors ? w().bad(errors) + (tops.length ? w().alsoNotice : '')
    : !report.valid ? w().blocked
      : tops.length ? w().noticeOk(warnings) : w().ok(warnings, count('info'));
  // A last day on a rest day: the core's advice (submit by the working day before) with the status.
  const advice = [...new Set(report.deadlines.map((d) => d.advice).filter(Boolean))];
  if (report.valid && advice.length) status.textContent += advice.join('');
  const notices = report.issues.filter((i) => i.severity !== 'error' && !i.notice);
  $('notices').replaceChildren(...notices.map((i) => el('li', { className: `field-message ${i.severity}` }, `${w().severity[i.severity]}${locale() === 'en' ? ': ' : '：'}${i.message}`, citationNode(i.citation))));
  if (!notices.length) $('notices').replaceChildren(el('li', { textContent: w().none }));
}

/** The value at a JSON Pointer of a submission. */
const at = (data, pointer) => pointer.split('/').slice(1).reduce((v, t) => v?.[t], data);
/** The label of the field at a pointer, from the schema. */
function labelAt(root, pointer) {
  let node = root;
  for (const t of pointer.split('/').slice(1)) node = node?.type === 'array' ? node.items : node?.properties?.[t];
  return node?.title ?? pointer;
}

/** The declared deadlines not computed, grouped by the fields they need: one line each. */
function pendingLines(declared, computed, after) {
  const groups = new Map();
  for (const d of declared.filter((x) => !computed.some((c) => c.id === x.id))) {
    const key = d.needs.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((ds) => {
    const labels = ds[0].needs.map((p) => labelAt(current.schema, p));
    return (after ? w().pendingAfter : w().pending)(ds.map((d) => d.title), labels);
  });
}

/** Under the type select: which dates give which deadlines, or that there are none. */
function describeDeadlines(id) {
  const declared = typeInfo(id).deadlines;
  const node = $('type-deadlines');
  node.replaceChildren(...(declared.length ? [w().deadlinesTop, ...pendingLines(declared, [], false).map((t) => el('span', { className: 'pending', textContent: t }))] : [w().noDeadlines]));
}

/**
 * The deadlines (bindForm calls this with each report): one card each, overdue ones marked;
 * one month view per distinct due date, spanning the period from its start day; the
 * deadlines not computed say what they need.
 */
function showDeadlines(deadlines) {
  if (!current) return;
  const declared = typeInfo(current.id).deadlines;
  const list = $('deadline-list');
  if (!declared.length) return list.replaceChildren(el('p', { textContent: w().noDeadlines }));
  // The line under the type select follows: once a deadline is computed it no longer says 填写…后显示.
  if (deadlines.length) {
    const left = pendingLines(declared, deadlines, false).map((t) => el('span', { className: 'pending', textContent: t }));
    $('type-deadlines').replaceChildren(w().deadlinesShown, ...left);
  } else describeDeadlines(current.id);
  const asOf = asOfValue();
  const data = current.form.submission();
  const byDue = new Map();
  for (const d of deadlines) byDue.set(d.due.slice(0, 10), [...(byDue.get(d.due.slice(0, 10)) ?? []), d]);
  const nodes = [];
  let started = false;
  for (const [due, ds] of byDue) {
    // The period starts on the earliest date the count reads (the declared needs).
    const starts = ds.flatMap((d) => declared.find((x) => x.id === d.id)?.needs ?? []).map((p) => at(data, p))
      .filter((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)).map((v) => v.slice(0, 10)).sort();
    started ||= starts.length > 0;
    const overdue = due < asOf;
    nodes.push(el('div', { className: `deadline-group${overdue ? ' overdue' : ''}` },
      ...ds.map((d) => el('div', { className: `deadline${d.provisional ? ' provisional' : ''}${overdue ? ' overdue' : ''}` },
        el('p', { className: 'deadline-title', textContent: d.title }),
        el('p', { className: 'due' }, overdue ? el('strong', { className: 'overdue-tag', textContent: w().overdueTag }) : null, overdue ? ' ' : null, fmtDate(d.due)),
        overdue ? el('p', { className: 'overdue-note', textContent: w().overdue(fmtDate(d.due), fmtDate(asOf, false)) }) : null,
        d.advice ? el('p', { className: 'advice', textContent: d.advice }) : null,
        el('p', { textContent: d.rule }),
        d.provisional ? el('p', { className: 'provisional-note', textContent: w().provisional }) : null,
        citationNode(d.citation))),
      periodView(ds[0].due, starts[0])));
  }
  if (deadlines.length) nodes.unshift(monthKey({ start: started }));
  for (const line of pendingLines(declared, deadlines, deadlines.length > 0)) nodes.push(el('p', { className: 'hint pending', textContent: line }));
  list.replaceChildren(...nodes);
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
  if (typeof draft.savedAt === 'number' && Date.now() - draft.savedAt > DRAFT_DAYS * 86400e3) {
    store.removeItem(draftKey(id));
    return;
  }
  fill(draft.data);
  current.form.fill(draft.data); // through the binding too: its counters follow
  $('draft-status').textContent = w().restored(stamp(draft.savedAt ?? Date.now()));
}

async function clearDraft() {
  if (!current || !window.confirm(w().confirmClear)) return;
  storage()?.removeItem(draftKey(current.id));
  await selectType(current.id); // it clears the status line once ready: say 草稿已清除 after it
  $('draft-status').textContent = w().cleared;
}

/** A paragraph of this page's own under the type select (index.html has the select and its hint). */
function slot(id, className) {
  let node = $(id);
  if (!node) {
    node = el('p', { id, className });
    $('type-document').after(node);
  }
  return node;
}

/**
 * Under the type select, before anything is filled: the document, whether it is in force on
 * the submission date (the package's own warning when it is not), and the deadlines.
 */
function describeDocument(id) {
  const info = typeInfo(id);
  const asOf = asOfValue();
  $('type-document').textContent = w().document(info);
  let validity = [];
  try {
    validity = validate(id, {}, { locale: locale(), asOf }).issues.filter((i) => i.code.startsWith('document.'));
  } catch {
    // A submission date outside the calendar's range: the form's own check reports it.
  }
  // The deadlines line first in the document, so the validity note stays next to the document.
  describeDeadlines(id);
  const node = slot('type-validity', '');
  node.className = validity.length ? 'field-message warning' : 'hint';
  node.replaceChildren(validity.length ? `${w().severity.warning}${locale() === 'en' ? ': ' : '：'}${validity[0].message}` : w().inForce(asOf));
}

async function selectType(id) {
  current?.form.destroy();
  const s = schema(id, locale());
  current = { id, schema: s, form: null };
  ambiguous = new Set([...titlesOf(s)].filter(([, n]) => n > 1).map(([t]) => t));
  slot('type-deadlines', 'hint');
  describeDocument(id);
  const fields = $('form-fields');
  fields.replaceChildren(el('p', { className: 'hint required-note', textContent: w().requiredNote }));
  renderObject(s, '', fields);
  const form = bindForm($('application-form'), id, {
    locale, asOf: asOfValue, summary: $('error-summary'), notices: $('form-notices'), deadlines: showDeadlines,
    onReport: (report, { kind }) => { if (kind !== 'field') showResult(report); },
  });
  current.form = form;
  await form.ready;
  $('error-summary').hidden = true;
  $('form-notices').hidden = true;
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

// ---- The chosen type in the address (?type=B3): a reload, a shared link, back and forward ----

/** The type the address names (its code, B3, or its id), or null. */
function typeFromUrl() {
  const q = new URLSearchParams(window.location.search).get('type') ?? decodeURIComponent(window.location.hash.slice(1));
  if (!q) return null;
  const t = applicationTypes().find((x) => x.id === q || x.code.toLowerCase() === q.toLowerCase());
  return t?.id ?? null;
}

function urlFor(id) {
  const url = new URL(window.location.href);
  url.searchParams.set('type', typeInfo(id).code);
  url.hash = '';
  return url.href;
}

await ready;
$('as-of').value = todayInChina();
fillTypes();
const select = $('type-select');
// One live region speaks for a check: bindForm's status line (“有3处需要修改”). The summary
// is reached by moving focus to it, and the draft line is seen, not announced on every save.
$('error-summary').removeAttribute('role');
$('draft-status').removeAttribute('role');
select.addEventListener('change', () => {
  if (saveTimer) saveDraftNow(); // the type being left keeps its last keystrokes
  window.history.pushState({ type: select.value }, '', urlFor(select.value));
  selectType(select.value);
});
window.addEventListener('popstate', () => {
  const id = typeFromUrl() ?? select.options[0].value;
  if (id === current?.id) return;
  if (saveTimer) saveDraftNow();
  select.value = id;
  selectType(id);
});
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
const fromUrl = typeFromUrl();
if (fromUrl) select.value = fromUrl;
await selectType(select.value);
document.body.dataset.ready = 'true';
