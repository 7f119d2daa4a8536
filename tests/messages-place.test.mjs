// Messages with their grammar (issue 24, point 5): no double 是否, the question where it
// belongs, a landline named as such in a mobile field with no suggestion that still fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { caseFiles } from './cases.mjs';

const J = createRequire(import.meta.url)('../pkg');
const byType = Object.fromEntries(caseFiles.map((f) => [f.type, f]));
const without = (type, group, key) => {
  const data = structuredClone(byType[type].base);
  if (group) delete data[group][key];
  else delete data[key];
  return data;
};
const message = (type, data, path) => J.validate(type, data, { asOf: byType[type].baseAsOf }).issues.find((i) => i.path === path)?.message;

test('a yes/no question is asked once: 请选择补齐的容缺材料是否对…, 请选择主管部门是否已核准', () => {
  assert.equal(message('simulated-approval-conversion', without('simulated-approval-conversion', null, 'resultChanged'), '/resultChanged'),
    '请选择补齐的容缺材料是否对《模拟批复》结果产生变动或造成实质性影响。');
  assert.equal(message('mlps-filing', without('mlps-filing', 'authorityApproval', 'approved'), '/authorityApproval/approved'), '请选择主管部门是否已核准。');
  // A label starting 是否 keeps one 是否; a plain one gets it.
  assert.equal(message('free-seal-carving', without('free-seal-carving', null, 'firstCarving'), '/firstCarving'), '请选择是否首次刻制印章。');
});

test('a landline in a mobile field: 请填写手机号码，不能填座机号码。, alone, no suggestion', () => {
  for (const v of ['0356-4221234', '03564221234', '0356 4221234']) {
    const c = J.checkMobile(v);
    assert.deepEqual(c.issues.map((i) => [i.code, i.message, i.suggestion]), [['mobile.landline', '请填写手机号码，不能填座机号码。', undefined]], v);
  }
  const data = structuredClone(byType['free-seal-carving'].base);
  data.legalRepresentative.mobile = '0356-4221234';
  const issues = J.validate('free-seal-carving', data, { asOf: byType['free-seal-carving'].baseAsOf }).issues.filter((i) => i.path === '/legalRepresentative/mobile');
  assert.deepEqual(issues.map((i) => i.code), ['mobile.landline']);
  assert.ok(!issues.some((i) => 'suggestion' in i));
});
