// node16/nodenext, ES module: the README's own lines.
import init, { validate, isSupported, initSync } from 'jincheng-rules';
import * as api from 'jincheng-rules';
import { assertValid, assertIssues, matchers, type IssueMatch } from 'jincheng-rules/testing';
import { exercise } from './typed.js';

await init();
initSync();
const ok: boolean = isSupported();
validate('mlps-filing', JSON.parse('{}'));
exercise(api, null, {});
assertValid('scitech-acceptance-extension', {});
const m: IssueMatch = { code: 'required', path: '/projectNumber', severity: 'error' };
assertIssues('scitech-acceptance-extension', {}, [m]);
assertIssues('scitech-acceptance-extension', {}, ['required', { code: 'range', path: '/previousExtensions' }], { asOf: '2026-02-27', info: true });
// @ts-expect-error: not an issue code
assertIssues('scitech-acceptance-extension', {}, ['no_such_code']);
matchers.toHaveIssue(validate('mlps-filing', {}), 'required', '/unit/name');
matchers.toHaveIssue(validate('mlps-filing', {}), { code: 'required' });
// @ts-expect-error: not an issue code
const bad: IssueMatch = { code: 'no_such_code' };
void [ok, bad];
