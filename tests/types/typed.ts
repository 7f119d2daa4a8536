// Shared by the resolution-specific usage files (tests/types.test.mjs copies it beside
// each): the calls of the README and the typed validate, written against `api`, the
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
  // A typed draft: every field optional, each field's type checked.
  const report = api.validate('scitech-acceptance-extension', { projectNumber: '20240101' }, { locale: 'en' });
  const sub: Api.SubmissionOf<'scitech-acceptance-extension'> | undefined = undefined;
  if (sub) api.validate('scitech-acceptance-extension', sub);
  // @ts-expect-error: a field the type does not have
  api.validate('scitech-acceptance-extension', { projectNumbr: '20240101' });
  // @ts-expect-error: a field of the wrong type
  api.validate('scitech-acceptance-extension', { projectNumber: 20240101 });
  // @ts-expect-error: a value of a known type that is no submission
  api.validate('scitech-acceptance-extension', 42);
  // @ts-expect-error: no such application type
  api.validate('scitech-acceptance', form);
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
