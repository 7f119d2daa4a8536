// The declarations of the Node entry for `require` (pkg/node/index.d.cts): the functions of
// both builds, the Node build's own (./notice.d.ts), and init, which has nothing to do.
export * from '../web/api.js';
export * from './notice.js';

/** Nothing to initialise in Node: present so browser-style code runs unchanged. */
export function init(input?: unknown): Promise<void>;
export function initSync(input?: unknown): void;
