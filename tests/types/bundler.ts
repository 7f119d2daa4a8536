// moduleResolution bundler (Vite, webpack, esbuild, Rollup): the browser entry.
import init, { validate, isSupported, type InitInput } from 'jincheng-rules';
import * as api from 'jincheng-rules';
import { matchers } from 'jincheng-rules/testing';
import { exercise } from './typed.js';

export async function start(wasm?: InitInput): Promise<void> {
  if (!isSupported()) return;
  await init();
  await init({ module_or_path: wasm });
  validate('mlps-filing', JSON.parse('{}'));
  exercise(api, null, {});
  matchers.toBeValidFor({}, 'mlps-filing', { locale: 'en' });
}
