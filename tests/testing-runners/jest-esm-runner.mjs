// jincheng-rules/testing under Jest with ES modules (node --experimental-vm-modules, globals
// from @jest/globals): the suite of suite.cjs, assertions and matchers.
import { expect, test } from '@jest/globals';
import * as testing from 'jincheng-rules/testing';
import * as lib from 'jincheng-rules';
import suite from './suite.cjs';

expect.extend(testing.matchers);
suite.assertionTests(test, testing);
suite.matcherTests(test, expect, lib);
