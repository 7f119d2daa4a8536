// jincheng-rules/testing under Vitest, as a user writes it (ES module): the suite of
// suite.cjs, assertions and matchers.
import { expect, test } from 'vitest';
import * as testing from 'jincheng-rules/testing';
import * as lib from 'jincheng-rules';
import suite from './suite.cjs';

expect.extend(testing.matchers);
suite.assertionTests(test, testing);
suite.matcherTests(test, expect, lib);
