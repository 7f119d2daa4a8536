// The declarations of jincheng-rules/form and jincheng-rules/adapters, used strictly.
import * as jincheng from '../../pkg/web/index.js';
import { bindForm, type FormController } from '../../pkg/form/index.js';
import { asyncValidatorRules, jinchengResolver } from '../../pkg/adapters/index.js';

const form = document.querySelector('form') as HTMLFormElement;
const c: FormController = bindForm(form, 'enforcement-supervision-review', {
  fields: { '/applicant/kind': { name: 'dw_lb', values: { 1: 'enforcement_agency' } }, '/applicant/creditCode': 'xydm' },
  asOf: () => new Date(),
  deadlines: (list) => list.map((d) => d.due),
  onReport: (r, { kind }) => (kind === 'submit' ? r.valid : null),
});
void c.ready.then((x) => {
  const r = x.check();
  const s: string | undefined = r.issues[0]?.suggestion;
  x.destroy();
  return s;
});
const rules = asyncValidatorRules(jincheng, 'enforcement-supervision-review', { model: () => ({}), trigger: 'blur' });
const rule = rules['applicant.name'][0];
rule.validator({}, '', () => undefined, {});
const resolver = jinchengResolver(jincheng.validate, 'enforcement-supervision-review', { asOf: () => '2026-10-09', labels: { '/applicant/name': '单位名称' } });
void resolver({}, undefined, { criteriaMode: 'all' }).then((r) => r.errors);
// @ts-expect-error: a locale the package does not have
bindForm(form, 'x', { locale: 'fr' });
// Issue 20: code tables of booleans and numbers, asOf giving string | undefined, the resolver
// as react-hook-form's own Resolver<T> (no cast), a Standard Schema.
import type { Resolver } from 'react-hook-form';
import { standardSchema, type AdapterReport } from '../../pkg/adapters/index.js';
interface Values { zgbm: string; dj: number; email: string }
const serverDate = (): string | undefined => document.body.dataset.serverDate;
const typed: Resolver<Values> = jinchengResolver<Values>(jincheng, 'mlps-filing', {
  asOf: serverDate, locale: () => 'zh-CN',
  fields: { '/hasIndustryAuthority': { name: 'zgbm', values: { Y: true, N: false } }, '/network/level': { name: 'dj', values: { 1: '1', 2: '2' } } },
  onReport: (r: AdapterReport) => r.issues.filter((i) => !i.placed).map((i) => i.name),
});
void typed;
const std = standardSchema<Values>(jincheng, 'mlps-filing');
void Promise.resolve(std['~standard'].validate({})).then((r) => (r.issues ? r.issues.map((i) => i.message) : r.value.email));
bindForm(form, 'mlps-filing', { asOf: serverDate, fields: { '/hasIndustryAuthority': { name: 'zgbm', values: { Y: true, N: false } } } });
// The official Standard Schema type takes ours as it is.
import type { StandardSchemaV1 } from '@standard-schema/spec';
const official: StandardSchemaV1<Values, Values> = std;
void official;
const applies: boolean | undefined = asyncValidatorRules(jincheng, 'mlps-filing').$state('zgbm')?.applicable;
void applies;
