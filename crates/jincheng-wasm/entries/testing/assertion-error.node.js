// In Node: node:assert's own AssertionError, which node:test, Jest, Vitest and Mocha know.
export { AssertionError } from 'node:assert';
