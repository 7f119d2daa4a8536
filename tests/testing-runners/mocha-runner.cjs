// jincheng-rules/testing under Mocha, as a user writes it (CommonJS, Mocha's globals): the
// suite of suite.cjs.
const testing = require('jincheng-rules/testing');
const suite = require('./suite.cjs');

describe('jincheng-rules/testing under Mocha', () => {
  suite.assertionTests(it, testing);
});
