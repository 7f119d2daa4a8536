// The Node entry (pkg/node/index.cjs): CommonJS, ready on require (the wasm is compiled and
// instantiated by wasm-bindgen's module on load). build-package.mjs bundles it with the facade;
// `./jincheng.js` (wasm-bindgen's module) stays beside it. The same functions as the browser
// entry, plus those of the Node build's own features (Cargo feature `notice`:
// parseHolidayNotice), each the facade's where it has a fast path (tests/types.test.mjs
// checks the list against the module).
'use strict';
const m = require('./jincheng.js');
const F = require('../../facade.js');
const N = require('../../facade-node.js');
const { isSupported } = require('../../support.js');

/** Nothing to initialise in Node: present so browser-style code runs unchanged. */
async function init() {}
function initSync() {}

module.exports = {
  addMonths: m.addMonths,
  addWorkdays: F.addWorkdays,
  applicationTypes: m.applicationTypes,
  calendarCoverage: m.calendarCoverage,
  checkCreditCode: m.checkCreditCode,
  checkMobile: m.checkMobile,
  checkResidentId: m.checkResidentId,
  dayInfo: m.dayInfo,
  deadlines: m.deadlines,
  explainAddWorkdays: m.explainAddWorkdays,
  formState: m.formState,
  isValid: m.isValid,
  isWorkday: F.isWorkday,
  loadCalendarYear: m.loadCalendarYear,
  loadDocumentStatus: m.loadDocumentStatus,
  parseHolidayNotice: m.parseHolidayNotice,
  provisionalYears: m.provisionalYears,
  rules: m.rules,
  schema: m.schema,
  validate: F.validate,
  validateMany: N.validateMany,
  wasmMemoryBytes: m.wasmMemoryBytes,
  workdaysBetween: F.workdaysBetween,
  isSupported,
  init,
  initSync,
};
