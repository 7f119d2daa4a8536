// CommonJS, as a Node harness would: ready on require, no init.
const jr = require('jincheng-rules');
const { assertValid, assertIssues } = require('jincheng-rules/testing');
const [type, asOf, base] = JSON.parse(process.argv[2]);
const { projectNumber, ...missing } = base;
assertValid(type, base, { asOf });
assertIssues(type, missing, [{ code: 'required', path: '/projectNumber' }], { asOf });
process.stdout.write(JSON.stringify({
  due: jr.addWorkdays('2026-09-28', 5),
  valid: jr.validate(type, base, { asOf }).valid,
  supported: jr.isSupported(),
  hasDefault: 'default' in jr,
  internal: Object.keys(jr).filter((k) => k.startsWith('__')),
  wasm: require.resolve('jincheng-rules/jincheng_bg.wasm').endsWith('/web/jincheng_bg.wasm'),
}));
