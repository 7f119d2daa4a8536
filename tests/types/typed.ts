// Shared by the resolution-specific usage files (tests/types.test.mjs copies it beside
// each): the calls of the README, validate on any input and the isValid guard, written against `api`, the
// package's module as each resolution sees it.
import type * as Api from 'jincheng-rules';

export function exercise(api: typeof Api, form: unknown, parsed: any): string[] {
  const out: string[] = [];
  // Options and locale are optional everywhere, as documented.
  out.push(api.applicationTypes()[0].id, api.applicationTypes('en')[0].title);
  api.schema('mlps-filing');
  api.rules();
  api.rules('mlps-filing');
  api.checkResidentId('11010519491231002X');
  api.checkMobile('13800138000', { locale: 'en' });
  api.checkCreditCode('91350100M000100Y43');
  // Raw input (unknown or any) is taken as it is.
  api.validate('scitech-acceptance-extension', form);
  api.validate('scitech-acceptance-extension', parsed, { asOf: '2026-02-27' });
  api.deadlines('scitech-acceptance-extension', form);
  // Any input: validation is for data not yet known to be valid (issue 20, item 4).
  const report = api.validate('scitech-acceptance-extension', { projectNumber: '20240101' }, { locale: 'en' });
  api.validate('scitech-acceptance-extension', { projectNumbr: '20240101' });
  api.validate('scitech-acceptance-extension', { projectNumber: 20240101 });
  api.validate('scitech-acceptance-extension', 42);
  // An ordinary object literal (not `as const`): its strings widen to string, and it is taken.
  const submission = { network: { name: '政务云平台', level: '3', levelDeterminedDate: '2026-09-21' }, hasIndustryAuthority: false };
  api.validate('mlps-filing', submission);
  api.deadlines('mlps-filing', submission);
  api.isValid('mlps-filing', submission, { asOf: '2026-09-30' });
  api.formState('mlps-filing', submission, { locale: 'en', labels: { '/network/name': '系统名称' } }).fields[0].applicable;
  // isValid narrows: once valid, the input is the type's submission.
  if (api.isValid('scitech-acceptance-extension', form)) {
    const projectNumber: string = form.projectNumber;
    out.push(projectNumber);
  }
  const sub: Api.SubmissionOf<'scitech-acceptance-extension'> | undefined = undefined;
  if (sub) api.validate('scitech-acceptance-extension', sub);
  // @ts-expect-error: without the guard, unknown stays unknown
  form.projectNumber;
  // @ts-expect-error: no such application type
  api.validate('scitech-acceptance', form);
  // @ts-expect-error: nor for the guard
  api.isValid('scitech-acceptance', form);
  // What each check read, and the form model's fields.
  const reads: string[] = report.issues[0].reads.concat(report.deadlines[0].reads);
  const state: Api.FieldState = api.formState('mlps-filing', form).fields[0];
  const kind: Api.FieldKind = state.kind;
  // @ts-expect-error: not a field kind
  const badKind: Api.FieldKind = 'string';
  out.push(...reads, kind, badKind, String(state.required));
  // Codes made on the JavaScript side are issue codes too.
  const bindingCodes: Api.IssueCode[] = ['form.unmapped_value', 'unknown_type', 'required'];
  out.push(...bindingCodes);
  // Issue codes are a union generated from the rules.
  const code: Api.IssueCode = report.issues[0].code;
  // @ts-expect-error: not an issue code
  const wrong: Api.IssueCode = 'resident_id.no_such_check';
  out.push(code, wrong, String(api.isSupported()));
  // @ts-expect-error: internals are not on the public surface
  api.__validateText;
  // @ts-expect-error: nor the wasm-bindgen memory
  api.__wbindgen_malloc;
  return out;
}
