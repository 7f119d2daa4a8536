// Compiled with `tsc --noEmit --strict` by tests/types.test.mjs: validateMany (both builds)
// and parseHolidayNotice (the Node build) have real shapes.
import { validateMany, type ManyValidationReport } from '../../pkg/web/index.js';
import { parseHolidayNotice, loadCalendarYear, type ParsedHolidayNotice } from '../../pkg/node/index.mjs';

const reports: ManyValidationReport[] = validateMany('scitech-acceptance-extension', '{}\n{}', { asOf: '2026-02-27', firstLine: 10 });
const line: number | undefined = reports[0].line;
const valid: boolean = reports[0].valid;
validateMany('scitech-acceptance-extension', new Uint8Array(0), {});
validateMany('scitech-acceptance-extension', [{}, null], {});
// @ts-expect-error: a number is not JSON Lines
validateMany('scitech-acceptance-extension', 42, {});
// @ts-expect-error: firstLine is a number
validateMany('scitech-acceptance-extension', '', { firstLine: '2' });
// output: 'jsonl' gives the reports as JSON Lines text; 'array' (the default) as objects.
const text: string = validateMany('scitech-acceptance-extension', new Uint8Array(0), { output: 'jsonl', firstLine: 3 });
const objects: ManyValidationReport[] = validateMany('scitech-acceptance-extension', '{}', { output: 'array' });
// @ts-expect-error: the text is no array of reports
const wrong: ManyValidationReport[] = validateMany('scitech-acceptance-extension', '{}', { output: 'jsonl' });
// @ts-expect-error: no such output
validateMany('scitech-acceptance-extension', '{}', { output: 'csv' });

const parsed: ParsedHolidayNotice = parseHolidayNotice('一、元旦：1月1日放假，共1天。', { year: 2027 });
const before: string[] | undefined = parsed.previousYear?.makeupWorkdays;
loadCalendarYear(parsed);
// @ts-expect-error: the year is required
parseHolidayNotice('text', {});
console.log(line, valid, before, text, objects, wrong);
