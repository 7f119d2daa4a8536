// jincheng-rules/form: bind an existing <form> to validate(). No dependency; the wasm
// package's browser entry is imported by relative path, so it works with and without a
// bundler. What reaches the page is inserted as text, never as HTML.
import init, { formState, validate } from '../web/index.js';
// The model part (names ↔ pointers, code tables, options, what is required and applicable,
// which fields a change makes stale) is the one mapping shared with the adapters; what each
// field is comes from the core's form model (formState), never from reading a schema.
import { catalogue, changed, checkPointers, coded, coerce, dependentIssues, kindOf, pattern, readOptions, tokens, unmappedIssue, within } from '../_mapping.js';

const WORDS = {
  'zh-CN': {
    summary: '请修改以下内容', use: (v) => `使用“${v}”`, fixed: '已改正。',
    ok: (n) => (n ? `没有错误；有${n}条提醒，请确认后再提交。` : '检查通过：没有错误。'),
    count: (n) => `有${n}处需要修改，请看页面上方的列表。`, warning: '提醒：', info: '说明：',
    length: (n, max) => `已填写${n}字，最多${max}字`,
    cut: (total, max, cut) => `粘贴的内容有${total}字，超过上限${max}字，后${cut}字没有填入。请删减后再粘贴。`,
    provisional: '注意：期限跨入放假安排尚未公布的年度，已按法定节假日推算，安排公布后日期可能变化。',
    date: (y, m, d, w) => `${y}年${m}月${d}日（星期${'日一二三四五六'[w]}）`,
    notice: { late: '已超过期限', ineligible: '不符合本事项的办理条件', condition: '须先具备的条件' },
  },
  en: {
    summary: 'There is a problem', use: (v) => `Use “${v}”`, fixed: 'Fixed.',
    ok: (n) => (n ? `No errors; ${n} warning(s) to confirm before you submit.` : 'No errors.'),
    count: (n) => `${n} thing(s) to fix: see the list at the top.`, warning: 'Warning: ', info: 'Note: ',
    length: (n, max) => `${n} of ${max} characters`,
    cut: (total, max, cut) => `The pasted text has ${total} characters, over the limit of ${max}: the last ${cut} were not put in. Shorten it, then paste again.`,
    provisional: 'Note: the count reaches a year whose holiday schedule is not published; the date may change.',
    notice: { late: 'The time limit has passed', ineligible: 'Not eligible for this procedure', condition: 'A condition to meet first' },
    date: (y, m, d, w) => `${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][w]} ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  },
};

const DATES = ['date', 'datetime-local', 'month', 'week', 'time'];
const BUTTONS = ['submit', 'button', 'reset', 'image', 'file', 'hidden'];
const isControl = (e) => (e instanceof HTMLInputElement && !BUTTONS.includes(e.type)) || e instanceof HTMLSelectElement || e instanceof HTMLTextAreaElement;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.includes('-')) node.setAttribute(k, v);
    else node[k] = v;
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

/**
 * A form's own properties and methods, read through HTMLFormElement.prototype: a control
 * named `elements`, `id`, `append` or `addEventListener` shadows the form's property of that
 * name (DOM clobbering), never these.
 */
function formAccess(form) {
  const find = (name) => {
    for (let o = HTMLFormElement.prototype; o; o = Object.getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, name);
      if (d) return d;
    }
    throw new TypeError(`bindForm: a form has no ${name}`);
  };
  return {
    get: (name) => find(name).get.call(form),
    set: (name, v) => find(name).set.call(form, v),
    call: (name, ...args) => find(name).value.apply(form, args),
  };
}

/** An id usable as one token of aria-describedby, aria-labelledby and a `#` link. */
const TOKEN = /^[A-Za-z][A-Za-z0-9_:.-]*$/;

/** Set a node's text only when it changes (a node being read or pressed stays as it is). */
function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Make `parent`'s children the nodes of `items` ([key, create, update]), in order: a child
 * already there under the same key is kept and updated, never replaced; the others are made;
 * children left over are removed. Nodes move only when their order changes.
 */
function sync(parent, items) {
  const old = new Map();
  for (const n of parent.children) if (n.jcKey !== undefined && !old.has(n.jcKey)) old.set(n.jcKey, n);
  const seen = new Map();
  const nodes = items.map(([key, create, update]) => {
    const k = `${key}#${seen.get(key) ?? 0}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    let n = old.get(k);
    old.delete(k);
    if (!n) {
      n = create();
      n.jcKey = k;
    }
    update(n);
    return n;
  });
  for (const n of [...parent.children]) if (!nodes.includes(n)) n.remove();
  nodes.forEach((n, i) => {
    if (parent.children[i] !== n) parent.insertBefore(n, parent.children[i] ?? null);
  });
}

/** The text of a control's label (or its group's legend), without a trailing `*` or colon. */
function labelText(controls) {
  const first = controls[0];
  const group = controls.length > 1 || first.type === 'radio' || first.type === 'checkbox' ? first.closest('fieldset') : null;
  const label = group?.querySelector('legend') ?? first.labels?.[0];
  if (first.dataset.jcLabel) return first.dataset.jcLabel;
  let text = label?.textContent ?? first.getAttribute('aria-label') ?? '';
  if (label) for (const c of label.querySelectorAll('input, select, textarea')) text = text.replace(c.textContent, '');
  return text.replace(/\s+/g, ' ').trim().replace(/[\s*＊:：]+$/, '');
}

/**
 * Bind an existing form to the checks of an application type.
 * @param {HTMLFormElement} form
 * @param {string} typeId
 * @param {object} [options] fields, labels, locale, asOf, serviceHours, summary, deadlines, onReport
 */
export function bindForm(form, typeId, options = {}) {
  if (!(form instanceof HTMLFormElement)) throw new TypeError('bindForm: the first argument must be a <form> element');
  const F = formAccess(form);
  const elementsOf = () => [...F.get('elements')];
  const byName = (name) => elementsOf().filter((e) => isControl(e) && e.name === name);
  // The options and each mapping of options.fields, checked now (coded errors naming the
  // mistake): a control a mapping names must exist; the pointers, once the module is there.
  const opts = readOptions('bindForm', options, { elements: true });
  const maps = opts.maps.map((m) => {
    const found = m.name instanceof Element ? [m.name].filter((e) => F.call('contains', e)) : byName(m.name);
    const named = m.name instanceof Element ? `<${m.name.localName}${m.name.id ? ` id="${m.name.id}"` : ''}>` : `"${m.name}"`;
    if (!found.length) throw coded('invalid_options', `bindForm: options.fields["${m.pointer}"] names the control ${named}, which is not in the form`);
    return m;
  });
  const locale = () => opts.locale() ?? (document.documentElement.lang === 'en' ? 'en' : 'zh-CN');
  const w = () => WORDS[locale()] ?? WORDS['zh-CN'];
  let known = null; // every field of the type: pattern pointer → its state in the core's form model
  /** The type's fields known, every pointer named checked (throws a coded error naming an unknown one). */
  function verify() {
    known = catalogue(formState, typeId, { locale: locale() });
    checkPointers('bindForm', known, typeId, maps.map((m) => m.pointer));
    checkPointers('bindForm', known, typeId, Object.keys(opts.labels), 'options.labels');
  }
  try {
    verify();
  } catch (e) {
    if (e?.code !== 'not_initialized') throw e; // checked once the module is loaded (ready rejects)
  }
  let stateKey = null;
  let states = new Map(); // pointer → FieldState for the submission as it stands
  /** The core's form model for a submission: required and applicable now, by pointer. */
  function stateOf(data) {
    const o = { locale: locale() };
    const key = JSON.stringify([data, o]);
    if (key !== stateKey) {
      states = new Map(formState(typeId, data, o).fields.map((f) => [f.pointer, f]));
      stateKey = key;
    }
    return states;
  }
  let lastData = null; // the submission of the last check, to see what changed
  let ready = false;
  let submitted = false;
  let last = null; // the last report
  let pendingSubmit = false;
  const shown = new Map(); // pointer → { binding, issues }
  const dirty = new Set(); // controls changed since bound
  const created = []; // nodes this binding added
  const saved = new Map(); // control → its own aria attributes

  // ---- Controls and values ----

  /** Every binding: {pointer, controls, toValue, fromValue}, in document order. */
  function bindings() {
    const out = [];
    const taken = new Set();
    const add = (pointer, controls, spec = {}) => {
      controls.forEach((c) => taken.add(c));
      out.push({ pointer, controls, toValue: spec.toValue, fromValue: spec.fromValue });
    };
    for (const m of maps) {
      const found = m.name instanceof Element ? [m.name] : byName(m.name);
      if (m.pointer.includes('/*')) found.forEach((c, i) => add(m.pointer.replace('/*', `/${i}`), [c], m));
      else if (found.length) add(m.pointer, found, m);
    }
    const groups = new Map();
    for (const c of elementsOf()) {
      if (!isControl(c) || taken.has(c)) continue;
      const p = c.dataset.jcPointer ?? (c.name.startsWith('/') ? c.name : null);
      if (p !== null) groups.set(p, [...(groups.get(p) ?? []), c]);
    }
    for (const [p, controls] of groups) add(p, controls);
    // Controls the package does not know are the portal's own.
    const ours = out.filter((b) => known?.has(pattern(b.pointer)));
    const all = elementsOf();
    const pos = (b) => all.indexOf(b.controls[0]);
    return ours.sort((a, b) => pos(a) - pos(b));
  }

  function rawValue(b) {
    const [c] = b.controls;
    const kind = kindOf(known, b.pointer) ?? '';
    if (c.type === 'radio') return b.controls.find((x) => x.checked)?.value ?? '';
    if (c instanceof HTMLSelectElement && c.multiple) return [...c.selectedOptions].map((o) => o.value);
    if (c.type === 'checkbox') {
      if (/set|list/i.test(kind)) return b.controls.filter((x) => x.checked).map((x) => x.value);
      if (/boolean/i.test(kind) && b.controls.length === 1) return c.checked ? 'true' : 'false';
      return c.checked ? c.value : '';
    }
    return c.value.trim();
  }

  /** The value of a binding: {value} or {unmapped: raw}; empty gives {}. */
  function valueOf(b) {
    const raw = rawValue(b);
    if (raw === '' || (Array.isArray(raw) && !raw.length)) return {};
    const kind = kindOf(known, b.pointer);
    const one = (r) => {
      if (b.toValue) {
        try {
          return b.toValue(r, b.controls[0]);
        } catch {
          return undefined;
        }
      }
      return coerce(kind, r);
    };
    const value = Array.isArray(raw) ? raw.map(one) : one(raw);
    const bad = Array.isArray(raw) ? raw.find((r, i) => value[i] === undefined) : value === undefined ? raw : undefined;
    return bad !== undefined ? { unmapped: bad } : { value };
  }

  /** The submission, the pointers it moved (empty list items dropped) and unmapped values. */
  function build() {
    const data = {};
    const unmapped = [];
    for (const b of bindings()) {
      const v = valueOf(b);
      if ('unmapped' in v) unmapped.push({ b, raw: v.unmapped });
      // The groups of a control are there even when it is empty (outside lists), so that
      // each empty field is reported at its control rather than the group as a whole.
      const ts = tokens(b.pointer);
      const inList = ts.some((t) => /^\d+$/.test(t));
      if (!('value' in v) && inList) continue;
      let o = data;
      ts.slice(0, -1).forEach((t, i) => {
        o[t] ??= /^\d+$/.test(ts[i + 1]) ? [] : {};
        o = o[t];
      });
      if ('value' in v) o[ts.at(-1)] = v.value;
    }
    // Empty list items are left out; `moved` maps a new item pointer back to its control's.
    const moved = [];
    const compact = (v, p) => {
      if (Array.isArray(v)) {
        const kept = [];
        v.forEach((x, i) => {
          if (x === undefined || (x && typeof x === 'object' && !Array.isArray(x) && !Object.keys(x).length)) return;
          if (kept.length !== i) moved.push([`${p}/${kept.length}`, `${p}/${i}`]);
          kept.push(compact(x, `${p}/${kept.length}`));
        });
        return kept;
      }
      if (v && typeof v === 'object') for (const k of Object.keys(v)) v[k] = compact(v[k], `${p}/${k}`);
      return v;
    };
    return { data: compact(data, ''), moved, unmapped };
  }

  function labels(list) {
    const out = {};
    for (const b of list) {
      const text = labelText(b.controls);
      if (text) out[b.pointer] = text;
    }
    return { ...out, ...options.labels };
  }

  /** Run validate on the whole model; issues come back at the pointer of their control. */
  function run() {
    const list = bindings();
    const { data, moved, unmapped } = build();
    const report = validate(typeId, data, { ...opts.validateOptions(labels(list)), locale: locale() });
    const back = (p) => {
      const m = moved.find(([now]) => within(p, now));
      return m ? m[1] + p.slice(m[0].length) : p;
    };
    const lbl = labels(list);
    const own = unmapped.map(({ b, raw }) => unmappedIssue(b.pointer, raw, locale(), lbl[b.pointer] ?? b.pointer));
    const issues = report.issues
      .filter((i) => i.code !== 'unknown_field')
      .map((i) => ({ ...i, path: back(i.path), ...(i.reads ? { reads: i.reads.map(back) } : {}) }))
      .filter((i) => !own.some((o) => o.path === i.path));
    report.issues = [...own, ...issues].sort((a, b) => 'ewi'.indexOf(a.severity[0]) - 'ewi'.indexOf(b.severity[0]));
    report.valid = !report.issues.some((i) => i.severity === 'error');
    last = report;
    return { report, list, data };
  }

  /** The binding an issue belongs to: its own control, else (a group) its first mapped control. */
  function target(path, list) {
    let p = path;
    while (p !== '') {
      const b = list.find((x) => x.pointer === p) ?? list.find((x) => within(x.pointer, p));
      if (b) return b;
      const up = p.slice(0, p.lastIndexOf('/'));
      if (!/^\d+$/.test(p.slice(up.length + 1))) return null;
      p = up;
    }
    return null;
  }

  /** The binding an issue is shown at; none for a notice (late, ineligible: shown at the top). */
  const placeOf = (i, list) => (i.notice ? null : target(i.path, list));

  // ---- Showing ----

  let seq = 0;
  const aliases = new WeakMap(); // a control whose own id is not one token → the token used for its nodes
  const fresh = () => `jc-${String(typeId).replace(/[^A-Za-z0-9-]/g, '')}-${++seq}`;
  /** The control's id (one given when it has none); the page's own id is never changed. */
  const idOf = (c) => c.id || (c.id = fresh());
  /** The stem of the ids of the nodes added for a control: its id when that is one token. */
  const stemOf = (c) => (TOKEN.test(idOf(c)) ? c.id : aliases.get(c) ?? (aliases.set(c, fresh()), aliases.get(c)));
  const boxId = (b) => `${stemOf(b.controls[0])}-jc-message`;

  /**
   * What the core's form model says of each control's field for the submission as it stands:
   * aria-required where it is required now (the portal's own attribute left alone); disabled
   * where an earlier answer rules it out (not applicable: not checked), enabled again when it
   * applies (a control the portal disabled itself stays so). The counters.
   */
  function decorate(list, data = build().data) {
    const now = stateOf(data);
    for (const b of list) {
      const st = now.get(b.pointer) ?? known?.get(pattern(b.pointer));
      const required = !!st?.required; // the core's: never required where not applicable
      for (const c of b.controls) {
        if (!saved.has(c)) saved.set(c, { describedby: c.getAttribute('aria-describedby'), required: c.getAttribute('aria-required'), disabled: c.disabled });
        if (!saved.get(c).disabled) c.disabled = st?.applicable === false;
        if (saved.get(c).required !== null) continue;
        if (required) c.setAttribute('aria-required', 'true');
        else c.removeAttribute('aria-required');
      }
      for (const c of b.controls) if (c instanceof HTMLTextAreaElement && c.maxLength > 0) counter(c);
    }
  }

  // ---- Length: a counter under each text area; a paste cut at maxlength is said, never silent ----

  const cuts = new Map(); // control → {total, kept} of the insertion under way

  const countId = (c) => `${stemOf(c)}-jc-count`;
  /** The control's own description with its counter's, when it has one. */
  const ownDescription = (c) => [saved.get(c)?.describedby, document.getElementById(countId(c)) ? countId(c) : null].filter(Boolean).join(' ') || null;

  /** The counter of a text area (and the note of a cut paste, for any control with a maxlength). */
  function counter(c, note) {
    const id = countId(c);
    let node = document.getElementById(id);
    if (!node) {
      node = el('div', { id, className: 'jc-count' });
      c.after(node);
      created.push(node);
      c.setAttribute('aria-describedby', [c.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    }
    const text = c instanceof HTMLTextAreaElement ? el('span', { className: 'jc-length', textContent: w().length(c.value.length, c.maxLength) }) : '';
    // A note of a cut stays until the text is under the limit again (the applicant has acted).
    const kept = note ? el('p', { className: 'jc-issue jc-warning jc-cut', textContent: note }) : c.value.length >= c.maxLength ? node.querySelector('.jc-cut') : null;
    node.replaceChildren(text, kept ?? '');
    return node;
  }

  function cutNote(c, total, kept) {
    const note = w().cut(total, c.maxLength, total - kept);
    counter(c, note);
    announce(note);
  }

  /** Text put in at once (a paste, a drop) longer than the room left: remembered for its input event. */
  function onBeforeInput(e) {
    const c = e.target;
    if (!ready || !isControl(c) || !(c.maxLength > 0) || !e.inputType?.startsWith('insert')) return;
    const incoming = (e.data ?? e.dataTransfer?.getData('text/plain') ?? '').replace(/\r\n?/g, '\n');
    const selected = (c.selectionEnd ?? 0) - (c.selectionStart ?? 0);
    const room = c.maxLength - (c.value.length - selected);
    if (incoming.length <= 1 || incoming.length <= room) return;
    if (room <= 0) cutNote(c, incoming.length, 0); // nothing goes in: no input event follows
    else cuts.set(c, { total: incoming.length, kept: room });
  }

  function box(b) {
    let node = document.getElementById(boxId(b));
    if (!node) {
      node = el('div', { id: boxId(b), className: 'jc-message' });
      // After the control (or its label when that follows it); a group's at its fieldset's end.
      const c = b.controls.at(-1);
      const group = (c.type === 'radio' || c.type === 'checkbox') && b.controls.length > 1 && c.closest('fieldset');
      const label = c.labels?.[0];
      if (group) group.append(node);
      else if (c.closest('label')) c.closest('label').after(node);
      else if (label && c.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING) label.after(node);
      else c.after(node);
      created.push(node);
    }
    return node;
  }

  /** Show `issues` at a binding (updating what it showed in place), or clear it. */
  function show(b, issues) {
    const errors = issues.filter((i) => i.severity === 'error');
    for (const c of b.controls) {
      const own = ownDescription(c);
      if (issues.length) c.setAttribute('aria-describedby', [own, boxId(b)].filter(Boolean).join(' '));
      else if (own) c.setAttribute('aria-describedby', own);
      else c.removeAttribute('aria-describedby');
      if (errors.length) c.setAttribute('aria-invalid', 'true');
      else c.removeAttribute('aria-invalid');
      c.setCustomValidity(errors[0]?.message ?? '');
    }
    if (!issues.length) {
      const node = document.getElementById(boxId(b));
      if (node?.firstChild) node.replaceChildren();
      shown.delete(b.pointer);
      return;
    }
    shown.set(b.pointer, { b, issues });
    const node = box(b);
    // The same paragraph and button for the same finding: only changed text is written, so a
    // button being pressed is never replaced under the finger.
    sync(node, issues.map((i) => [i.code, () => {
      const p = el('p', {}, el('span'), el('span'));
      const use = el('button', { type: 'button', className: 'jc-suggestion' });
      use.addEventListener('click', () => apply(p.jcBinding, p.jcSuggestion));
      p.jcUse = use;
      return p;
    }, (p) => {
      const cls = `jc-issue jc-${i.severity}`;
      if (p.className !== cls) p.className = cls;
      setText(p.children[0], i.severity === 'error' ? '' : w()[i.severity]);
      setText(p.children[1], i.message);
      p.jcBinding = b;
      p.jcSuggestion = i.suggestion;
      if (i.suggestion !== undefined) {
        setText(p.jcUse, w().use(i.suggestion));
        if (p.jcUse.parentNode !== p) p.append(' ', p.jcUse);
      } else if (p.jcUse.parentNode === p) {
        p.jcUse.previousSibling?.remove();
        p.jcUse.remove();
      }
    }]));
  }

  /** Put a corrected value into a control, then check it again. */
  function apply(b, value) {
    const c = b.controls[0];
    c.value = b.fromValue ? b.fromValue(value) ?? value : value;
    c.dispatchEvent(new Event('input', { bubbles: true }));
    c.dispatchEvent(new Event('change', { bubbles: true }));
    c.focus();
  }

  let summaryNode = null;
  function summary() {
    if (!summaryNode) {
      summaryNode = options.summary ?? el('div', { className: 'jc-error-summary' });
      if (!options.summary) {
        F.call('prepend', summaryNode);
        created.push(summaryNode);
      }
      summaryNode.tabIndex = -1;
      if (!summaryNode.querySelector('ul')) {
        const h = el('h2', { id: `${fresh()}-summary-title`, textContent: w().summary });
        summaryNode.append(h, el('ul'));
        summaryNode.setAttribute('aria-labelledby', h.id);
      }
    }
    return summaryNode;
  }

  /** The error summary: every error shown, in the order of the form, and errors without a control. */
  function renderSummary(loose) {
    const node = summary();
    const items = [];
    const all = elementsOf();
    for (const { b, issues } of [...shown.values()].sort((x, y) => all.indexOf(x.b.controls[0]) - all.indexOf(y.b.controls[0]))) {
      for (const i of issues.filter((x) => x.severity === 'error')) {
        const c = b.controls[0];
        items.push([`${b.pointer} ${i.code}`, () => {
          const a = el('a');
          a.addEventListener('click', (e) => {
            e.preventDefault();
            a.jcControl.focus();
            a.jcControl.scrollIntoView?.({ block: 'center' });
          });
          return el('li', {}, a);
        }, (li) => {
          const a = li.firstChild;
          a.jcControl = c;
          const href = `#${encodeURIComponent(idOf(c))}`;
          if (a.getAttribute('href') !== href) a.setAttribute('href', href);
          setText(a, i.message);
        }]);
      }
    }
    for (const i of loose) items.push([`${i.path} ${i.code}`, () => el('li'), (li) => setText(li, i.message)]);
    sync(node.querySelector('ul'), items);
    node.hidden = items.length === 0;
    return items.length;
  }

  /**
   * Notices (late, ineligible, a condition first): each its own box at the top of the form
   * (or in options.notices), what happened and what to do in the core's words, under a title
   * saying which kind it is. Updated in place, like the summary.
   */
  let noticesNode = null;
  let shownNotices = [];
  function renderNotices(notes) {
    shownNotices = notes;
    if (!notes.length && !noticesNode) return notes;
    if (!noticesNode) {
      noticesNode = options.notices ?? el('div', { className: 'jc-notices' });
      if (!options.notices) {
        F.call('prepend', noticesNode);
        created.push(noticesNode);
      }
      noticesNode.tabIndex = -1;
    }
    sync(noticesNode, notes.map((i) => [`${i.path} ${i.code}`, () => el('div', {}, el('p', { className: 'jc-notice-title' }), el('p', { className: 'jc-notice-text' })), (d) => {
      const cls = `jc-notice jc-notice-${i.notice} jc-${i.severity}`;
      if (d.className !== cls) d.className = cls;
      setText(d.children[0], w().notice[i.notice] ?? '');
      setText(d.children[1], i.message);
    }]));
    noticesNode.hidden = notes.length === 0;
    return notes;
  }

  let live = null;
  function announce(text) {
    if (!live) {
      live = el('div', { className: 'jc-live', role: 'status', 'aria-live': 'polite', style: 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap' });
      F.call('append', live);
      created.push(live);
    }
    live.textContent = '';
    if (text) setTimeout(() => { if (live) live.textContent = text; }, 50);
  }

  function fmtDate(iso) {
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    return w().date(y, m, d, new Date(Date.UTC(y, m - 1, d)).getUTCDay()) + (iso.length > 10 ? ` ${iso.slice(11, 16)}` : '');
  }

  function renderDeadlines(report) {
    const out = options.deadlines;
    if (typeof out === 'function') return out(report.deadlines, report);
    if (!(out instanceof Element)) return;
    out.replaceChildren(...report.deadlines.map((d) => el('div', { className: `jc-deadline${d.provisional ? ' jc-provisional' : ''}` },
      el('p', { className: 'jc-deadline-title', textContent: d.title }),
      el('p', { className: 'jc-due', textContent: fmtDate(d.due) }),
      d.advice ? el('p', { className: 'jc-advice', textContent: d.advice }) : null,
      el('p', { className: 'jc-rule', textContent: d.rule }),
      d.provisional ? el('p', { className: 'jc-provisional-note', textContent: w().provisional }) : null)));
    out.hidden = report.deadlines.length === 0;
  }

  function emit(report, kind, pointer) {
    options.onReport?.(report, { kind, pointer });
    F.call('dispatchEvent', new CustomEvent('jincheng:report', { detail: { report, kind, pointer } }));
  }

  // ---- Checking ----

  /** Check everything: every issue shown, the summary filled. Returns the report. */
  function check(kind = 'check') {
    if (!ready) throw Object.assign(new Error('bindForm: not ready yet; await controller.ready'), { code: 'not_initialized' });
    const { report, list, data } = run();
    lastData = data;
    decorate(list, data);
    const at = new Map();
    const loose = [];
    for (const i of report.issues) {
      const b = placeOf(i, list);
      if (b) at.set(b, [...(at.get(b) ?? []), i]);
      else if (i.severity === 'error' && !i.notice) loose.push(i);
    }
    for (const { b } of [...shown.values()]) if (!at.has(b) && !list.some((x) => x.pointer === b.pointer)) show(b, []);
    for (const b of list) show(b, at.get(b) ?? []);
    submitted = true;
    const n = renderSummary(loose);
    const notes = renderNotices(report.issues.filter((i) => i.notice));
    renderDeadlines(report);
    const blocking = notes.find((i) => i.severity === 'error');
    // A clean check also says the deadlines' advice (a last day on a holiday: submit by …).
    const advice = [...new Set((report.deadlines ?? []).map((d) => d.advice).filter(Boolean))].join('');
    announce(n ? w().count(n) : blocking ? `${w().notice[blocking.notice]}：${blocking.message}` : w().ok(report.issues.filter((i) => i.severity === 'warning' && !i.notice).length) + advice);
    emit(report, kind);
    return report;
  }

  /** Check one field (the whole model is validated; issues routed to their fields). */
  function checkField(b, typing) {
    const previous = last;
    const { report, list, data } = run();
    const moved = changed(lastData ?? data, data);
    lastData = data;
    decorate(list, data);
    const mine = (x) => x && x.pointer === b.pointer;
    const had = shown.get(b.pointer)?.issues ?? [];
    const now = report.issues.filter((i) => mine(placeOf(i, list)));
    if (typing) {
      // Reward early: an error fixed clears at once; nothing new is said while typing.
      if (!now.some((i) => i.severity === 'error')) show(b, now.filter((i) => had.some((h) => h.code === i.code)));
    } else {
      show(b, now);
    }
    // Other fields already showing something follow (a cross-field rule fixed elsewhere).
    for (const { b: other } of [...shown.values()]) {
      if (other.pointer === b.pointer) continue;
      const o = list.find((x) => x.pointer === other.pointer);
      if (!o) show(other, []);
      else show(o, report.issues.filter((i) => placeOf(i, list)?.pointer === o.pointer));
    }
    // Fields whose checks read what changed (each issue's `reads`), already filled in: checked again too.
    for (const i of dependentIssues(previous?.issues, report.issues, moved)) {
      const o = placeOf(i, list);
      if (!o || o.pointer === b.pointer || shown.has(o.pointer) || !o.controls.some((c) => dirty.has(c))) continue;
      show(o, report.issues.filter((x) => placeOf(x, list)?.pointer === o.pointer));
    }
    if (submitted) renderSummary(report.issues.filter((i) => i.severity === 'error' && !i.notice && !target(i.path, list)));
    // Notices follow; while typing, one that no longer holds goes, none new is said.
    const before = shownNotices;
    const notes = report.issues.filter((i) => i.notice && (!typing || before.some((x) => x.code === i.code)));
    renderNotices(notes);
    const fresh = notes.find((i) => !before.some((x) => x.code === i.code && x.message === i.message));
    renderDeadlines(report);
    const errs = (shown.get(b.pointer)?.issues ?? []).filter((i) => i.severity === 'error');
    const hadErr = had.some((i) => i.severity === 'error');
    if (errs.length && errs[0].message !== had.find((i) => i.severity === 'error')?.message) announce(errs[0].message);
    else if (fresh) announce(`${w().notice[fresh.notice]}：${fresh.message}`);
    else if (!errs.length && hadErr) announce(w().fixed);
    emit(report, 'field', b.pointer);
  }

  const bindingOf = (c) => bindings().find((b) => b.controls.includes(c));

  // ---- A press under way (a tap, a click): a check that leaving a field starts waits until
  // the press has landed, so that nothing moves or is replaced under the finger between the
  // press and its click (a link of the summary, a 使用“…” button, the submit button). ----
  let press = null; // the element pressed, while a press is under way
  let pressTimer = null;
  const waiting = new Set(); // controls whose check waits for the press
  function onPointerDown(e) {
    if (!e.isPrimary) return;
    press = e.target;
    clearTimeout(pressTimer);
    pressTimer = setTimeout(release, 3000); // a press never landing (a long press) holds nothing for long
  }
  function onPointerUp() {
    // A tap's click follows its pointerup (after the gesture is recognised): wait for it a little.
    clearTimeout(pressTimer);
    pressTimer = setTimeout(release, 600);
  }
  function release() {
    if (!press) return;
    press = null;
    clearTimeout(pressTimer);
    setTimeout(flush, 0); // after the click's own handlers
  }
  function flush() {
    if (press || !ready) return;
    const controls = [...waiting];
    waiting.clear();
    const done = new Set();
    for (const c of controls) {
      const b = bindingOf(c);
      if (b && !done.has(b.pointer)) {
        done.add(b.pointer);
        checkField(b, false);
      }
    }
  }
  /** Does this check wait for a press elsewhere to land? */
  function held(c) {
    if (!press || press === c || (press instanceof Node && c.labels && [...c.labels].some((l) => l.contains(press)))) return false;
    waiting.add(c);
    return true;
  }

  function onInput(e) {
    if (!ready || !isControl(e.target)) return;
    dirty.add(e.target);
    const cut = cuts.get(e.target);
    cuts.delete(e.target);
    if (cut) cutNote(e.target, cut.total, cut.kept);
    else if (e.target instanceof HTMLTextAreaElement && e.target.maxLength > 0) counter(e.target);
    const b = bindingOf(e.target);
    if (b && shown.get(b.pointer)?.issues.some((i) => i.severity === 'error')) checkField(b, true);
  }
  function onChange(e) {
    if (!ready || !isControl(e.target)) return;
    dirty.add(e.target);
    if (held(e.target)) return;
    const b = bindingOf(e.target);
    // A date typed segment by segment reports each partial value (year 0002, 0020, 0202) as a
    // change: while it has focus, it is checked as typing (a shown error may clear, nothing new
    // is said); leaving it checks it in full.
    const typing = DATES.includes(e.target.type) && e.target.ownerDocument.activeElement === e.target;
    if (b) checkField(b, typing);
  }
  function onLeave(e) {
    if (!ready || !isControl(e.target)) return;
    // Leaving a field never touched says nothing about it being empty (punish late).
    const b = bindingOf(e.target);
    if (b && (b.controls.some((c) => dirty.has(c)) || shown.has(b.pointer))) {
      // Within a group (radio buttons), wait until focus leaves the group.
      if (b.controls.includes(e.relatedTarget)) return;
      if (held(e.target)) return;
      checkField(b, false);
    }
  }
  function onSubmit(e) {
    if (!ready) {
      e.preventDefault();
      e.stopImmediatePropagation();
      pendingSubmit = true;
      return;
    }
    const report = check('submit');
    if (!report.valid) {
      e.preventDefault();
      e.stopImmediatePropagation();
      const s = summary();
      if (!s.hidden) s.focus();
      else if (noticesNode && !noticesNode.hidden) noticesNode.focus();
      else F.call('querySelector', '[aria-invalid=true]')?.focus();
    }
  }

  const wasNoValidate = F.get('noValidate');
  F.set('noValidate', true); // the summary replaces the browser's first-error bubble; :invalid still applies
  F.call('addEventListener', 'beforeinput', onBeforeInput);
  F.call('addEventListener', 'input', onInput);
  F.call('addEventListener', 'change', onChange);
  F.call('addEventListener', 'focusout', onLeave);
  F.call('addEventListener', 'submit', onSubmit, true);
  const doc = F.get('ownerDocument');
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('pointerup', onPointerUp, true);
  doc.addEventListener('pointercancel', release, true);
  doc.addEventListener('click', release, true);

  const controller = {
    ready: init().then(() => {
      if (!known) verify();
      decorate(bindings());
      ready = true;
      if (pendingSubmit) F.call('requestSubmit');
      return controller;
    }),
    /** Check everything (as a submit does, without blocking or moving focus); returns the report. */
    check: () => check(),
    /** The submission built from the form (mapped values, empty fields left out). */
    submission() {
      if (!ready) throw Object.assign(new Error('bindForm: not ready yet; await controller.ready'), { code: 'not_initialized' });
      return build().data;
    },
    /** The last report (of a field check, a full check or a submit), or null. */
    get report() {
      return last;
    },
    /** Put a submission's values into the form (through each mapping's fromValue). */
    fill(data) {
      for (const b of bindings()) {
        let v = data;
        for (const t of tokens(b.pointer)) v = v?.[t];
        if (v === undefined || v === null) continue;
        const raw = (x) => String(b.fromValue ? b.fromValue(x) ?? x : x);
        const [c] = b.controls;
        if (c.type === 'radio' || c.type === 'checkbox') {
          const want = Array.isArray(v) ? v.map(raw) : [typeof v === 'boolean' && b.controls.length === 1 ? c.value : raw(v)];
          for (const x of b.controls) x.checked = typeof v === 'boolean' && b.controls.length === 1 ? v : want.includes(x.value);
        } else c.value = raw(v);
      }
      decorate(bindings());
    },
    /** Remove everything the binding added and its listeners. */
    destroy() {
      F.call('removeEventListener', 'beforeinput', onBeforeInput);
      F.call('removeEventListener', 'input', onInput);
      F.call('removeEventListener', 'change', onChange);
      F.call('removeEventListener', 'focusout', onLeave);
      F.call('removeEventListener', 'submit', onSubmit, true);
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.removeEventListener('pointerup', onPointerUp, true);
      doc.removeEventListener('pointercancel', release, true);
      doc.removeEventListener('click', release, true);
      clearTimeout(pressTimer);
      waiting.clear();
      F.set('noValidate', wasNoValidate);
      for (const [c, a] of saved) {
        c.disabled = a.disabled;
        for (const [k, v] of [['aria-describedby', a.describedby], ['aria-required', a.required]]) {
          if (v === null) c.removeAttribute(k);
          else c.setAttribute(k, v);
        }
        c.removeAttribute('aria-invalid');
        c.setCustomValidity('');
      }
      for (const n of created) n.remove();
      if (options.notices) {
        options.notices.hidden = true;
        options.notices.replaceChildren();
      }
      if (options.summary) {
        options.summary.hidden = true;
        options.summary.querySelector('ul')?.replaceChildren();
      }
      shown.clear();
      ready = false;
    },
  };
  return controller;
}
