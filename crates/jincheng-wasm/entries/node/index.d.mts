// The declarations of the Node entry for `import` (pkg/node/index.d.mts): the functions of
// both builds, the Node build's own (./notice.d.ts), and init, which has nothing to do.
export * from '../web/api.js';
export * from './notice.js';

/** Nothing to initialise in Node: present so browser-style code (`await init()`) runs unchanged. */
export default function init(input?: unknown): Promise<void>;
export { init };
export function initSync(input?: unknown): void;
