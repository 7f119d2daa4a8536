// TypeScript, nodenext (compiled, then run by Node): the README's lines.
import init, { addWorkdays, validate, type ValidationReport } from 'jincheng-rules';
import { assertValid } from 'jincheng-rules/testing';
await init();
const report: ValidationReport = validate('scitech-acceptance-extension', { projectNumber: '20240101' }, { asOf: '2026-02-27' });
assertValid('scitech-acceptance-extension', JSON.parse(process.argv[2])[2], { asOf: '2026-02-27' });
process.stdout.write(JSON.stringify({ due: addWorkdays('2026-09-28', 5), issues: report.issues.length > 0 }));
declare const process: { argv: string[]; stdout: { write(s: string): void } };
