// jincheng-rules/testing under node:test, as a user writes it (ES module): the suite of suite.cjs.
import { test } from 'node:test';
import * as testing from 'jincheng-rules/testing';
import suite from './suite.cjs';

suite.assertionTests(test, testing);
