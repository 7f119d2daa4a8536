// Initialise the wasm module once for every script of the page.
import init from './pkg/web/index.js';

export const ready = init();
export * from './pkg/web/index.js';
