// jincheng-rules/adapters: the checks of an application type as async-validator rules (the
// engine of Element Plus and Ant Design Vue forms), as a react-hook-form resolver, and as a
// Standard Schema (v1: zod's, valibot's and arktype's interface, which react-hook-form's
// standardSchemaResolver, TanStack Form and VeeValidate take).
//
// Each adapter takes the package (its module, `import * as jincheng from 'jincheng-rules'`,
// or just its `validate`) as its first argument instead of importing it: the calendar and the loaded holiday schedules live in one wasm instance, which the
// portal already has (initialised, in Node or the browser, bundled or not); an import here
// could resolve to a second instance, or not resolve at all without a bundler.
// Every check validates the whole model (cross-field rules see every field); each issue
// goes to its field by the portal's own name. The names, code tables and options are read
// by the one mapping shared with bindForm (../_mapping.js), and checked when the adapter is
// created. No dependency: none of the libraries is imported.
import { catalogue, changed, checkPointers, coded, dependentIssues, names, owner, pattern, readOptions, submissionOf, unmappedIssue } from '../_mapping.js';

const isIndex = (t) => /^\d+$/.test(t);

/**
 * The shared core: the options and mapping checked now; model → submission, validate and
 * the core's form model; each issue's name in the model. Keeps the last report for an
 * unchanged model.
 */
function checker(who, pkg, typeId, options, pageLabels = () => ({})) {
  const validate = typeof pkg === 'function' ? pkg : pkg?.validate;
  if (typeof validate !== 'function') throw coded('invalid_argument', `${who}: expected the jincheng-rules module (or its validate function) as the first argument`);
  const formState = typeof pkg?.formState === 'function' ? pkg.formState : null;
  const o = readOptions(who, options);
  const nm = names(o.maps);
  let known = null;
  /** The type, the options and every pointer named, checked (once the wasm module is initialised). */
  function verify() {
    const vo = o.validateOptions({}, false);
    validate(typeId, {}, vo); // an unknown type or a malformed option throws its coded error here
    if (!formState) return;
    known = catalogue(formState, typeId, vo);
    checkPointers(who, known, typeId, o.maps.map((m) => m.pointer));
    checkPointers(who, known, typeId, Object.keys(o.labels), 'options.labels');
  }
  let verified = false;
  try {
    verify();
    verified = true;
  } catch (e) {
    if (e?.code !== 'not_initialized') throw e;
  }
  let lastKey = null;
  let last = null;
  let settled = null;
  const labelFor = (pointer, vo, states) => vo.labels?.[pointer] ?? states?.find((s) => s.pointer === pointer)?.label;
  return {
    nm,
    known: () => known,
    /** The report for a model (cached while model and options are unchanged); each issue with `name`, the field's name in the model. */
    run(model) {
      if (!verified) {
        verify();
        verified = true;
      }
      const vo = o.validateOptions(pageLabels());
      const key = JSON.stringify([model ?? {}, vo]);
      if (key === lastKey) return last;
      const { submission, unmapped } = submissionOf(model, nm, known);
      const report = validate(typeId, submission, vo);
      const states = formState ? formState(typeId, submission, vo).fields : null;
      const pointers = states?.map((s) => s.pointer);
      const own = unmapped.map((u) => unmappedIssue(u.pointer, u.raw, vo.locale, labelFor(u.pointer, vo, states)));
      // Keys the package does not know are the portal's own: never reported.
      const issues = [...own, ...report.issues.filter((i) => i.code !== 'unknown_field' && !own.some((x) => x.path === i.path))]
        .map((i) => ({ ...i, name: nm.nameOf(pointers ? owner(i.path, pointers) : i.path) }));
      last = { ...report, valid: !issues.some((i) => i.severity === 'error'), issues, states, submission };
      lastKey = key;
      return last;
    },
    /** The fields (by name) whose messages a change since the last settled report may have made stale: their checks read what changed. */
    settle(report) {
      if (report === settled) return [];
      const moved = settled ? changed(settled.submission, report.submission) : [];
      const deps = dependentIssues(settled?.issues, report.issues, moved);
      settled = report;
      return [...new Set(deps.map((i) => i.name))];
    },
    /** The form model's state of a field by name (required, applicable, label, kind), or undefined. */
    state(report, name) {
      const p = nm.pointerOf(name);
      return report?.states?.find((s) => s.pointer === p) ?? known?.get(pattern(p));
    },
  };
}

/** What one field shows: its errors' codes and messages, to tell when they changed. */
const shownBy = (report, name) => report.issues.filter((i) => i.severity === 'error' && i.name === name).map((i) => `${i.code}:${i.message}`).join('\n');
/** The report as every adapter hands it to `onReport`: each issue with `placed`, whether the page has a control for it. */
const placedIn = (report, placed) => ({ ...report, issues: report.issues.map((i) => ({ ...i, placed: placed(i.name) })) });
const under = (set, name) => set.has(name) || [...set].some((n) => name.startsWith(`${n}.`));

// Element Plus: blur for what one types, change for what one picks.
const PICKED = /enum|choice|boolean|date|set|list/i;

/**
 * async-validator rules for an application type: `{ "applicant.name": [{ required, trigger, validator }], … }`.
 * Any dotted field path is answered (list items such as "supervisors.0.name" too), so the
 * object works as the `rules` of an Element Plus or Ant Design Vue form. Each rule's
 * `required` says what the core's form model says now (Element Plus's asterisk), its
 * `trigger` is `blur` for text and `change` for choices, yes/no and dates. Each validator
 * validates the whole model: `options.model()`, or the model of `options.form()` (the
 * `<el-form>` ref), else the source being validated. With `form`, the labels of its
 * `<el-form-item label>` are the messages' words, the fields whose checks read a field just
 * changed are validated again (their stale messages clear), and errors of fields without a
 * form item are `placed: false` in the report; `await rules.$validate()` validates the form
 * and is false while any error remains, with or without a control.
 */
export function asyncValidatorRules(pkg, typeId, options = {}) {
  const { model, trigger, onReport, form, ...rest } = options ?? {};
  for (const [k, v] of [['model', model], ['form', form], ['onReport', onReport]]) {
    if (v !== undefined && typeof v !== 'function') throw coded('invalid_options', `asyncValidatorRules: options.${k} must be a function`);
  }
  const formOf = () => form?.() ?? null;
  const items = () => {
    const f = formOf()?.fields;
    return Array.isArray(f) ? f : [];
  };
  const propOf = (item) => (Array.isArray(item.prop) ? item.prop.join('.') : item.prop);
  const c = checker('asyncValidatorRules', pkg, typeId, rest, () => {
    const out = {};
    for (const item of items()) {
      const label = typeof item.label === 'string' ? item.label.trim().replace(/[\s*＊:：]+$/, '') : '';
      if (propOf(item) && label) out[c.nm.pointerOf(propOf(item))] = label;
    }
    return out;
  });
  const modelOf = (source) => (model ? model() : formOf()?.$props?.model ?? source);
  const mounted = () => new Set(items().map(propOf).filter(Boolean));
  const told = new Map();
  const publish = (report) => {
    if (!onReport) return;
    const m = form ? mounted() : null;
    onReport(placedIn(report, (name) => !m || under(m, name)));
  };
  function validator(name) {
    return (r, value, callback, source) => {
      let report;
      try {
        report = c.run(modelOf(source));
      } catch (e) {
        callback([e]);
        return;
      }
      const mine = report.issues.filter((i) => i.severity === 'error' && i.name === name);
      told.set(name, shownBy(report, name));
      const deps = c.settle(report);
      publish(report);
      callback(mine.length ? mine.map((i) => Object.assign(new Error(i.message), { field: name, code: i.code, suggestion: i.suggestion })) : undefined);
      // The fields whose checks read what changed, already validated and now saying something else.
      const f = formOf();
      const m = mounted();
      const again = deps.filter((n) => n !== name && m.has(n) && told.has(n) && told.get(n) !== shownBy(report, n));
      if (again.length && typeof f?.validateField === 'function') Promise.resolve().then(() => f.validateField(again)).catch(() => {});
    };
  }
  const cache = new Map();
  function rule(name) {
    if (cache.has(name)) return cache.get(name);
    const kind = () => c.state(null, name)?.kind ?? '';
    const r = { trigger: trigger ?? (PICKED.test(kind()) ? 'change' : 'blur'), validator: validator(name) };
    // Read by Element Plus for the asterisk (in a computed: a Vue model read here is tracked, so it follows the answers).
    Object.defineProperty(r, 'required', {
      enumerable: true,
      get() {
        try {
          const s = c.state(c.run(modelOf({})), name);
          return !!s?.required; // the core's: never required where not applicable
        } catch {
          return false;
        }
      },
    });
    const list = [r];
    cache.set(name, list);
    return list;
  }
  const known = c.known();
  const leaves = known ? [...known.keys()].filter((p) => !/\/0(\/|$)/.test(p) && ![...known.keys()].some((q) => q.startsWith(`${p}/`))) : [];
  const base = {};
  for (const p of leaves) base[c.nm.nameOf(p)] = rule(c.nm.nameOf(p));
  for (const m of c.nm.maps) if (!m.list) base[m.name] ??= rule(m.name);
  Object.defineProperties(base, {
    $validate: {
      value: async () => {
        const f = formOf();
        const ok = typeof f?.validate === 'function' ? await Promise.resolve(f.validate()).then((x) => x !== false, () => false) : true;
        const report = c.run(modelOf({}));
        publish(report);
        return ok && report.valid;
      },
    },
    $report: { value: () => { const report = c.run(modelOf({})); publish(report); return report; } },
    $state: { value: (name) => c.state(c.run(modelOf({})), name) },
    $names: { value: c.nm.names },
    $nameOf: { value: c.nm.nameOf },
    $pointerOf: { value: c.nm.pointerOf },
  });
  const isName = (k) => typeof k === 'string' && /^[\w.]+$/.test(k) && k !== 'then';
  return new Proxy(base, {
    get: (t, k) => (isName(k) && !(k in t) ? rule(k) : t[k]),
    has: (t, k) => k in t || isName(k),
  });
}

/** Errors nested by path (`errors.applicant.name`, list items as arrays), react-hook-form's shape. */
function nested(issues, criteriaMode) {
  const errors = {};
  for (const i of issues) {
    if (i.severity !== 'error' || !i.name) continue;
    const ks = i.name.split('.');
    let o = errors;
    ks.slice(0, -1).forEach((k, n) => {
      o[k] ??= isIndex(ks[n + 1]) ? [] : {};
      o = o[k];
    });
    const at = ks.at(-1);
    if (!o[at]?.message) o[at] = { type: i.code, message: i.message, ...(i.suggestion !== undefined ? { suggestion: i.suggestion } : {}) };
    if (criteriaMode === 'all') o[at].types = { ...o[at].types, [i.code]: o[at].types?.[i.code] ?? i.message };
  }
  return errors;
}

/**
 * A react-hook-form resolver (`Resolver<TFieldValues>`): `(values, context, options)` →
 * `{ values, errors }`, errors at the model's own names, nested (`errors.applicant.name.message`),
 * list items (field arrays) as arrays. Only errors block; each error carries `type` (the
 * issue's code) and, with criteriaMode "all", `types` ({code: message}). With
 * `form: () => form` (what useForm returned), after checking one field the fields whose
 * checks read it are validated again (`form.trigger`): their stale messages clear.
 */
export function jinchengResolver(pkg, typeId, options = {}) {
  const { onReport, form, ...rest } = options ?? {};
  for (const [k, v] of [['form', form], ['onReport', onReport]]) {
    if (v !== undefined && typeof v !== 'function') throw coded('invalid_options', `jinchengResolver: options.${k} must be a function`);
  }
  const c = checker('jinchengResolver', pkg, typeId, rest);
  const registered = new Set();
  const told = new Map();
  let full = false; // a check of the whole form (a submit) has told which fields the page has
  let ours = null; // the names of the dependents' trigger under way
  const resolver = async (values, context, ro = {}) => {
    const report = c.run(values);
    const names = ro?.names ?? [];
    names.forEach((n) => registered.add(n));
    if (names.length > 1 && names.join('\n') !== ours) full = true;
    const deps = c.settle(report);
    for (const n of names.length ? names : registered) told.set(n, shownBy(report, n));
    onReport?.(placedIn(report, (name) => !full || under(registered, name)));
    // The fields whose checks read what changed, already validated and now saying something else.
    const again = deps.filter((n) => !names.includes(n) && registered.has(n) && told.has(n) && told.get(n) !== shownBy(report, n));
    const f = form?.();
    if (again.length && typeof f?.trigger === 'function') {
      Promise.resolve().then(() => {
        ours = again.join('\n');
        return f.trigger(again);
      }).catch(() => {}).finally(() => { ours = null; });
    }
    const errors = nested(report.issues, ro?.criteriaMode);
    const ok = !Object.keys(errors).length;
    return { values: ok ? values : {}, errors };
  };
  // The mapping, to place warnings, hints and deadlines by the model's names.
  return Object.assign(resolver, { names: c.nm.names, nameOf: c.nm.nameOf, pointerOf: c.nm.pointerOf });
}

/**
 * A Standard Schema (v1) of an application type, with the mapping: `schema['~standard'].validate(model)`
 * gives `{ value: model }` when nothing blocks, else `{ issues: [{ message, path }] }`, each
 * path the model's own (`['renyuan', 0, 'xm']`). Warnings and notes (which do not block) and
 * deadlines come to `options.onReport`.
 */
export function standardSchema(pkg, typeId, options = {}) {
  const { onReport, ...rest } = options ?? {};
  if (onReport !== undefined && typeof onReport !== 'function') throw coded('invalid_options', 'standardSchema: options.onReport must be a function');
  const c = checker('standardSchema', pkg, typeId, rest);
  return {
    '~standard': {
      version: 1,
      vendor: 'jincheng-rules',
      validate(value) {
        const report = c.run(value);
        onReport?.(placedIn(report, () => true));
        const errors = report.issues.filter((i) => i.severity === 'error');
        if (!errors.length) return { value };
        return { issues: errors.map((i) => ({ message: i.message, path: i.name.split('.').map((s) => (isIndex(s) ? Number(s) : s)) })) };
      },
    },
    names: c.nm.names,
    nameOf: c.nm.nameOf,
    pointerOf: c.nm.pointerOf,
  };
}
