// jincheng-rules/adapters: the checks of an application type as async-validator rules (the
// engine of Element Plus and Ant Design Vue forms) and as a react-hook-form resolver.
//
// Each adapter takes the package (its module, `import * as jincheng from 'jincheng-rules'`,
// or just its `validate`) as its first argument instead of importing it: the calendar and the loaded holiday schedules live in one wasm instance, which the
// portal already has (initialised, in Node or the browser, bundled or not); an import here
// could resolve to a second instance, or not resolve at all without a bundler.
// Every check validates the whole model (cross-field rules see every field); each issue
// goes to its field. No dependency: neither library is imported.

const tokens = (p) => p.split('/').slice(1);
const dotted = (p) => tokens(p).join('.');
const getPath = (o, name) => name.split('.').reduce((v, k) => (v == null ? undefined : v[k]), o);
function setPath(o, name, value) {
  const ks = name.split('.');
  ks.slice(0, -1).forEach((k, i) => {
    o[k] ??= /^\d+$/.test(ks[i + 1]) ? [] : {};
    o = o[k];
  });
  o[ks.at(-1)] = value;
}
function deletePath(o, name) {
  const ks = name.split('.');
  const parent = getPath(o, ks.slice(0, -1).join('.')) ?? (ks.length === 1 ? o : undefined);
  if (parent && typeof parent === 'object') delete parent[ks.at(-1)];
}

const UNMAPPED = {
  'zh-CN': (raw) => `选项“${raw}”无法识别，请重新选择。`,
  en: (raw) => `The choice “${raw}” is not recognised; choose again.`,
};

/**
 * The shared core: model → submission (through `fields`), validate, and each issue's
 * field name in the model. Keeps the last report for an unchanged model.
 */
function checker(pkg, typeId, options = {}) {
  const validate = typeof pkg === 'function' ? pkg : pkg?.validate;
  if (typeof validate !== 'function') throw new TypeError('expected the jincheng-rules module (or its validate function) as the first argument');
  const { fields = {}, ...rest } = options;
  const maps = Object.entries(fields).map(([pointer, spec]) => {
    const s = typeof spec === 'string' ? { name: spec } : { ...spec };
    if (s.values) {
      const codes = s.values;
      s.toValue ??= (raw) => codes[raw];
    }
    return { pointer, ...s };
  });
  let lastKey = null;
  let last = null;
  const nameOf = (pointer) => {
    for (const m of maps) {
      if (pointer === m.pointer || pointer.startsWith(`${m.pointer}/`)) return m.name + pointer.slice(m.pointer.length).replace(/\//g, '.');
    }
    return dotted(pointer);
  };
  function run(model) {
    const vOptions = { ...rest, asOf: typeof rest.asOf === 'function' ? rest.asOf() : rest.asOf };
    if (vOptions.asOf === undefined) delete vOptions.asOf;
    const key = JSON.stringify([model, vOptions]);
    if (key === lastKey) return last;
    const submission = JSON.parse(JSON.stringify(model ?? {}));
    const own = [];
    for (const m of maps) {
      const raw = getPath(model, m.name);
      deletePath(submission, m.name);
      if (raw === undefined || raw === null || raw === '') continue;
      let value = raw;
      if (m.toValue) {
        try {
          value = Array.isArray(raw) ? raw.map((r) => m.toValue(r)) : m.toValue(raw);
        } catch {
          value = undefined;
        }
      }
      if (value === undefined || (Array.isArray(value) && value.includes(undefined))) {
        const msg = UNMAPPED[vOptions.locale] ?? UNMAPPED['zh-CN'];
        own.push({ path: m.pointer, code: 'form.unmapped_value', severity: 'error', message: msg(String(raw)), citation: null });
        continue;
      }
      const ts = tokens(m.pointer);
      let o = submission;
      for (const t of ts.slice(0, -1)) o = o[t] ??= {};
      o[ts.at(-1)] = value;
    }
    const report = validate(typeId, submission, vOptions);
    // Keys the package does not know are the portal's own: never reported.
    const issues = [...own, ...report.issues.filter((i) => i.code !== 'unknown_field' && !own.some((o) => o.path === i.path))];
    last = { ...report, valid: !issues.some((i) => i.severity === 'error'), issues };
    lastKey = key;
    return last;
  }
  // The schema routes an issue at a group to its first field; without it (a bare validate), the group's own name.
  const root = typeof pkg?.schema === 'function' ? pkg.schema(typeId, options.locale) : null;
  const field = (path) => nameOf(root ? owner(root, path) : path);
  return { run, field, nameOf, root };
}

/**
 * The field an issue belongs to, as a JSON Pointer: a list item of a plain list (an
 * enum set's item) belongs to the list; an issue at a group (a missing `applicant`)
 * to the group's first field, or to the list itself for a list of groups.
 */
function owner(root, path) {
  let node = root;
  let parent = null;
  for (const t of tokens(path)) {
    parent = node;
    node = node?.type === 'array' ? node.items : node?.properties?.[t];
  }
  if (parent?.type === 'array' && node?.type !== 'object') return path.slice(0, path.lastIndexOf('/'));
  let p = path;
  while (node?.type === 'object') {
    const first = Object.keys(node.properties ?? {})[0];
    if (first === undefined) break;
    p = `${p}/${first}`;
    node = node.properties[first];
  }
  return p;
}

/** The leaf fields of a schema as JSON Pointers (lists of groups as `…/*`/…). */
function leaves(node, p = '', out = []) {
  if (node?.type === 'object') for (const [k, v] of Object.entries(node.properties ?? {})) leaves(v, `${p}/${k}`, out);
  else if (node?.type === 'array' && node.items?.type === 'object') leaves(node.items, `${p}/*`, out);
  else out.push(p);
  return out;
}

/**
 * async-validator rules for an application type: `{ "applicant.name": [{ validator }], … }`.
 * Any dotted field path is answered (list items such as "supervisors.0.name" too), so the
 * object works as the `rules` of an Element Plus or Ant Design Vue form. Each validator
 * validates the whole model: `options.model()` when given (Element Plus and Ant Design Vue
 * hand a validator only its own field), else the source being validated.
 * Warnings and notes are not errors here; read them from `options.onReport`.
 * @param {object|Function} pkg the jincheng-rules module (validate and schema), or its validate
 * @param {string} typeId
 * @param {object} [options] locale, asOf (a date or a function), labels, serviceHours, fields, model, trigger, onReport
 */
export function asyncValidatorRules(pkg, typeId, options = {}) {
  const { model, trigger, onReport, ...rest } = options;
  const { run, field: fieldOf, nameOf, root } = checker(pkg, typeId, rest);
  const rule = (field) => [{
    ...(trigger ? { trigger } : {}),
    validator(r, value, callback, source) {
      const report = run(model ? model() : source);
      onReport?.(report);
      const mine = report.issues.filter((i) => i.severity === 'error' && fieldOf(i.path) === field);
      const errors = mine.map((i) => Object.assign(new Error(i.message), { field, code: i.code, suggestion: i.suggestion }));
      callback(errors.length ? errors : undefined);
      return undefined;
    },
  }];
  const known = root ? leaves(root).filter((p) => !p.includes('*')).map(nameOf) : [];
  const base = Object.fromEntries(known.map((k) => [k, rule(k)]));
  return new Proxy(base, {
    get: (t, k) => (typeof k === 'string' && !(k in t) && /^[\w.]+$/.test(k) && k !== 'then' ? rule(k) : t[k]),
    has: (t, k) => k in t || (typeof k === 'string' && /^[\w.]+$/.test(k)),
  });
}

/**
 * A react-hook-form resolver (the shape of @hookform/resolvers): `(values, context, options)`
 * → `{ values, errors }`, errors nested by path (`errors.applicant.name.message`), list
 * items as arrays. Only errors block; each error carries `type` (the issue's code) and,
 * with criteriaMode "all", `types` ({code: message}).
 * @param {object|Function} pkg the jincheng-rules module (validate and schema), or its validate
 * @param {string} typeId
 * @param {object} [options] locale, asOf (a date or a function), labels, serviceHours, fields, onReport
 */
export function jinchengResolver(pkg, typeId, options = {}) {
  const { onReport, ...rest } = options;
  const { run, field } = checker(pkg, typeId, rest);
  return async (values, context, resolverOptions = {}) => {
    const report = run(values);
    onReport?.(report);
    const errors = {};
    for (const i of report.issues) {
      if (i.severity !== 'error') continue;
      const name = field(i.path);
      if (!name) continue;
      const ks = name.split('.');
      let o = errors;
      ks.slice(0, -1).forEach((k, n) => {
        o[k] ??= /^\d+$/.test(ks[n + 1]) ? [] : {};
        o = o[k];
      });
      const at = ks.at(-1);
      if (!o[at]?.message) o[at] = { type: i.code, message: i.message, ...(i.suggestion !== undefined ? { suggestion: i.suggestion } : {}) };
      if (resolverOptions.criteriaMode === 'all') o[at].types = { ...o[at].types, [i.code]: o[at].types?.[i.code] ?? i.message };
    }
    const ok = !Object.keys(errors).length;
    return { values: ok ? values : {}, errors };
  };
}
