// node16/nodenext, CommonJS: require() gives the functions, ready; no default export.
import jr = require('jincheng-rules');
import testing = require('jincheng-rules/testing');
import { exercise } from './typed.js';

jr.validate('mlps-filing', JSON.parse('{}'));
void jr.init();
exercise(jr, null, {});
testing.assertValid('scitech-acceptance-extension', {});
// @ts-expect-error: CommonJS has no default export (it would throw at run time)
jr.default();
