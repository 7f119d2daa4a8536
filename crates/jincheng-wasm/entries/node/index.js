// The Node entry (pkg/node/index.cjs): ready on require (wasm-bindgen's module compiles and
// instantiates the wasm on load). build-package.mjs bundles it with the facade into one
// CommonJS file, `module` being that file's; `./jincheng.js` (wasm-bindgen's module) stays
// beside it. The same functions as the browser entry, plus those of the Node build's own
// features (Cargo feature `notice`: parseHolidayNotice), each the facade's where it has a
// fast path (tests/types.test.mjs checks the list against the module). Named imports, one
// scope: the bundle needs no interop code (~0.6 ms less to load than with it, cold).
import {
  addMonths, applicationTypes, calendarCoverage, checkCreditCode, checkMobile, checkResidentId, dayInfo, deadlines,
  explainAddWorkdays, formState, isValid, loadCalendarYear, loadDocumentStatus, parseHolidayNotice, provisionalYears,
  rules, schema,
} from './jincheng.js';
import { addWorkdays, isWorkday, validate, workdaysBetween } from '../../facade.js';
import { validateMany } from '../../facade-node.js';
import { isSupported } from '../../support.js';

/** Nothing to initialise in Node: present so browser-style code runs unchanged. */
async function init() {}
function initSync() {}

module.exports = {
  addMonths,
  addWorkdays,
  applicationTypes,
  calendarCoverage,
  checkCreditCode,
  checkMobile,
  checkResidentId,
  dayInfo,
  deadlines,
  explainAddWorkdays,
  formState,
  isValid,
  isWorkday,
  loadCalendarYear,
  loadDocumentStatus,
  parseHolidayNotice,
  provisionalYears,
  rules,
  schema,
  validate,
  validateMany,
  workdaysBetween,
  isSupported,
  init,
  initSync,
};
