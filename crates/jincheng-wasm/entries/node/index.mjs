// The Node entry for `import` (pkg/node/index.mjs): the CommonJS entry's functions (one wasm
// instance for `require` and `import`), and init as the default export. Copied as it is.
import { createRequire } from 'node:module';
const m = createRequire(import.meta.url)('./index.cjs');
export const {
  addMonths, addWorkdays, applicationTypes, calendarCoverage, checkCreditCode, checkMobile,
  checkResidentId, dayInfo, deadlines, explainAddWorkdays, formState, isValid, isWorkday,
  loadCalendarYear, loadDocumentStatus, parseHolidayNotice, provisionalYears, rules, schema,
  validate, validateMany, workdaysBetween, isSupported, init, initSync
} = m;
export default init;
