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
};

