// ES module in Node: the browser-style lines run unchanged (init does nothing in Node).
import init, { addWorkdays, validate, isSupported } from 'jincheng-rules';
import { matchers } from 'jincheng-rules/testing';
const [type, asOf, base] = JSON.parse(process.argv[2]);
await init();
process.stdout.write(JSON.stringify({
  due: addWorkdays('2026-09-28', 5),
  valid: validate(type, base, { asOf }).valid,
  supported: isSupported(),
  matcher: matchers.toBeValidFor(base, type, { asOf }).pass,
  wasm: import.meta.resolve('jincheng-rules/jincheng_bg.wasm').endsWith('/web/jincheng_bg.wasm'),
}));
