// The one mapping shared by jincheng-rules/form (bindForm) and jincheng-rules/adapters: the
// options every binding takes (checked when the binding is created, each mistake a coded
// error naming it), a portal's names ↔ the package's JSON Pointers (`*` for list indices),
// code tables (strings, booleans, integers), the model → submission, and what the core's
// form model (`formState`) and each issue's `reads` say: where an issue goes, what is
// required and applicable now, which other fields to check again after a change.
// No DOM here and no schema reading: the core says what each field is.
// The build bundles this file into each entry that imports it (build-package.mjs).

/** An Error with a stable `code`, as every error the package throws. */
export const coded = (code, message) => Object.assign(new Error(message), { code });

const LOCALES = ['zh-CN', 'en'];
const show = (v) => (typeof v === 'string' ? `"${v}"` : typeof v === 'function' ? 'a function' : JSON.stringify(v) ?? String(v));

/** A JSON Pointer's tokens (`~1` and `~0` unescaped); a dotted name's segments. */
export const tokens = (p) => p.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
const escape = (t) => String(t).replace(/~/g, '~0').replace(/\//g, '~1');
export const pointerFrom = (segs) => segs.map((s) => `/${escape(s)}`).join('');
export const within = (p, parent) => p === parent || p.startsWith(`${parent}/`);
const isIndex = (t) => /^\d+$/.test(t);
/** A concrete pointer's pattern: list indices as `0` (the form of the type's catalogue). */
export const pattern = (p) => p.replace(/\/\d+(?=\/|$)/g, '/0');

/** A date option as `YYYY-MM-DD`: the string itself (a real day), a Date's day in China time; undefined for none. */
export function isoDate(who, v) {
  if (v === undefined || v === null || v === '') return undefined;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return new Date(v.getTime() + 8 * 3600e3).toISOString().slice(0, 10);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)) return v;
  throw coded('invalid_options', `${who}: options.asOf must be "YYYY-MM-DD", a Date or a function giving one; got ${show(v)}`);
}

function localeOf(who, v) {
  if (v === undefined || v === null) return undefined;
  if (!LOCALES.includes(v)) throw coded('invalid_options', `${who}: options.locale must be "zh-CN" or "en" (or a function giving one); got ${show(v)}`);
  return v;
}

/**
 * One field mapping, checked: `{pointer, name, toValue, fromValue}`. `name` is a string (a
 * dotted model path for the adapters, a control name for bindForm) or, where `elements`, an
 * Element. A code table `values` gives both functions; its values may be strings, booleans or
 * numbers.
 */
function mapping(who, pointer, spec, elements) {
  const at = `options.fields["${pointer}"]`;
  if (typeof pointer !== 'string' || !pointer.startsWith('/')) throw coded('invalid_options', `${who}: options.fields key "${pointer}" is not a JSON Pointer (it must start with "/")`);
  const isEl = (x) => elements && typeof Element !== 'undefined' && x instanceof Element;
  const s = typeof spec === 'string' || isEl(spec) ? { name: spec } : spec && typeof spec === 'object' ? { ...spec } : null;
  if (!s || !(typeof s.name === 'string' ? s.name.trim() : isEl(s.name))) throw coded('invalid_options', `${who}: ${at} must be a name${elements ? ', an element' : ''} or {name, toValue, fromValue, values}; got ${show(spec)}`);
  for (const f of ['toValue', 'fromValue']) if (s[f] !== undefined && typeof s[f] !== 'function') throw coded('invalid_options', `${who}: ${at}.${f} must be a function`);
  if (s.values !== undefined) {
    const codes = s.values;
    if (!codes || typeof codes !== 'object' || Array.isArray(codes)) throw coded('invalid_options', `${who}: ${at}.values must be a code table {code: value}`);
    for (const [k, v] of Object.entries(codes)) if (!['string', 'number', 'boolean'].includes(typeof v)) throw coded('invalid_options', `${who}: ${at}.values["${k}"] must be a string, number or boolean; got ${show(v)}`);
    const own = (raw) => Object.prototype.hasOwnProperty.call(codes, String(raw));
    s.toValue ??= (raw) => (own(raw) ? codes[String(raw)] : undefined);
    s.fromValue ??= (v) => Object.keys(codes).find((k) => codes[k] === v);
  }
  const stars = (pointer.match(/\/\*(?=\/|$)/g) ?? []).length;
  if (typeof s.name === 'string' && !elements && stars !== s.name.split('.').filter((x) => x === '*').length) {
    throw coded('invalid_options', `${who}: ${at} maps a pointer with ${stars} "*" to "${s.name}", which has ${s.name.split('.').filter((x) => x === '*').length}: a list index goes to a list index`);
  }
  return { pointer, name: s.name, toValue: s.toValue, fromValue: s.fromValue, list: stars > 0 };
}

/**
 * The options every binding takes, checked now (a malformed one is a coded error naming
 * it). `locale` and `asOf` may be functions: they are read at each check.
 */
export function readOptions(who, options, { elements = false } = {}) {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw coded('invalid_options', `${who}: options must be an object; got ${show(options)}`);
  const { locale, asOf, labels, serviceHours, fields } = options;
  if (typeof locale !== 'function') localeOf(who, locale);
  if (typeof asOf !== 'function') isoDate(who, asOf);
  if (labels !== undefined && (labels === null || typeof labels !== 'object' || Object.entries(labels).some(([k, v]) => !k.startsWith('/') || typeof v !== 'string'))) {
    throw coded('invalid_options', `${who}: options.labels must be {pointer: label} with JSON Pointers as keys and text as labels`);
  }
  if (fields !== undefined && (fields === null || typeof fields !== 'object')) throw coded('invalid_options', `${who}: options.fields must be {pointer: name}`);
  const maps = Object.entries(fields ?? {}).map(([p, spec]) => mapping(who, p, spec, elements));
  return {
    maps,
    labels: labels ?? {},
    locale: () => localeOf(who, typeof locale === 'function' ? locale() : locale),
    asOf: () => isoDate(who, typeof asOf === 'function' ? asOf() : asOf),
    /** The options for validate (and formState) at this check; `more` labels (the page's) under the option's; `now` false: functions not read (at creation). */
    validateOptions(more = {}, now = true) {
      const o = { labels: { ...more, ...(labels ?? {}) } };
      const l = now || typeof locale !== 'function' ? this.locale() : undefined;
      const d = now || typeof asOf !== 'function' ? this.asOf() : undefined;
      if (l) o.locale = l;
      if (d) o.asOf = d;
      if (serviceHours !== undefined) o.serviceHours = serviceHours;
      if (!Object.keys(o.labels).length) delete o.labels;
      return o;
    },
  };
}

// ---- The type's fields: the core's form model --------------------------------------------

const isList = (s) => s.kind === 'list';

/**
 * Every field of a type, list items' fields included (their index as 0), as the core's
 * form model describes it: Map pattern pointer → FieldState. Lists are probed with one
 * empty item until no new list appears.
 */
export function catalogue(formState, typeId, options) {
  const probe = {};
  const out = new Map();
  for (let round = 0; round < 8; round++) {
    const { fields } = formState(typeId, probe, options);
    let more = false;
    for (const s of fields) {
      const p = pattern(s.pointer);
      if (!out.has(p)) out.set(p, s);
      if (isList(s) && !fields.some((x) => x.pointer.startsWith(`${s.pointer}/`))) {
        let o = probe;
        const ts = tokens(s.pointer);
        ts.forEach((t, i) => {
          if (i === ts.length - 1) {
            if (!Array.isArray(o[t])) { o[t] = [{}]; more = true; }
          } else o = o[t] ??= isIndex(ts[i + 1]) ? [{}] : {};
        });
      }
    }
    if (!more) break;
  }
  return out;
}

/** Throws (a coded error naming each) when a pointer (with `*` for list indices) is not a field of the type. */
export function checkPointers(who, known, typeId, pointers, what = 'options.fields') {
  const unknown = pointers.filter((p) => {
    const q = p.replace(/\/\*(?=\/|$)/g, '/0');
    return !known.has(q) && !known.has(q.replace(/\/0$/, ''));
  });
  if (unknown.length) throw coded('invalid_options', `${who}: ${what} names ${unknown.map((p) => `"${p}"`).join(', ')}, not a field of ${typeId}`);
}

/** The kind of the field at a concrete pointer (from the catalogue), or undefined. */
export const kindOf = (known, pointer) => known.get(pattern(pointer))?.kind;

/** A raw value (text of a control, a model's string) as the field's kind wants it: numbers and yes/no from their text. */
export function coerce(kind, v) {
  if (typeof v !== 'string') return v;
  if (/integer|number/i.test(kind ?? '') && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v.trim());
  if (/boolean/i.test(kind ?? '') && (v === 'true' || v === 'false')) return v === 'true';
  return v;
}

/**
 * The field an issue at `path` belongs to, given the pointers of the form model in
 * declaration order: the field itself; an item of a plain list → the list; a group (a
 * missing `applicant`) → its first field; a list of groups → the list.
 */
export function owner(path, pointers) {
  const has = new Set(pointers);
  let p = path;
  while (!has.has(p) && p) {
    const up = p.slice(0, p.lastIndexOf('/'));
    if (!isIndex(p.slice(up.length + 1))) return path;
    p = up;
  }
  if (!p) return path;
  for (;;) {
    const next = pointers.find((q) => q.startsWith(`${p}/`));
    if (!next) return p;
    const seg = next.slice(p.length + 1).split('/')[0];
    if (isIndex(seg)) return p;
    p = `${p}/${seg}`;
  }
}

// ---- Object models (the adapters): dotted names ↔ pointers --------------------------------

const segsOf = (name) => name.split('.');

/** Match `have` (segments) against `want` (a pattern with `*`) as a prefix: the indices and the rest, or null. */
function match(want, have) {
  if (have.length < want.length) return null;
  const idx = [];
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '*') {
      if (!isIndex(have[i])) return null;
      idx.push(have[i]);
    } else if (want[i] !== have[i]) return null;
  }
  return { idx, rest: have.slice(want.length) };
}
const fill = (segs, idx) => {
  let n = 0;
  return segs.map((s) => (s === '*' ? idx[n++] : s));
};

/**
 * Names ↔ pointers for a model object: each mapping's dotted name (`renyuan.*.xm` for
 * `/staff/*\/name`), a field without one at its pointer's dotted path. `names` is the map
 * itself, `{pointer: name}` as given.
 */
export function names(maps) {
  const ms = maps.map((m) => ({ ...m, ps: tokens(m.pointer), ns: segsOf(m.name) }));
  // The longest (most specific) mapping first.
  ms.sort((a, b) => b.ps.length - a.ps.length);
  return {
    names: Object.fromEntries(maps.map((m) => [m.pointer, m.name])),
    /** A concrete pointer's name in the model. */
    nameOf(pointer) {
      const have = tokens(pointer);
      for (const m of ms) {
        const r = match(m.ps, have);
        if (r) return [...fill(m.ns, r.idx), ...r.rest].join('.');
      }
      return have.join('.');
    },
    /** A dotted model name's pointer. */
    pointerOf(name) {
      const have = segsOf(name);
      for (const m of [...ms].sort((a, b) => b.ns.length - a.ns.length)) {
        const r = match(m.ns, have);
        if (r) return pointerFrom([...fill(m.ps, r.idx), ...r.rest]);
      }
      return pointerFrom(have);
    },
    maps: ms,
  };
}

const chinaDay = (d) => new Date(d.getTime() + 8 * 3600e3).toISOString().slice(0, 10);
const get = (o, segs) => segs.reduce((v, k) => (v == null ? undefined : v[k]), o);
function set(o, segs, value) {
  segs.slice(0, -1).forEach((k, i) => {
    if (o[k] === null || typeof o[k] !== 'object') o[k] = isIndex(segs[i + 1]) ? [] : {};
    o = o[k];
  });
  o[segs.at(-1)] = value;
}
function remove(o, segs) {
  const parent = get(o, segs.slice(0, -1));
  if (parent && typeof parent === 'object') delete parent[segs.at(-1)];
}
/** Every instance of a name pattern in the model: [{idx, segs, raw}]. */
function expand(model, ns, i = 0, segs = [], idx = []) {
  if (i === ns.length) return [{ idx, segs, raw: get(model, segs) }];
  if (ns[i] !== '*') return expand(model, ns, i + 1, [...segs, ns[i]], idx);
  const list = get(model, segs);
  if (!Array.isArray(list)) return [];
  return list.flatMap((_, n) => expand(model, ns, i + 1, [...segs, String(n)], [...idx, String(n)]));
}
const empty = (v) => v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length);

/**
 * The submission of a model object: a copy with each mapped name moved to its pointer
 * through `toValue`, Dates as their China day, numbers and yes/no from text where the field
 * wants them. Values that do not map are left out and listed: {submission, unmapped: [{pointer, name, raw}]}.
 */
export function submissionOf(model, nm, known) {
  const sub = JSON.parse(JSON.stringify(model ?? {}, function (k, v) {
    return this[k] instanceof Date ? chinaDay(this[k]) : v;
  })) ?? {};
  const unmapped = [];
  for (const m of nm.maps) {
    // The groups of a mapped field are there even when it is empty, so that each empty field
    // is reported at its own name rather than the group as a whole (an optional group left
    // empty is absent for the core all the same).
    if (!m.list) {
      let o = sub;
      for (const t of m.ps.slice(0, -1)) o = o[t] = o[t] !== null && typeof o[t] === 'object' ? o[t] : {};
    }
    for (const { idx, segs, raw } of expand(model, m.ns)) {
      remove(sub, segs);
      const at = fill(m.ps, idx);
      const pointer = pointerFrom(at);
      if (empty(raw)) continue;
      const one = (r) => {
        try {
          return m.toValue ? m.toValue(r instanceof Date ? chinaDay(r) : r) : r instanceof Date ? chinaDay(r) : r;
        } catch {
          return undefined;
        }
      };
      const value = Array.isArray(raw) ? raw.map(one) : one(raw);
      if (value === undefined || (Array.isArray(value) && value.includes(undefined))) unmapped.push({ pointer, name: segs.join('.'), raw });
      else set(sub, at, coerce(kindOf(known, pointer), value));
    }
  }
  // Fields at their own path: numbers and yes/no typed as text by a control.
  if (known) {
    for (const [p, s] of known) {
      if (!/integer|number|boolean/i.test(s.kind)) continue;
      for (const { segs, raw } of expand(sub, tokens(p).map((t) => (t === '0' ? '*' : t)))) {
        if (typeof raw === 'string') set(sub, segs, raw.trim() === '' ? undefined : coerce(s.kind, raw));
      }
    }
  }
  return { submission: sub, unmapped };
}

/** The message of a value that maps to no code. */
export const UNMAPPED = {
  'zh-CN': (label, raw) => `${label ? `${label}的` : ''}选项“${raw}”无法识别，请重新选择。`,
  en: (label, raw) => `${label ? `${label}: the` : 'The'} choice “${raw}” is not recognised; choose again.`,
};
export const unmappedIssue = (pointer, raw, locale, label) => ({
  path: pointer, code: 'form.unmapped_value', severity: 'error', citation: null, reads: [pointer],
  message: (UNMAPPED[locale] ?? UNMAPPED['zh-CN'])(label, Array.isArray(raw) ? raw.join('、') : String(raw)),
});

// ---- After a change: which other fields to check again ------------------------------------

/** Leaf values of a submission by pointer. */
function flat(v, p = '', out = new Map()) {
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    if (!keys.length) out.set(p, JSON.stringify(v));
    for (const k of keys) flat(v[k], `${p}/${escape(k)}`, out);
  } else out.set(p, JSON.stringify(v));
  return out;
}

/** The pointers whose values differ between two submissions. */
export function changed(a, b) {
  const x = flat(a ?? {});
  const y = flat(b ?? {});
  return [...new Set([...x.keys(), ...y.keys()])].filter((p) => x.get(p) !== y.get(p));
}

/**
 * The issues (of the last report and of this one) whose check read a pointer that changed:
 * their fields are checked again, so a cross-field message follows (and clears) when the
 * other field is corrected. An issue without `reads` is taken to have read everything.
 */
export function dependentIssues(before, now, moved) {
  if (!moved.length) return [];
  // An issue that does not say what it read may have read anything.
  const hit = (i) => !Array.isArray(i.reads) || i.reads.some((r) => moved.some((c) => within(c, r) || within(r, c)));
  return [...(before ?? []), ...(now ?? [])].filter(hit);
}
