// The bad-input corpus: submission values that are not a form, or are one in a hostile
// way. Shared by tests/bad-input.test.mjs (validate, deadlines) and
// tests/validate-many.test.mjs (validateMany gives the same reports).
export function deep(n) {
  const root = {};
  let cur = root;
  for (let i = 0; i < n; i++) cur = cur.a = {};
  return root;
}
export function deepArray(n) {
  let v = 0;
  for (let i = 0; i < n; i++) v = [v];
  return v;
}
export const cyclic = { a: 1 };
cyclic.self = cyclic;
const throwing = { get applicant() { throw new Error('getter'); } };

export const VALUES = {
  null: null,
  undefined: undefined,
  number: 42,
  NaN: NaN,
  Infinity: Infinity,
  string: 'text',
  'empty object': {},
  array: [1, 2, 3],
  'boolean': true,
  '1 MB string field': { reasons: 'x'.repeat(1 << 20), caseNumber: '字'.repeat(1 << 20) },
  '10,000-deep object': deep(10_000),
  '10,000-deep array': deepArray(10_000),
  '200-deep object': deep(200),
  cycle: cyclic,
  'throwing getter': throwing,
  bigint: { n: 10n },
  'prototype keys': JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  'NaN and Infinity in fields': { previousExtensions: NaN, budget: Infinity, completionDate: -Infinity },
  'lone surrogates': { reasons: 'a\uD800b', projectName: '\uDFFF', name: '\uD83D' },
  'function': () => 1,
  'symbol-valued field': { reasons: Symbol('s') },
  'Date object': new Date(0),
  'Map': new Map([['a', 1]]),
  // Issue 22 item 2: more issues than a report lists (per list 200, per report 1000).
  '20,000 bad list items': { steps: Array(20_000).fill(1), reasons: Array(20_000).fill(1) },
  '5,000 unknown members': Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`x${i}`, i])),
  // Issue 22 item 6: text that is only invisible characters, or hides a bidi override.
  'invisible-only text': { applicant: { name: '\u200B', contact: { name: '\uFEFF', mobile: '\u202E' } }, name: '\u0000', reasons: '\u2060\u200D' },
};


// Hostile ARGUMENTS (issue 22, item 1): values that reach an argument an error message
// describes, an option, or an item of one. A JS exception thrown through the wasm module
// (wasm-bindgen's recursive description of a cyclic or 5,000-deep array, a Proxy's trap,
// a throwing getter) used to leave it damaged for the rest of the process. Plain data and
// no Node API: tests/bad-input.test.mjs runs it in Node, tests/browser-hostile.test.mjs in
// Chromium against the web build.
export function hostileArguments() {
  const cyclicArray = [];
  cyclicArray.push(cyclicArray);
  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  const boom = () => { throw new RangeError('trap'); };
  const trap = new Proxy({}, { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom });
  const arrayTrap = new Proxy([], { get: boom, ownKeys: boom, getPrototypeOf: boom });
  const throwingItem = ['/a', '/b'];
  Object.defineProperty(throwingItem, 1, { get: boom, enumerable: true });
  const detached = new Uint8Array(8);
  structuredClone(detached.buffer, { transfer: [detached.buffer] });
  return {
    'cyclic array': cyclicArray,
    '5,000-deep array': deepArray(5000),
    'cyclic object': cyclic,
    'revoked proxy': revoked.proxy,
    'throwing proxy': trap,
    'throwing array proxy': arrayTrap,
    'array with a throwing getter': throwingItem,
    'object with a throwing getter': throwing,
    'detached bytes': detached,
    bigint: 10n,
    symbol: Symbol('s'),
    function: () => 1,
    NaN: NaN,
    '2**53': 2 ** 53,
    '4294967295': 4294967295,
  };
}

/** Every place an argument can be hostile: `[name, call(h)]` for a library `J`. */
export function hostileCalls(J) {
  const T = 'business-startup';
  const opt = (o) => [
    ['options', o],
    ['locale', { locale: o }],
    ['asOf', { asOf: o }],
    ['fields', { fields: o }],
    ['fields item', { fields: ['/steps', o] }],
    ['labels', { labels: o }],
    ['labels value', { labels: { '/steps': o } }],
    ['serviceHours', { serviceHours: o }],
    ['serviceHours item', { serviceHours: [o] }],
    ['serviceHours pair', { serviceHours: [[o, o]] }],
    ['firstLine', { firstLine: o }],
    ['output', { output: o }],
  ];
  const calls = [
    ['isWorkday', (h) => J.isWorkday(h)],
    ['dayInfo', (h) => J.dayInfo(h)],
    ['addWorkdays date', (h) => J.addWorkdays(h, 1)],
    ['addWorkdays n', (h) => J.addWorkdays('2026-09-28', h)],
    ['explainAddWorkdays n', (h) => J.explainAddWorkdays('2026-09-28', h)],
    ['workdaysBetween', (h) => J.workdaysBetween('2026-09-28', h)],
    ['provisionalYears', (h) => J.provisionalYears(h, '2026-09-28')],
    ['addMonths n', (h) => J.addMonths('2026-01-31', h)],
    ['loadCalendarYear', (h) => J.loadCalendarYear(h)],
    ['loadCalendarYear year', (h) => J.loadCalendarYear({ year: h, source: 'x', holidays: [], makeupWorkdays: [] })],
    ['loadCalendarYear holidays', (h) => J.loadCalendarYear({ year: 2099, source: 'x', holidays: [h], makeupWorkdays: [] })],
    ['applicationTypes', (h) => J.applicationTypes(h)],
    ['schema', (h) => J.schema(h)],
    ['rules', (h) => J.rules(T, h)],
    ['validate type', (h) => J.validate(h, {})],
    ['validate submission', (h) => J.validate(T, h)],
    ['deadlines submission', (h) => J.deadlines(T, h)],
    ['validateMany input', (h) => J.validateMany(T, h)],
    ['validateMany item', (h) => J.validateMany(T, [h, {}])],
    ['checkResidentId', (h) => J.checkResidentId(h, h)],
    ['checkCreditCode', (h) => J.checkCreditCode('91350100M000100Y43', h)],
    ['checkMobile', (h) => J.checkMobile(h, { locale: h, asOf: h })],
  ];
  for (const [where, fn] of [['validate', J.validate], ['deadlines', J.deadlines], ['validateMany', J.validateMany]]) {
    for (const [name] of opt(0)) {
      calls.push([`${where} ${name}`, (h) => fn(T, where === 'validateMany' ? '{}\n' : {}, opt(h).find(([n]) => n === name)[1])]);
    }
  }
  if (J.parseHolidayNotice) {
    calls.push(['parseHolidayNotice text', (h) => J.parseHolidayNotice(h, { year: 2027 })]);
    calls.push(['parseHolidayNotice year', (h) => J.parseHolidayNotice('一、元旦：1月1日放假，共1天。', { year: h })]);
  }
  return calls;
}

const CODES = new Set(['invalid_date', 'out_of_range', 'invalid_argument', 'invalid_calendar', 'unknown_type', 'invalid_options']);

/** A normal call's answers, right or not: the module still works. */
export function stillAnswers(J) {
  const problems = [];
  const expect = (what, got, want) => { if (got !== want) problems.push(`${what}: ${got} ≠ ${want}`); };
  try {
    expect('addWorkdays', J.addWorkdays('2026-09-28', 5), '2026-10-10');
    expect('dayInfo', J.dayInfo('2026-10-01').holiday, '国庆节');
    expect('validate', J.validate('scitech-project-change', {}, { asOf: '2026-05-01', fields: ['/reason'] }).issues[0]?.code, 'required');
    expect('checkMobile', J.checkMobile('13903560001').valid, true);
  } catch (e) {
    problems.push(`threw ${e?.name}: ${e?.message}`);
  }
  return problems;
}

/**
 * Every hostile call, each followed by a normal call; then the issue's reproduction (3,000
 * hostile calls, then addWorkdays). The problems found: a throw without a coded error, or
 * a normal call that no longer answers.
 */
export function runHostile(J) {
  const problems = [];
  let calls = 0;
  for (const [hname, h] of Object.entries(hostileArguments())) {
    for (const [cname, call] of hostileCalls(J)) {
      calls++;
      try {
        call(h);
      } catch (e) {
        if (!CODES.has(e?.code)) problems.push(`${cname}(${hname}): ${e?.name} without a code: ${e?.message}`);
        else if (typeof e.message !== 'string' || e.message.length > 400) problems.push(`${cname}(${hname}): message of ${e.message?.length} characters`);
      }
      for (const p of stillAnswers(J)) problems.push(`after ${cname}(${hname}): ${p}`);
      if (problems.length > 20) return { calls, problems };
    }
  }
  const a = [];
  a.push(a);
  for (let i = 0; i < 3000; i++) {
    try { J.dayInfo(a); } catch {}
  }
  let n = 0;
  for (let i = 0; i < 5000; i++) n = [n];
  for (let i = 0; i < 3000; i++) {
    try { J.addWorkdays('2026-09-28', n); } catch {}
  }
  calls += 6000;
  for (const p of stillAnswers(J)) problems.push(`after 6,000 calls with a cyclic and a deep array: ${p}`);
  return { calls, problems };
}
