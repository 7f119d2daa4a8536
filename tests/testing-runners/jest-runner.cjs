// jincheng-rules/testing under Jest, as a user writes it (CommonJS, Jest's globals, no
// experimental flag): the suite of suite.cjs, assertions and matchers.
const testing = require('jincheng-rules/testing');
const lib = require('jincheng-rules');
const suite = require('./suite.cjs');

expect.extend(testing.matchers);
suite.assertionTests(test, testing);
suite.matcherTests(test, expect, lib);
